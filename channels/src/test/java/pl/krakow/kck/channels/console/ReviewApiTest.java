package pl.krakow.kck.channels.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.krakow.kck.channels.console.ConsoleFixture.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.json.Json;
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

/**
 * The review loop over HTTP: a question the assistant could not answer waits for an editor, grouped; the editor
 * links it to an article, the article's file gets the question, the index is rebuilt, and the next resident asking
 * it is answered; the decision is recorded and the group leaves the queue.
 */
@ServerTest
class ReviewApiTest {

    private static final String QUESTION = "kiedy przyjeżdża śmieciarka pod blok";
    private static final Path KB = ConsoleFixture.knowledgeBaseCopy();
    private static Assistant assistant;
    private final Http1Client client;

    ReviewApiTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        assistant = ConsoleFixture.start(TestClock.warsaw(ConsoleFixture.MONDAY_MORNING), KB);
        Main.routing(routing, assistant);
    }

    @AfterAll
    static void close() {
        assistant.close();
    }

    private String ask(String text) {
        String id;
        try (Http1ClientResponse response = client.post("/api/v1/conversations").submit("")) {
            id = json(response).getString("id");
        }
        return ConsoleFixture.residentSays(client, id, text).getJsonObject("reply").getString("kind");
    }

    private JsonObject queue(SignedIn session) {
        try (Http1ClientResponse response = client.get("/console/api/review/queue").header(HeaderNames.COOKIE, session.cookie()).request()) {
            assertEquals(Status.OK_200, response.status(), () -> response.as(String.class));
            return json(response);
        }
    }

    private Http1ClientResponse decide(SignedIn session, JsonObject body) {
        return client.post("/console/api/review/decisions").header(HeaderNames.COOKIE, session.cookie())
                .header(HeaderNames.create(ConsoleApi.CSRF_HEADER), session.csrf())
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit(body.toString());
    }

    @Test
    void should_answer_the_next_resident_once_an_editor_links_the_question_to_an_article() throws IOException {
        assertEquals("fallback", ask(QUESTION));
        assertEquals("fallback", ask("Kiedy przyjeżdża śmieciarka pod blok?"));
        SignedIn ola = ConsoleFixture.signIn(client, "ola");

        JsonObject group = queue(ola).getJsonArray("groups").stream().map(v -> v.asJsonObject())
                .filter(g -> g.getString("text").toLowerCase().contains("śmieciarka")).findFirst().orElseThrow();
        assertEquals(2, group.getInt("unanswered"), group::toString);

        try (Http1ClientResponse response = decide(ola, Json.createObjectBuilder().add("key", group.getString("key"))
                .add("question", QUESTION).add("action", "linked").add("article", "odpady-harmonogram").build())) {
            assertEquals(Status.CREATED_201, response.status(), () -> response.as(String.class));
        }

        assertTrue(Files.readString(KB.resolve("odpady/odpady-harmonogram.md")).contains("  - " + QUESTION));
        assertEquals("answer", ask(QUESTION));
        JsonObject after = queue(ola);
        assertTrue(after.getJsonArray("groups").stream().noneMatch(g -> g.asJsonObject().getString("key").equals(group.getString("key"))));
        JsonArray actions = after.getJsonArray("actions");
        JsonObject recorded = actions.getJsonObject(0);
        assertEquals("linked", recorded.getString("action"));
        assertEquals("ola", recorded.getString("editor"));
        assertEquals("odpady-harmonogram", recorded.getString("article"));
    }

    @Test
    void should_let_only_editors_and_supervisors_review_and_refuse_a_link_to_no_article() {
        try (Http1ClientResponse response = client.get("/console/api/review/queue")
                .header(HeaderNames.COOKIE, ConsoleFixture.signIn(client, "anna").cookie()).request()) {
            assertEquals(Status.FORBIDDEN_403, response.status());
        }
        queue(ConsoleFixture.signIn(client, "ewa"));
        SignedIn ola = ConsoleFixture.signIn(client, "ola");
        try (Http1ClientResponse response = decide(ola, Json.createObjectBuilder().add("key", "x").add("question", "x y")
                .add("action", "linked").add("article", "no-such-article").build())) {
            assertEquals(Status.CONFLICT_409, response.status());
        }
        try (Http1ClientResponse response = decide(ola, Json.createObjectBuilder().add("key", "x").add("question", "x y")
                .add("action", "delete-everything").build())) {
            assertEquals(Status.BAD_REQUEST_400, response.status());
        }
    }
}
