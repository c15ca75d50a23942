package pl.krakow.kck.bot.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.retrieval.ArticleIndex;

/**
 * The in-process ONNX path with the small model on Maven Central (all-MiniLM-L6-v2, quantised), loaded
 * from files exactly as a city's model would be: the mechanics, not the quality (the model is English).
 */
class OnnxEmbeddingTest {

    @TempDir
    static Path folder;

    private static ArticleIndex index;
    private static Path model;
    private static Path tokenizer;

    @BeforeAll
    static void extractModel() throws IOException {
        index = Fixtures.index();
        model = copy("all-minilm-l6-v2-q.onnx");
        tokenizer = copy("all-minilm-l6-v2-q-tokenizer.json");
    }

    /** @param cache the vector folder, or null for memory only */
    private static EmbeddingSettings settings(Path cache) {
        return new EmbeddingSettings(ModelProvider.ONNX, "", "", "", Duration.ofSeconds(30), Duration.ofSeconds(30), model, tokenizer,
                "mean", "", "", cache);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static Path copy(String resource) throws IOException {
        try (InputStream in = OnnxEmbeddingTest.class.getClassLoader().getResourceAsStream(resource)) {
            Path file = folder.resolve(resource);
            Files.copy(in, file);
            return file;
        }
    }

    @Test
    void should_compute_store_and_search_article_vectors_with_an_onnx_model_file() throws IOException {
        Embedder embedder = LanguageModels.embedder(settings(folder.resolve("cache")));
        List<Article> articles = index.knowledgeBase().articles();

        List<float[]> vectors = embedder.articles(articles);
        try (EmbeddingIndex vectorIndex = EmbeddingIndex.build(articles, vectors)) {
            assertEquals(384, vectorIndex.dimension());
            assertEquals(articles.size(), vectorIndex.size());
            try (var files = Files.list(folder.resolve("cache"))) {
                assertEquals(articles.size(), files.count(), "one cached vector per article");
            }
            for (Article article : articles) {
                float[] own = embedder.question(embedder.text(article)).orElseThrow();
                assertEquals(article.id(), vectorIndex.nearest(own, 3).getFirst(), "an article's own text is nearest to it");
            }
        }
    }

    @Test
    void should_find_the_article_nearest_in_meaning_without_a_shared_word() {
        // the model is English; three English articles show that the vectors carry meaning, not words
        List<Article> articles = List.of(
                article("id-card", "How do I apply for an identity card?", "Apply at any municipal office or online."),
                article("rubbish", "When is the rubbish collected?", "Mixed waste is taken away every week."),
                article("clean-zone", "Can my diesel car enter the clean transport zone?", "Only cars meeting the emission norms may enter."));
        Embedder embedder = LanguageModels.embedder(settings(null));
        try (EmbeddingIndex vectorIndex = EmbeddingIndex.build(articles, embedder.articles(articles))) {
            assertEquals("rubbish", vectorIndex.nearest(embedder.question("garbage pickup schedule").orElseThrow(), 3).getFirst());
            assertEquals("clean-zone", vectorIndex.nearest(embedder.question("is my old vehicle allowed downtown").orElseThrow(), 3).getFirst());
            assertEquals("id-card", vectorIndex.nearest(embedder.question("new passport or ID document").orElseThrow(), 3).getFirst());
        }
    }

    private static Article article(String id, String title, String body) {
        return new Article(id, title, "test", List.of(), java.time.LocalDate.of(2026, 12, 1), List.of(), List.of(), body, id + ".md");
    }

    @Test
    void should_serve_hybrid_search_with_the_onnx_model() {
        HybridIndex hybrid = new HybridIndex(() -> index, LanguageModels.embedder(settings(null)), new TestClock());

        assertTrue(hybrid.refresh());
        assertTrue(hybrid.get() instanceof HybridRetriever);
        assertEquals("dowod-zgubiony", hybrid.get().search("zgubiłem dowód osobisty", 8).candidates().getFirst().article().id());
    }
}
