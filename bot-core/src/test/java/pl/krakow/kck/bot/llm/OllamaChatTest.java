package pl.krakow.kck.bot.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.retrieval.ArticleIndex;

/** The real langchain4j Ollama client against a fake Ollama server on 127.0.0.1. */
class OllamaChatTest {

    private static ChatSettings settings(FakeModelServer server, Duration timeout) {
        return new ChatSettings(ModelProvider.OLLAMA, server.url(), "SpeakLeash/bielik-11b-v2.3-instruct:Q4_K_M", "", timeout,
                0.0, 3, Duration.ofSeconds(30));
    }

    @Test
    void should_ask_api_chat_without_streaming_and_answer_from_the_articles() throws Exception {
        try (FakeModelServer server = FakeModelServer.start(r -> FakeModelServer.ollamaChat(
                "Utratę dowodu zgłoś w urzędzie albo przez internet [dowod-zgubiony]."));
             ArticleIndex index = Fixtures.index()) {
            ChatSettings settings = settings(server, Duration.ofSeconds(5));
            DialogueEngine engine = new DialogueEngine(() -> index, new AnswerPolicy(), new GroundedAnswerer(ModelFactory.chat(settings),
                    ModelGuard.of("chat model", settings.timeout(), 3, Duration.ofSeconds(30))));

            Reply reply = engine.reply("zgubiłem dowód osobisty", null, List.of());

            FakeModelServer.Request request = server.requests().getFirst();
            assertEquals("/api/chat", request.path());
            assertEquals("SpeakLeash/bielik-11b-v2.3-instruct:Q4_K_M", request.json().getString("model"));
            assertFalse(request.json().getBoolean("stream"));
            assertEquals(GroundedPrompt.SYSTEM, request.message(0, "content"));
            assertTrue(request.message(1, "content").contains("<article id=\"dowod-zgubiony\""));
            assertEquals(ReplyKind.ANSWER, reply.kind());
            assertEquals("Utratę dowodu zgłoś w urzędzie albo przez internet [1].", reply.text());
        }
    }

    @Test
    void should_read_a_report_with_ollama_asking_for_json() throws Exception {
        try (FakeModelServer server = FakeModelServer.start(r -> FakeModelServer.ollamaChat(
                "{\"category\":\"oswietlenie\",\"location\":\"ul. Karmelicka 12\",\"description\":\"Latarnia nie świeci od tygodnia.\"}"))) {
            ChatSettings settings = settings(server, Duration.ofSeconds(5));
            ReportExtractor extractor = new ReportExtractor(ModelFactory.chat(settings),
                    ModelGuard.of("chat model", settings.timeout(), 3, Duration.ofSeconds(30)));

            var draft = extractor.extract("od tygodnia na Karmelickiej 12 nie świeci latarnia",
                    Map.of("oswietlenie", "Oświetlenie uliczne", "drogi", "Drogi i chodniki"));

            assertEquals(new ReportDraft("oswietlenie", "ul. Karmelicka 12", "Latarnia nie świeci od tygodnia."), draft.orElseThrow());
            FakeModelServer.Request request = server.requests().getFirst();
            assertEquals("/api/chat", request.path());
            assertEquals("json", request.json().getString("format"));
        }
    }

    @Test
    void should_give_nothing_when_ollama_fails_or_hangs() throws Exception {
        try (FakeModelServer server = FakeModelServer.start(r -> new FakeModelServer.Response(404,
                "{\"error\":\"model 'bielik' not found\"}"))) {
            // long enough for the request to reach the fake server on a busy machine, short enough to wait for
            ChatSettings settings = settings(server, Duration.ofSeconds(2));
            ReportExtractor extractor = new ReportExtractor(ModelFactory.chat(settings),
                    ModelGuard.of("chat model", settings.timeout(), 3, Duration.ofSeconds(30)));
            Map<String, String> categories = Map.of("oswietlenie", "Oświetlenie uliczne");

            assertTrue(extractor.extract("nie świeci latarnia", categories).isEmpty());
            server.answer(r -> server.hang());
            assertTrue(extractor.extract("nie świeci latarnia", categories).isEmpty());
            assertEquals(2, server.requests().size());
        }
    }
}
