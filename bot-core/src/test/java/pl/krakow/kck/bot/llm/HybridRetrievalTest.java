package pl.krakow.kck.bot.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.retrieval.ArticleIndex;
import pl.krakow.kck.bot.retrieval.Candidate;
import pl.krakow.kck.bot.retrieval.SearchResult;

/** Hybrid retrieval with the real langchain4j embedding clients against fake OpenAI-compatible and Ollama servers. */
class HybridRetrievalTest {

    private static ArticleIndex index;
    private static List<String> ids;

    @TempDir
    Path cache;

    @BeforeAll
    static void buildIndex() {
        index = Fixtures.index();
        ids = index.knowledgeBase().articles().stream().map(Article::id).toList();
    }

    @AfterAll
    static void closeIndex() {
        index.close();
    }

    /**
     * Each article gets its own axis; the question "dowód" points at dowod-zgubiony and away from
     * dowod-wniosek, which ranks first by words.
     */
    private static FakeModelServer.Response oneHot(FakeModelServer.Request request, boolean ollama) {
        List<float[]> vectors = new ArrayList<>();
        for (String input : FakeModelServer.inputs(request)) {
            float[] vector = new float[ids.size()];
            if (input.startsWith("query: ")) {
                vector[ids.indexOf("dowod-zgubiony")] = 1;
                vector[ids.indexOf("dowod-wniosek")] = -0.5f;
            } else {
                Article article = index.knowledgeBase().articles().stream()
                        .filter(a -> input.startsWith("passage: " + a.title())).findFirst().orElseThrow();
                vector[ids.indexOf(article.id())] = 1;
            }
            vectors.add(vector);
        }
        return ollama ? FakeModelServer.ollamaEmbeddings(vectors) : FakeModelServer.openAiEmbeddings(vectors);
    }

    private EmbeddingSettings settings(ModelProvider provider, FakeModelServer server, Duration timeout) {
        String url = provider == ModelProvider.OLLAMA ? server.url() : server.url() + "/v1";
        return new EmbeddingSettings(provider, url, "multilingual-e5-small", "test-key", timeout, Duration.ofSeconds(10), null, null,
                "mean", "query: ", "passage: ", cache);
    }

    @Test
    void should_embed_the_articles_at_indexing_and_fuse_the_nearest_with_the_lexical_ranking() throws Exception {
        try (FakeModelServer server = FakeModelServer.start(r -> oneHot(r, false))) {
            HybridIndex hybrid = new HybridIndex(() -> index, LanguageModels.embedder(settings(ModelProvider.OPENAI_COMPATIBLE, server,
                    Duration.ofSeconds(5))), new TestClock());

            assertTrue(hybrid.refresh());
            FakeModelServer.Request indexing = server.requests().getFirst();
            assertEquals("/v1/embeddings", indexing.path());
            assertEquals("Bearer test-key", indexing.authorization());
            assertEquals("multilingual-e5-small", indexing.json().getString("model"));
            assertEquals(ids.size(), FakeModelServer.inputs(indexing).size());
            assertTrue(FakeModelServer.inputs(indexing).getFirst().startsWith("passage: "));

            SearchResult lexical = index.search("dowód", 8);
            SearchResult fused = hybrid.get().search("dowód", 8);

            assertEquals("dowod-wniosek", lexical.candidates().getFirst().article().id());
            assertEquals("dowod-zgubiony", fused.candidates().getFirst().article().id());
            assertEquals(List.of("query: dowód"), FakeModelServer.inputs(server.requests().getLast()));
            Candidate zgubiony = lexical.candidates().stream().filter(c -> c.article().id().equals("dowod-zgubiony")).findFirst().orElseThrow();
            assertEquals(zgubiony.coverage(), fused.candidates().getFirst().coverage(), "confidence stays lexical");
            assertEquals(lexical.concepts(), fused.concepts());
        }
    }

    @Test
    void should_give_articles_only_the_vectors_found_no_coverage() throws Exception {
        try (FakeModelServer server = FakeModelServer.start(r -> oneHot(r, false))) {
            HybridIndex hybrid = new HybridIndex(() -> index, LanguageModels.embedder(settings(ModelProvider.OPENAI_COMPATIBLE, server,
                    Duration.ofSeconds(5))), new TestClock());
            assertTrue(hybrid.refresh());

            SearchResult fused = hybrid.get().search("odpady", 8);

            assertEquals("odpady-harmonogram", fused.candidates().getFirst().article().id());
            assertTrue(fused.candidates().stream().skip(1).allMatch(c -> c.coverage() == 0), "found by the vectors only");
            assertEquals(index.search("odpady", 8).candidates().getFirst().coverage(), fused.candidates().getFirst().coverage());
        }
    }

