package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class IndexTermsTest {

    @Test
    void should_score_a_term_as_a_term_query_looking_it_up_itself() throws IOException {
        try (ByteBuffersDirectory directory = index("dowod osobisty dowod", "dowod rejestracyjny", "karta krakowska");
             DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            IndexTerms terms = new IndexTerms(searcher);
            Term dowod = new Term(ArticleDocuments.ALL, "dowod");
            for (int round = 0; round < 2; round++) { // looked up, then kept
                TopDocs kept = searcher.search(terms.query(dowod), 10);
                TopDocs fresh = searcher.search(new TermQuery(dowod), 10);
                assertEquals(fresh.scoreDocs.length, kept.scoreDocs.length);
                for (int i = 0; i < fresh.scoreDocs.length; i++) {
                    ScoreDoc expected = fresh.scoreDocs[i];
                    assertEquals(expected.doc, kept.scoreDocs[i].doc);
                    assertEquals(expected.score, kept.scoreDocs[i].score);
                }
            }
        }
    }

    @Test
    void should_count_the_articles_holding_a_term_and_none_for_an_unknown_one() throws IOException {
        try (ByteBuffersDirectory directory = index("dowod osobisty", "dowod rejestracyjny", "karta krakowska");
             DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexTerms terms = new IndexTerms(new IndexSearcher(reader));
            assertEquals(2, terms.docFreq(new Term(ArticleDocuments.ALL, "dowod")));
            assertEquals(2, terms.docFreq(new Term(ArticleDocuments.ALL, "dowod")));
            assertEquals(0, terms.docFreq(new Term(ArticleDocuments.ALL, "paszport")));
            assertEquals(0, searcher(reader).search(terms.query(new Term(ArticleDocuments.ALL, "paszport")), 10).scoreDocs.length);
        }
    }

    private static IndexSearcher searcher(DirectoryReader reader) {
        return new IndexSearcher(reader);
    }

    private static ByteBuffersDirectory index(String... texts) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (String text : texts) {
                Document document = new Document();
                document.add(new TextField(ArticleDocuments.ALL, text, Field.Store.NO));
                writer.addDocument(document);
            }
        }
        return directory;
    }
}
