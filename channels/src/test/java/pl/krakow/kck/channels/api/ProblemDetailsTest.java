package pl.krakow.kck.channels.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.nio.charset.StandardCharsets;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;
import pl.krakow.kck.channels.Assistant;
import pl.krakow.kck.channels.Main;
import pl.krakow.kck.channels.TestAssistant;

/** Every kind of bad input gets RFC 9457 problem details with the right status, and no stack trace. */
@ServerTest
class ProblemDetailsTest {

    private static Assistant assistant;
    private final Http1Client client;
    private String id;

    ProblemDetailsTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        assistant = TestAssistant.start(TestAssistant.roomy());
        routing.get("/api/v1/failing", (request, response) -> {
            throw new IllegalStateException("a fault of ours, on purpose");
        });
        Main.routing(routing, assistant);
    }

    @AfterAll
    static void close() {
        assistant.close();
    }

    @BeforeEach
    void start() {
        try (Http1ClientResponse response = client.post("/api/v1/conversations").submit("")) {
            id = ConversationApiTest.json(response).getString("id");
        }
    }

    @Test
    void should_refuse_malformed_json_with_its_position() {
        JsonObject problem = expect(Status.BAD_REQUEST_400, "invalid-json", json("{\"text\": "));
        assertTrue(problem.getString("detail").startsWith("Niepoprawny JSON"));
    }

    @Test
    void should_refuse_a_body_that_is_not_an_object_or_lacks_text() {
        expect(Status.BAD_REQUEST_400, "not-an-object", json("[\"dowód\"]"));
        expect(Status.BAD_REQUEST_400, "text-empty", json("{}"));
        expect(Status.BAD_REQUEST_400, "text-empty", json("{\"text\":\"   \"}"));
        expect(Status.BAD_REQUEST_400, "invalid-field", json("{\"text\": 42}"));
        expect(Status.BAD_REQUEST_400, "body-missing", messages().request());
    }

    @Test
    void should_refuse_over_long_text_and_over_large_bodies() {
        expect(Status.REQUEST_ENTITY_TOO_LARGE_413, "text-too-long", json("{\"text\":\"" + "a".repeat(2001) + "\"}"));
        expect(Status.REQUEST_ENTITY_TOO_LARGE_413, "body-too-large", json("{\"text\":\"a\",\"pad\":\"" + "b".repeat(20_000) + "\"}"));
    }

    @Test
    void should_accept_text_at_the_limit_counted_in_characters_not_bytes() {
        try (Http1ClientResponse response = json("{\"text\":\"" + "ż".repeat(2000) + "\"}")) {
            assertEquals(Status.OK_200, response.status());
        }
    }

    @Test
    void should_refuse_control_characters_and_non_utf8() {
        expect(Status.BAD_REQUEST_400, "text-control-characters", json("{\"text\":\"dowód\\u0000\"}"));
        byte[] latin2 = "{\"text\":\"dowód\"}".getBytes(StandardCharsets.ISO_8859_1);
        expect(Status.BAD_REQUEST_400, "not-utf8", messages().header(HeaderNames.CONTENT_TYPE, "application/json").submit(latin2));
    }

    @Test
    void should_refuse_deeply_nested_json_with_400_and_log_one_line_with_the_request_id() {
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(ProblemHandler.class.getName());
        java.util.logging.Level level = log.getLevel();
        log.setLevel(java.util.logging.Level.INFO);
        log.addHandler(capture);
        try (Http1ClientResponse response = json("{\"text\":" + "[".repeat(5000) + "]".repeat(5000) + "}")) {
            String requestId = response.headers().get(RequestIds.HEADER).get();
            JsonObject problem = expect(Status.BAD_REQUEST_400, "json-too-deep", response);
            assertEquals(requestId, problem.getString("requestId"));
            assertEquals(1, logged.size(), "one line");
            assertNull(logged.get(0).getThrown(), "no stack trace for a client's error");
            assertTrue(logged.get(0).getMessage().contains(requestId), logged.get(0).getMessage());
            expect(Status.BAD_REQUEST_400, "json-too-deep", json("{\"a\":" + "{\"a\":".repeat(1500) + "1" + "}".repeat(1501)));
            for (int i = 0; i < 200; i++) {
                json("{\"text\":" + "[".repeat(2000) + "]".repeat(2000) + "}").close();
            }
            // bounded per minute of the clock (the run may cross into the next minute, which starts a new count): the
            // limit, the line saying how many were left out, and one line stamped just after the limiter's minute turned
            java.util.Map<Long, Long> perMinute = logged.stream().collect(java.util.stream.Collectors.groupingBy(
                    r -> r.getInstant().toEpochMilli() / 60_000, java.util.stream.Collectors.counting()));
            assertTrue(perMinute.values().stream().allMatch(n -> n <= ProblemHandler.CLIENT_LINES_A_MINUTE + 2),
                    "the log is bounded: " + perMinute + " lines a minute");
            assertTrue(logged.size() < 200, "most of the 200 refusals were not logged: " + logged.size());
        } finally {
            log.removeHandler(capture);
            log.setLevel(level);
        }
    }

    @Test
    void should_refuse_content_after_the_json_object() {
        expect(Status.BAD_REQUEST_400, "invalid-json", json("{\"text\":\"dowód\"} {\"text\":\"drugi\"}"));
        expect(Status.BAD_REQUEST_400, "invalid-json", json("{\"text\":\"dowód\"}garbage"));
        try (Http1ClientResponse ok = json("{\"text\":\"dowód\"}\n  ")) {
            assertEquals(Status.OK_200, ok.status(), "white space after it is fine");
        }
    }

    @Test
    void should_check_a_choice_like_any_text_and_answer_an_unknown_one_politely() {
        expect(Status.BAD_REQUEST_400, "text-control-characters", json("{\"choice\":\"\\u0000\\u0007abc\"}"));
        expect(Status.BAD_REQUEST_400, "invalid-choice", json("{\"choice\":\"  \"}"));
        try (Http1ClientResponse response = json("{\"choice\":\"article:no-such-article\"}")) {
            assertEquals(Status.OK_200, response.status());
            JsonObject body = ConversationApiTest.json(response);
            assertEquals("fallback", body.getJsonObject("reply").getString("kind"), body.toString());
        }
    }

    @Test
    void should_refuse_lone_surrogates_and_neutralise_text_that_spoofs_or_slows_down() {
        expect(Status.BAD_REQUEST_400, "text-invalid-characters", json("{\"text\":\"dowód \\ud83d\"}"));
        expect(Status.BAD_REQUEST_400, "text-invalid-characters", json("{\"text\":\"dowód \\uffff\"}"));
        try (Http1ClientResponse response = json("{\"text\":\"zapłacę \\u202e001 zł\\u200b\"}")) {
            assertEquals(Status.OK_200, response.status());
            assertEquals("zapłacę 001 zł", ConversationApiTest.json(response).getJsonObject("message").getString("text"));
        }
        long started = System.nanoTime();
        try (Http1ClientResponse response = json("{\"text\":\"a" + "\\u0301".repeat(1998) + " dowód\"}")) {
            assertEquals(Status.OK_200, response.status());
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 300, "1,998 combining marks answered in " + millis + " ms");
    }

    @Test
    void should_refuse_other_media_types() {
        expect(Status.UNSUPPORTED_MEDIA_TYPE_415, "unsupported-media-type",
                messages().header(HeaderNames.CONTENT_TYPE, "text/plain").submit("dowód"));
    }

    @Test
    void should_answer_404_for_unknown_conversations_and_paths() {
        expect(Status.NOT_FOUND_404, "conversation-not-found",
                client.post("/api/v1/conversations/no-such-id/messages").header(HeaderNames.CONTENT_TYPE, "application/json")
                        .submit("{\"text\":\"dowód\"}"));
        expect(Status.NOT_FOUND_404, "conversation-not-found", client.get("/api/v1/conversations/no-such-id").request());
        expect(Status.NOT_FOUND_404, "not-found", client.get("/api/v1/nothing-here").request());
    }

    @Test
    void should_keep_what_was_submitted_before_a_refused_message() {
        try (Http1ClientResponse ok = json("{\"text\":\"zgubiłem dowód\"}")) {
            assertEquals(Status.OK_200, ok.status());
        }
        expect(Status.BAD_REQUEST_400, "invalid-json", json("{oops"));
        try (Http1ClientResponse transcript = client.get("/api/v1/conversations/" + id).request()) {
            assertEquals(2, ConversationApiTest.json(transcript).getInt("messageCount"));
        }
    }

    @Test
    void should_explain_our_own_failure_in_the_browsers_language() {
        JsonObject problem = expect(Status.INTERNAL_SERVER_ERROR_500, "internal-error",
                client.get("/api/v1/failing").header(HeaderNames.ACCEPT_LANGUAGE, "uk-UA,uk;q=0.9,pl;q=0.8").request());
        assertEquals(Messages.text(new Lang("uk"), "api-errors.internal-error"), problem.getString("detail"));
        JsonObject asked = expect(Status.INTERNAL_SERVER_ERROR_500, "internal-error",
                client.get("/api/v1/failing").queryParam("lang", "en").request());
        assertEquals(Messages.text(new Lang("en"), "api-errors.internal-error"), asked.getString("detail"));
        JsonObject unknown = expect(Status.NOT_FOUND_404, "not-found",
                client.get("/api/v1/no-such-thing").header(HeaderNames.ACCEPT_LANGUAGE, "en").request());
        assertEquals(Messages.text(new Lang("en"), "api-errors.not-found"), unknown.getString("detail"));
    }

    @Test
    void should_refuse_in_the_language_the_resident_writes_in_whatever_the_browser() {
        try (Http1ClientResponse answered = messages().header(HeaderNames.CONTENT_TYPE, "application/json")
                .header(HeaderNames.ACCEPT_LANGUAGE, "pl-PL,pl;q=0.9").submit("{\"text\":\"Як отримати посвідчення особи в Кракові?\"}")) {
            assertEquals(Status.OK_200, answered.status());
        }
        JsonObject malformed = expect(Status.BAD_REQUEST_400, "invalid-json", messages().header(HeaderNames.CONTENT_TYPE, "application/json")
                .header(HeaderNames.ACCEPT_LANGUAGE, "pl-PL,pl;q=0.9").submit("{\"text\": "));
        assertTrue(malformed.getString("detail").startsWith("Некоректний JSON"), malformed.toString());
        JsonObject empty = expect(Status.BAD_REQUEST_400, "text-empty", messages().header(HeaderNames.CONTENT_TYPE, "application/json")
                .header(HeaderNames.ACCEPT_LANGUAGE, "pl-PL,pl;q=0.9").submit("{\"text\":\"  \"}"));
        assertEquals(Messages.text(new Lang("uk"), "api-errors.text-empty"), empty.getString("detail"));
    }

    private Http1ClientRequest messages() {
        return client.post("/api/v1/conversations/" + id + "/messages");
    }

    private Http1ClientResponse json(String body) {
        return messages().header(HeaderNames.CONTENT_TYPE, "application/json").submit(body);
    }

    private static JsonObject expect(Status status, String type, Http1ClientResponse response) {
        try (response) {
            String text = response.as(String.class);
            assertEquals(status, response.status(), text);
            assertEquals("application/problem+json", response.headers().contentType().orElseThrow().mediaType().text());
            assertFalse(text.contains("Exception") || text.contains("\tat "), text);
            JsonObject problem = parse(text);
            assertEquals(Problem.TYPE_BASE + type, problem.getString("type"), text);
            assertEquals(status.code(), problem.getInt("status"));
            assertFalse(problem.getString("detail").isBlank());
            assertFalse(problem.getString("detail_en").isBlank());
            return problem;
        }
    }

    private static JsonObject parse(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
