package pl.krakow.kck.channels.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.krakow.kck.channels.console.ConsoleFixture.json;

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

import pl.krakow.kck.bot.handoff.TestClock;
import pl.krakow.kck.channels.Assistant;
import pl.krakow.kck.channels.Main;
import pl.krakow.kck.channels.console.ConsoleFixture.SignedIn;

/** A supervisor handles a resident's request about their data in the console: find, export, erase, on the record. */
@ServerTest
class PrivacyConsoleTest {

    private static final TestClock CLOCK = TestClock.warsaw(ConsoleFixture.MONDAY_MORNING);
    private static Assistant assistant;
    private final Http1Client client;

    PrivacyConsoleTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        assistant = ConsoleFixture.start(CLOCK);
        Main.routing(routing, assistant);
    }

    @AfterAll
    static void close() {
        assistant.close();
    }

    @Test
    void should_let_a_supervisor_find_export_and_erase_a_residents_data() {
        String conversation;
        try (Http1ClientResponse response = client.post("/api/v1/conversations").submit("")) {
            conversation = json(response).getString("id");
        }
        ConsoleFixture.residentSays(client, conversation, "Latarnia nie świeci, mój telefon 600 123 456");
        SignedIn ewa = ConsoleFixture.signIn(client, "ewa");
        SignedIn anna = ConsoleFixture.signIn(client, "anna");
        String[] query = {"by", "phone", "value", "+48 600 123 456", "reason", "wniosek mieszkańca z 2026-12-07"};

        try (Http1ClientResponse response = get("/subject", anna, query)) {
            assertEquals(Status.FORBIDDEN_403, response.status(), () -> "a consultant does not search residents' data: " + response.as(String.class));
        }
        try (Http1ClientResponse response = get("/subject", ewa, "by", "phone", "value", "600123456", "reason", "")) {
            assertEquals(Status.BAD_REQUEST_400, response.status());
            assertTrue(response.as(String.class).contains("reason-required"));
        }
        try (Http1ClientResponse response = get("/subject", ewa, query)) {
            JsonObject found = json(response);
            assertEquals(conversation, found.getJsonArray("conversations").getString(0), found::toString);
        }
        try (Http1ClientResponse response = get("/export", ewa, concat(query, "format", "text"))) {
            assertEquals(Status.OK_200, response.status());
            assertTrue(response.as(String.class).contains("Latarnia nie świeci, mój telefon 600 123 456"));
        }

        JsonObject erase = Json.createObjectBuilder().add("by", "phone").add("value", "600123456").add("reason", "wniosek o usunięcie").build();
        try (Http1ClientResponse response = client.post("/console/api/privacy/erase").header(HeaderNames.COOKIE, ewa.cookie())
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit(erase.toString())) {
            assertEquals(Status.FORBIDDEN_403, response.status(), "erasing needs the CSRF token");
        }
        try (Http1ClientResponse response = client.post("/console/api/privacy/erase").header(HeaderNames.COOKIE, ewa.cookie())
                .header(HeaderNames.create(ConsoleApi.CSRF_HEADER), ewa.csrf())
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit(erase.toString())) {
            assertEquals(Status.OK_200, response.status(), () -> response.as(String.class));
        }
        String first = ConsoleFixture.transcript(client, conversation).getJsonArray("messages").getJsonObject(0).getString("text", "");
        assertEquals("", first, "what the resident wrote is gone");
        try (Http1ClientResponse response = get("/log", ewa)) {
            String log = response.as(String.class);
            assertTrue(log.contains("\"action\":\"erase\"") && log.contains("\"actor\":\"ewa\""), log);
            assertTrue(!log.contains("600"), "the record holds no phone number");
        }
    }

    @Test
    void should_redact_a_case_export_for_anyone_but_the_cases_consultant() {
        String conversation = ConsoleFixture.queuedConversation(client, "Sąsiad Jan Nowak, PESEL 90010112345, zalewa mi piwnicę");
        SignedIn anna = ConsoleFixture.signIn(client, "anna");
        SignedIn ewa = ConsoleFixture.signIn(client, "ewa");
        long id = -1;
        try (Http1ClientResponse response = client.get("/console/api/queue").header(HeaderNames.COOKIE, anna.cookie()).request()) {
            for (var value : json(response).getJsonArray("queued")) {
                if (value.asJsonObject().getString("conversationId").equals(conversation)) {
                    id = value.asJsonObject().getJsonNumber("id").longValue();
                }
            }
        }
        try (Http1ClientResponse response = client.post("/console/api/cases/" + id + "/claim").header(HeaderNames.COOKIE, anna.cookie())
                .header(HeaderNames.create(ConsoleApi.CSRF_HEADER), anna.csrf()).submit("")) {
            assertEquals(Status.OK_200, response.status(), () -> response.as(String.class));
        }

        assertTrue(export(id, anna).contains("PESEL 90010112345"), "the case's consultant sees what was written");
        String forSupervisor = export(id, ewa);
        assertTrue(forSupervisor.contains("PESEL [PESEL]"), forSupervisor);
        assertTrue(!forSupervisor.contains("90010112345"), forSupervisor);
    }

    private String export(long id, SignedIn session) {
        try (Http1ClientResponse response = client.get("/console/api/cases/" + id + "/export").queryParam("format", "text")
                .header(HeaderNames.COOKIE, session.cookie()).request()) {
            assertEquals(Status.OK_200, response.status(), () -> response.as(String.class));
            return response.as(String.class);
        }
    }

    private Http1ClientResponse get(String path, SignedIn session, String... query) {
        var request = client.get("/console/api/privacy" + path).header(HeaderNames.COOKIE, session.cookie());
        for (int i = 0; i + 1 < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        return request.request();
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
