package pl.krakow.kck.bot.llm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

import pl.krakow.kck.bot.knowledge.Article;

/**
 * The article vectors of one knowledge-base snapshot, in an in-memory Lucene index of
 * {@link KnnFloatVectorField}s beside the lexical {@code ArticleIndex}, and the nearest articles to a
 * question's vector. Immutable once built and safe to share between threads.
 */
public final class EmbeddingIndex implements AutoCloseable {

    static final String ID = "id";
    static final String VECTOR = "vector";

    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final int dimension;

    private EmbeddingIndex(ByteBuffersDirectory directory, int dimension) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.searcher.setQueryCache(null);
        this.dimension = dimension;
    }

    /** @param vectors unit-length vectors, one per article, in the same order */
    public static EmbeddingIndex build(List<Article> articles, List<float[]> vectors) {
        if (articles.size() != vectors.size() || articles.isEmpty()) {
            throw new IllegalArgumentException("need one vector per article, and at least one article");
        }
        int dimension = vectors.getFirst().length;
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
                for (int i = 0; i < articles.size(); i++) {
                    if (vectors.get(i).length != dimension) {
                        throw new IllegalArgumentException("vectors of different lengths: " + dimension + " and " + vectors.get(i).length);
                    }
                    Document document = new Document();
                    document.add(new StringField(ID, articles.get(i).id(), Field.Store.NO));
                    document.add(new StoredField(ID, articles.get(i).id()));
                    document.add(new KnnFloatVectorField(VECTOR, vectors.get(i), VectorSimilarityFunction.DOT_PRODUCT));
                    writer.addDocument(document);
                }
            }
            return new EmbeddingIndex(directory, dimension);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the in-memory vector index", e);
        }
    }

    public int dimension() {
        return dimension;
    }

    public int size() {
        return reader.numDocs();
    }

    /** The ids of the {@code k} articles nearest to {@code vector}, nearest first. */
    public List<String> nearest(float[] vector, int k) {
        if (vector.length != dimension) {
            throw new IllegalArgumentException("a question vector of length " + vector.length + " for an index of " + dimension);
        }
        try {
            TopDocs top = searcher.search(new KnnFloatVectorQuery(VECTOR, vector, k), k);
            StoredFields stored = searcher.storedFields();
            List<String> ids = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                ids.add(stored.document(hit.doc).get(ID));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
