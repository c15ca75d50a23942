package pl.krakow.kck.bot.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.dialogue.AnswerWriter;
import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.dialogue.DialogueState;
import pl.krakow.kck.bot.retrieval.ArticleIndex;

/** The optional model path for follow-ups: the real langchain4j client and CompressingQueryTransformer against a fake server on 127.0.0.1. */
class ModelCondenserTest {

    private static final DialogueState LOST_ID = new DialogueState("dowod-zgubiony", "dowod-osobisty", "dowód", null, null);
    private static final String FOLLOW_UP = "a ile to kosztuje?";

    private static ArticleIndex index;
    private static DialogueEngine lexical;

    private FakeModelServer server;
    private CircuitBreaker breaker;
    private DialogueEngine engine;

    @BeforeAll
    static void buildIndex() {
        index = Fixtures.index();
        lexical = new DialogueEngine(() -> index, new AnswerPolicy());
    }

    @AfterAll
    static void closeIndex() {
        index.close();
    }

    @BeforeEach
    void startServer() throws Exception {
        server = FakeModelServer.start(request -> FakeModelServer.openAiChat("Jak uzyskać zaświadczenie o zameldowaniu?"));
        breaker = new CircuitBreaker(3, Duration.ofSeconds(30), new TestClock());
        Duration timeout = Duration.ofMillis(500);
        ChatSettings settings = new ChatSettings(ModelProvider.OPENAI_COMPATIBLE, server.url() + "/v1", "bielik-11b", "test-key",
                timeout, 0.0, 3, Duration.ofSeconds(30));
        ModelCondenser condenser = new ModelCondenser(ModelFactory.chat(settings), new ModelGuard("chat model", timeout, breaker));
        engine = new DialogueEngine(() -> index, new AnswerPolicy(), AnswerWriter.EXTRACTIVE, condenser);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void should_search_the_standalone_question_the_model_made_of_the_follow_up_and_the_history() {
        DialogueEngine.Turn turn = engine.turn(FOLLOW_UP, null, List.of(), LOST_ID);
        assertEquals("meldunek-zaswiadczenie", turn.reply().article().id(), "the condensed question was searched");
        assertEquals(1, server.requests().size());
        String body = server.requests().getFirst().body();
        assertTrue(body.contains(FOLLOW_UP) && body.contains("Co zrobić, gdy zgubię dowód osobisty?"), "follow-up and history sent: " + body);
    }

    @Test
    void should_read_the_follow_up_lexically_when_the_model_fails_or_hangs() {
        DialogueEngine.Turn expected = lexical.turn(FOLLOW_UP, null, List.of(), LOST_ID);
        for (FakeModelServer.Responder failure : List.<FakeModelServer.Responder>of(
                request -> new FakeModelServer.Response(500, "{\"error\":{\"message\":\"boom\"}}"),
                request -> FakeModelServer.openAiChat(" "),
                request -> server.hang())) {
            breaker.success();
            server.answer(failure);
            assertEquals(expected, engine.turn(FOLLOW_UP, null, List.of(), LOST_ID));
        }
    }

    @Test
    void should_not_ask_the_model_about_a_first_question() {
        engine.turn("Jak wyrobić dowód osobisty?", null, List.of(), DialogueState.EMPTY);
        assertTrue(server.requests().isEmpty());
    }
}
