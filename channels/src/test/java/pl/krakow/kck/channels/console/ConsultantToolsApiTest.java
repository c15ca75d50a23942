package pl.krakow.kck.channels.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.krakow.kck.channels.console.ConsoleFixture.json;

import jakarta.json.JsonArray;
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

import pl.krakow.kck.bot.handoff.TestClock;
import pl.krakow.kck.channels.Assistant;
import pl.krakow.kck.channels.Main;
import pl.krakow.kck.channels.console.ConsoleFixture.SignedIn;

/** Consultants' tools: the knowledge base searched from the case view, the resident's language in the queue. */
@ServerTest
class ConsultantToolsApiTest {

    private static Assistant assistant;
    private final Http1Client client;

    ConsultantToolsApiTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        assistant = ConsoleFixture.start(TestClock.warsaw(ConsoleFixture.MONDAY_MORNING));
        Main.routing(routing, assistant);
    }

    @AfterAll
    static void close() {
        assistant.close();
    }

    private Http1ClientResponse get(String path, SignedIn session) {
        var request = client.get(path);
        if (session != null) {
            request.header(HeaderNames.COOKIE, session.cookie());
        }
        return request.request();
    }

    @Test
    void should_find_articles_with_their_short_answer_for_a_consultant() {
        SignedIn anna = ConsoleFixture.signIn(client, "anna");
        try (Http1ClientResponse response = client.get("/console/api/knowledge").queryParam("q", "zgubiłem dowód osobisty")
                .header(HeaderNames.COOKIE, anna.cookie()).request()) {
            assertEquals(Status.OK_200, response.status(), () -> response.as(String.class));
            JsonArray articles = json(response).getJsonArray("articles");
            assertFalse(articles.isEmpty());
            JsonObject best = articles.getJsonObject(0);
            assertEquals("dowod-zgubiony", best.getString("id"), best::toString);
            assertFalse(best.getString("lead").isBlank());
        }
    }

    @Test
    void should_refuse_strangers_and_an_empty_query() {
        try (Http1ClientResponse response = client.get("/console/api/knowledge").queryParam("q", "dowód").request()) {
            assertEquals(Status.UNAUTHORIZED_401, response.status());
        }
        try (Http1ClientResponse response = get("/console/api/knowledge", ConsoleFixture.signIn(client, "anna"))) {
            assertEquals(Status.BAD_REQUEST_400, response.status());
            assertEquals("Wpisz, czego szukać (do 200 znaków).", json(response).getString("detail"));
        }
    }

    @Test
    void should_show_the_residents_language_in_the_queue_and_the_case() {
        String conversation = ConsoleFixture.queuedConversation(client, "gdzie wyrobić dowód osobisty");
        SignedIn anna = ConsoleFixture.signIn(client, "anna");
        try (Http1ClientResponse response = get("/console/api/queue", anna)) {
            assertEquals(Status.OK_200, response.status());
            JsonObject queued = json(response).getJsonArray("queued").stream().map(v -> v.asJsonObject())
                    .filter(c -> c.getString("conversationId", "").equals(conversation)).findFirst().orElseThrow();
            assertEquals("pl", queued.getString("lang"));
            assertEquals("polski", queued.getString("langLabel"));
        }
    }
}
