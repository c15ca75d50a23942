package pl.krakow.kck.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import pl.krakow.kck.bot.knowledge.KnowledgeBase;
import pl.krakow.kck.bot.knowledge.KnowledgeBaseLoader;
import pl.krakow.kck.bot.reports.CatalogueException;
import pl.krakow.kck.bot.reports.CategoryCatalogue;
import pl.krakow.kck.bot.retrieval.ArticleIndex;
import pl.krakow.kck.bot.retrieval.LiveIndex;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;

/** The small test knowledge base in src/test/resources/kb, shared by the tests of every module. */
public final class Fixtures {

    public static final TextAnalyzer ANALYZER = new TextAnalyzer();
    private static LiveIndex corpusEditions;

    private Fixtures() {
    }

    public static Path knowledgeBaseFolder() {
        Path local = Path.of("src/test/resources/kb");
        return local.toFile().isDirectory() ? local : Path.of("../bot-core/src/test/resources/kb");
    }

    /**
     * The report category catalogue the service ships (faq-corpus/reports/categories.json, with its option synonyms and
     * translations beside it): the tests read the real file, so a copy cannot drift from it.
     */
    public static Path categoriesFile() {
        return Path.of("../faq-corpus/reports/categories.json");
    }

    public static CategoryCatalogue catalogue() {
        try {
            return CategoryCatalogue.load(categoriesFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CatalogueException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static KnowledgeBase knowledgeBase() {
        try {
            KnowledgeBaseLoader.Result result = new KnowledgeBaseLoader().load(knowledgeBaseFolder());
            if (!result.ok()) {
                throw new IllegalStateException("fixture knowledge base has problems: " + result.problems());
            }
            return result.knowledgeBase();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ArticleIndex index() {
        return ArticleIndex.build(knowledgeBase(), ANALYZER);
    }

    /**
     * The Polish index of the knowledge base the service ships (faq-corpus/articles): the Polish edition of
     * {@link #corpusEditions()}, built once for the test JVM and shared by the tests over the real articles.
     */
    public static ArticleIndex corpusIndex() {
        return corpusEditions().get();
    }

    /**
     * Every edition (Polish and the translations) of the knowledge base the service ships, opened once for the test
     * JVM as the service opens it and shared by the tests that search or converse over the real articles; never
     * closed (it lives as long as the JVM), so a test must not close or reload it.
     */
    public static synchronized LiveIndex corpusEditions() {
        if (corpusEditions == null) {
            try {
                corpusEditions = LiveIndex.open(Path.of("../faq-corpus/articles"), ANALYZER);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return corpusEditions;
    }
}