    @Test
    void should_search_by_words_alone_when_the_question_cannot_be_embedded() throws Exception {
        try (FakeModelServer server = FakeModelServer.start(r -> oneHot(r, false))) {
            HybridIndex hybrid = new HybridIndex(() -> index, LanguageModels.embedder(settings(ModelProvider.OPENAI_COMPATIBLE, server,
                    Duration.ofMillis(500))), new TestClock());
            assertTrue(hybrid.refresh());
            SearchResult lexical = index.search("dowód", 8);

            server.answer(r -> new FakeModelServer.Response(500, "{\"error\":{\"message\":\"overloaded\"}}"));
            assertEquals(lexical, hybrid.get().search("dowód", 8));
            server.answer(r -> new FakeModelServer.Response(200, "{\"data\":[{\"embedding\":[]}]}"));
            assertEquals(lexical, hybrid.get().search("dowód", 8));
            server.answer(r -> server.hang());
            assertEquals(lexical, hybrid.get().search("dowód", 8));
        }
    }

    @Test
    void should_serve_the_lexical_index_while_the_articles_cannot_be_embedded() throws Exception {
        try (FakeModelServer server = FakeModelServer.start(r -> new FakeModelServer.Response(401, "{\"error\":{\"message\":\"bad key\"}}"))) {
            HybridIndex hybrid = new HybridIndex(() -> index, LanguageModels.embedder(settings(ModelProvider.OPENAI_COMPATIBLE, server,
                    Duration.ofSeconds(5))), new TestClock());

            assertFalse(hybrid.refresh());
            assertFalse(hybrid.ready());
            assertSame(index, hybrid.get());
        }
    }

    @Test
    void should_not_hammer_a_model_that_failed_to_embed_the_articles() throws Exception {
        try (FakeModelServer server = FakeModelServer.start(r -> new FakeModelServer.Response(503, "{}"))) {
            TestClock clock = new TestClock();
            HybridIndex hybrid = new HybridIndex(() -> index, LanguageModels.embedder(settings(ModelProvider.OPENAI_COMPATIBLE, server,
                    Duration.ofSeconds(5))), clock);
            assertFalse(hybrid.refresh());
            int calls = server.requests().size();

            for (int i = 0; i < 3; i++) {
                assertSame(index, hybrid.get());
            }
            assertEquals(calls, server.requests().size(), "no new attempt within " + HybridIndex.RETRY_AFTER);
        }
    }

    @Test
    void should_never_fuse_the_vectors_of_an_old_snapshot_with_a_reloaded_index() throws Exception {
        try (FakeModelServer server = FakeModelServer.start(r -> oneHot(r, false));
             ArticleIndex reloaded = Fixtures.index()) {
            java.util.concurrent.atomic.AtomicReference<ArticleIndex> live = new java.util.concurrent.atomic.AtomicReference<>(index);
            HybridIndex hybrid = new HybridIndex(live::get, LanguageModels.embedder(settings(ModelProvider.OPENAI_COMPATIBLE, server,
                    Duration.ofSeconds(5))), new TestClock());
            assertTrue(hybrid.refresh());

            live.set(reloaded);
            var during = hybrid.get();
            assertTrue(during == reloaded || ((HybridRetriever) during).lexical() == reloaded, "lexical until the new vectors are ready");
            assertTrue(hybrid.refresh());

            assertSame(reloaded, ((HybridRetriever) hybrid.get()).lexical());
        }
    }

    @Test
    void should_embed_nothing_again_that_the_file_cache_has() throws Exception {
        try (FakeModelServer server = FakeModelServer.start(r -> oneHot(r, false))) {
            EmbeddingSettings settings = settings(ModelProvider.OPENAI_COMPATIBLE, server, Duration.ofSeconds(5));
            assertTrue(new HybridIndex(() -> index, LanguageModels.embedder(settings), new TestClock()).refresh());
            int afterFirst = server.requests().size();

            HybridIndex restarted = new HybridIndex(() -> index, LanguageModels.embedder(settings), new TestClock());
            assertTrue(restarted.refresh());

            assertEquals(afterFirst, server.requests().size(), "every vector came from ./data/embeddings");
            try (var files = Files.list(cache)) {
                assertEquals(ids.size(), files.filter(f -> f.toString().endsWith(".vec")).count());
            }
            assertEquals("dowod-zgubiony", restarted.get().search("dowód", 8).candidates().getFirst().article().id());
        }
    }

    @Test
    void should_call_ollama_api_embed_with_the_model_and_the_inputs() throws Exception {
        try (FakeModelServer server = FakeModelServer.start(r -> oneHot(r, true))) {
            HybridIndex hybrid = new HybridIndex(() -> index, LanguageModels.embedder(settings(ModelProvider.OLLAMA, server,
                    Duration.ofSeconds(5))), new TestClock());

            assertTrue(hybrid.refresh());
            SearchResult fused = hybrid.get().search("dowód", 8);

            FakeModelServer.Request indexing = server.requests().getFirst();
            assertEquals("/api/embed", indexing.path());
            assertEquals("multilingual-e5-small", indexing.json().getString("model"));
            assertEquals(ids.size(), FakeModelServer.inputs(indexing).size());
            assertEquals("dowod-zgubiony", fused.candidates().getFirst().article().id());
        }
    }
}
