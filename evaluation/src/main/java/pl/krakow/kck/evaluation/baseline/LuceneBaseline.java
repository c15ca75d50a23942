package pl.krakow.kck.evaluation.baseline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.knowledge.KnowledgeBase;
import pl.krakow.kck.bot.retrieval.Candidate;
import pl.krakow.kck.bot.retrieval.QueryConcept;
import pl.krakow.kck.bot.retrieval.Retriever;
import pl.krakow.kck.bot.retrieval.SearchResult;

/**
 * A plain Lucene BM25 baseline over the same articles as the product's index. Each article field is its
 * own Lucene field (title, questions, keywords, body), analysed with one given {@link Analyzer}. The
 * question is analysed with the same analyzer; each distinct token becomes a {@link TermQuery} in every
 * field, the per-field disjunctions are boosted like the product's (title 2, questions 2, keywords 1.5,
 * body 1) and summed in one {@link BooleanQuery}: what a multi-field query parser with OR would build.
 *
 * <p>There is no confidence: every hit gets coverage 1.0 (and, consistently, every concept found and
 * {@code matched} equal to the question's whole weight, each token weighing {@value #TOKEN_WEIGHT}), so
 * through the answer policy a baseline answers its top hit whenever anything matches, and falls back
 * only when nothing does.
 */
public final class LuceneBaseline implements Retriever, AutoCloseable {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String QUESTIONS = "questions";
    static final String KEYWORDS = "keywords";
    static final String BODY = "body";

    /** Same weights as the product's index. */
    static final Map<String, Float> BOOSTS = boosts();

    static final double TOKEN_WEIGHT = 1.0;

    /** Distinct question tokens used: 4 fields each stay well under Lucene's 1024-clause limit. */
    private static final int MAX_TOKENS = 200;

    private final KnowledgeBase knowledgeBase;
    private final Analyzer analyzer;
    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private LuceneBaseline(KnowledgeBase knowledgeBase, Analyzer analyzer, ByteBuffersDirectory directory) throws IOException {
        this.knowledgeBase = knowledgeBase;
        this.analyzer = analyzer;
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(new BM25Similarity());
    }

    public static LuceneBaseline build(KnowledgeBase knowledgeBase, Analyzer analyzer) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Article article : knowledgeBase.articles()) {
                writer.addDocument(document(article));
            }
            writer.commit();
            return new LuceneBaseline(knowledgeBase, analyzer, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the baseline index", e);
        }
    }

    private static Document document(Article article) {
        Document document = new Document();
        document.add(new StoredField(ID, article.id()));
        document.add(new TextField(TITLE, article.title(), Field.Store.NO));
        for (String question : article.questions()) {
            document.add(new TextField(QUESTIONS, question, Field.Store.NO));
        }
        for (String keyword : article.keywords()) {
            document.add(new TextField(KEYWORDS, keyword, Field.Store.NO));
        }
        document.add(new TextField(BODY, article.body(), Field.Store.NO));
        return document;
    }

    @Override
    public SearchResult search(String question, int limit) {
        List<String> tokens = tokens(question);
        List<QueryConcept> concepts = tokens.stream()
                .map(token -> new QueryConcept(token, Set.of(token), TOKEN_WEIGHT, false))
                .toList();
        if (tokens.isEmpty() || limit <= 0) {
            return new SearchResult(question, concepts, List.of());
        }
        try {
            TopDocs top = searcher.search(query(tokens), limit);
            StoredFields stored = searcher.storedFields();
            List<Candidate> candidates = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                String id = stored.document(hit.doc).get(ID);
                Article article = knowledgeBase.article(id).orElseThrow();
                candidates.add(fullCoverage(article, hit.score, concepts));
            }
            return new SearchResult(question, concepts, candidates);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hit as a baseline reports it: all of the question covered. */
    private static Candidate fullCoverage(Article article, double score, List<QueryConcept> concepts) {
        double weight = concepts.stream().mapToDouble(QueryConcept::weight).sum();
        return new Candidate(article, score, 1.0, weight, Collections.nCopies(concepts.size(), true));
    }

    /** The distinct tokens the analyzer makes of the question, in order. */
    List<String> tokens(String question) {
        Set<String> tokens = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(BODY, question)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && tokens.size() < MAX_TOKENS) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(tokens);
    }

    private static Query query(List<String> tokens) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> field : BOOSTS.entrySet()) {
            BooleanQuery.Builder perField = new BooleanQuery.Builder();
            for (String token : tokens) {
                perField.add(new TermQuery(new Term(field.getKey(), token)), BooleanClause.Occur.SHOULD);
            }
            query.add(new BoostQuery(perField.build(), field.getValue()), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    @Override
    public Optional<Article> article(String id) {
        return knowledgeBase.article(id);
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
            analyzer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Float> boosts() {
        Map<String, Float> boosts = new LinkedHashMap<>();
        boosts.put(TITLE, 2.0f);
        boosts.put(QUESTIONS, 2.0f);
        boosts.put(KEYWORDS, 1.5f);
        boosts.put(BODY, 1.0f);
        return Collections.unmodifiableMap(boosts); // fixed order: deterministic score sums
    }
}
