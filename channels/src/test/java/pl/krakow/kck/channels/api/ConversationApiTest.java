package pl.krakow.kck.channels.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.channels.Assistant;
import pl.krakow.kck.channels.Main;
import pl.krakow.kck.channels.TestAssistant;

@ServerTest
class ConversationApiTest {

    private static Assistant assistant;
    private final Http1Client client;

    ConversationApiTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        assistant = TestAssistant.start(TestAssistant.roomy());
        Main.routing(routing, assistant);
    }

    @AfterAll
    static void close() {
        assistant.close();
    }

    @Test
    void should_start_a_conversation() {
        try (Http1ClientResponse response = client.post("/api/v1/conversations").submit("")) {
            assertEquals(Status.CREATED_201, response.status());
            JsonObject body = json(response);
            assertEquals("web", body.getString("channel"));
            assertEquals("/api/v1/conversations/" + body.getString("id"), response.headers().get(HeaderNames.LOCATION).get());
        }
    }

    @Test
    void should_answer_a_question_typed_without_diacritics_and_cite_the_source() {
        String id = start();
        JsonObject body = post(id, "{\"text\":\"jak wyrobic dowod osobisty\"}");
        JsonObject reply = body.getJsonObject("reply");
        assertEquals("answer", reply.getString("kind"));
        assertEquals("dowod-wniosek", reply.getJsonObject("article").getString("id"));
        assertEquals("https://www.gov.pl/web/gov/uzyskaj-dowod-osobisty",
                reply.getJsonArray("sources").getJsonObject(0).getString("url"));
        assertEquals(1, body.getJsonObject("message").getInt("seq"));
        assertEquals(2, body.getJsonObject("replyMessage").getInt("seq"));
    }

    @Test
    void should_say_it_does_not_know_rather_than_answer_off_topic() {
        JsonObject reply = post(start(), "{\"text\":\"Jak obliczyć emeryturę w ZUS?\"}").getJsonObject("reply");
        assertEquals("fallback", reply.getString("kind"));
        assertTrue(reply.getString("text").contains("12 616 55 55"));
    }

    @Test
    void should_answer_a_picked_option() {
        JsonObject reply = post(start(), "{\"choice\":\"article:dowod-zgubiony\"}").getJsonObject("reply");
        assertEquals("answer", reply.getString("kind"));
        assertEquals("dowod-zgubiony", reply.getJsonObject("article").getString("id"));
    }

    @Test
    void should_return_the_whole_transcript_with_the_replies() {
        String id = start();
        post(id, "{\"text\":\"Dzień dobry\"}");
        post(id, "{\"text\":\"zgubiłem dowód\"}");
        try (Http1ClientResponse response = client.get("/api/v1/conversations/" + id).request()) {
            assertEquals(Status.OK_200, response.status());
            JsonObject transcript = json(response);
            assertEquals(4, transcript.getInt("messageCount"));
            var messages = transcript.getJsonArray("messages");
            assertEquals("resident", messages.getJsonObject(0).getString("author"));
            assertEquals("Dzień dobry", messages.getJsonObject(0).getString("text"));
            assertEquals("smalltalk", messages.getJsonObject(1).getString("kind"));
            assertEquals("dowod-zgubiony", messages.getJsonObject(3).getJsonObject("reply").getJsonObject("article").getString("id"));
        }
    }

    @Test
    void should_take_a_shared_location_as_a_place_not_as_text() {
        String id = start();
        post(id, "{\"text\":\"ktoś wyrzucił gruz w lesie\"}");
        JsonObject body = post(id, "{\"location\":{\"lat\":50.0614,\"lon\":19.9366}}");
        assertEquals("Lokalizacja: 50.061400, 19.936600", body.getJsonObject("message").getString("text"));
        assertTrue(body.getJsonObject("reply").getString("text").contains("Co tam leży?"), body.toString());
    }

    @Test
    void should_refuse_a_location_without_coordinates() {
        try (Http1ClientResponse response = client.post("/api/v1/conversations/" + start() + "/messages")
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit("{\"location\":{\"lat\":\"north\"}}")) {
            assertEquals(Status.BAD_REQUEST_400, response.status());
            assertEquals("invalid-location", json(response).getString("type").replaceAll(".*/", ""));
        }
    }

    @Test
    void should_explain_a_refused_message_in_the_browsers_language() {
        String id = start();
        try (Http1ClientResponse response = client.post("/api/v1/conversations/" + id + "/messages")
                .header(HeaderNames.CONTENT_TYPE, "application/json").header(HeaderNames.ACCEPT_LANGUAGE, "en-GB,en;q=0.9")
                .submit("{\"text\":\"   \"}")) {
            assertEquals(Status.BAD_REQUEST_400, response.status());
            assertEquals("The message is empty. Please write what we can help you with.", json(response).getString("detail"));
        }
    }

    private String start() {
        try (Http1ClientResponse response = client.post("/api/v1/conversations")
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit("{\"channel\":\"web\"}")) {
            assertEquals(Status.CREATED_201, response.status());
            return json(response).getString("id");
        }
    }

    private JsonObject post(String id, String body) {
        try (Http1ClientResponse response = client.post("/api/v1/conversations/" + id + "/messages")
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit(body)) {
            assertEquals(Status.OK_200, response.status(), () -> response.as(String.class));
            return json(response);
        }
    }

    static JsonObject json(Http1ClientResponse response) {
        try (var reader = Json.createReader(new StringReader(response.as(String.class)))) {
            return reader.readObject();
        }
    }
}
