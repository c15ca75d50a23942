package pl.krakow.kck.channels.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

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

/** The pages' texts come from the message catalogues, with the infoline filled in. */
@ServerTest
class TextsApiTest {

    private static Assistant assistant;
    private final Http1Client client;

    TextsApiTest(Http1Client client) {
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
    void should_give_the_widget_its_texts_with_the_infoline() {
        try (Http1ClientResponse response = client.get("/api/v1/texts/widget").queryParam("lang", "pl").request()) {
            assertEquals(Status.OK_200, response.status());
            JsonObject body = ConversationApiTest.json(response);
            assertEquals("pl", body.getString("lang"));
            assertEquals("Wyślij", body.getJsonObject("texts").getString("send"));
            assertTrue(body.getJsonObject("texts").getString("connect-failed").contains("12 616 55 55"));
        }
    }

    @Test
    void should_give_the_consultants_console_its_texts_with_the_servers_own_left_as_written() {
        try (Http1ClientResponse response = client.get("/api/v1/texts/console").queryParam("lang", "pl").request()) {
            assertEquals(Status.OK_200, response.status());
            JsonObject texts = ConversationApiTest.json(response).getJsonObject("texts");
            assertEquals("Przejęto rozmowę.", texts.getString("done.claimed"));
            assertEquals("Sprawa nr {id}: {reason}", texts.getString("case-title"));
            assertTrue(texts.getString("sign-in-locked").contains("{0}"));
        }
    }

    @Test
    void should_give_the_widget_the_asked_or_else_the_browsers_language() {
        try (Http1ClientResponse response = client.get("/api/v1/texts/widget").queryParam("lang", "en-GB").request()) {
            assertEquals("Send", ConversationApiTest.json(response).getJsonObject("texts").getString("send"));
        }
        try (Http1ClientResponse response = client.get("/api/v1/texts/widget")
                .header(io.helidon.http.HeaderNames.ACCEPT_LANGUAGE, "de-DE,uk-UA;q=0.9,en;q=0.8").request()) {
            JsonObject body = ConversationApiTest.json(response);
            assertEquals("uk", body.getString("lang"));
            assertEquals("Надіслати", body.getJsonObject("texts").getString("send"));
        }
    }

    @Test
    void should_fall_back_to_polish_for_an_unknown_language_and_refuse_an_unknown_page() {
        try (Http1ClientResponse response = client.get("/api/v1/texts/widget").queryParam("lang", "xx").request()) {
            assertEquals("pl", ConversationApiTest.json(response).getString("lang"));
        }
        try (Http1ClientResponse response = client.get("/api/v1/texts/dialogue").request()) {
            assertEquals(Status.NOT_FOUND_404, response.status());
        }
    }
}
