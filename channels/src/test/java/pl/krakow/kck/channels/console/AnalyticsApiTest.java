package pl.krakow.kck.channels.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.krakow.kck.channels.console.ConsoleFixture.json;

import java.util.List;

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

/** {@code /console/api/analytics}: supervisors only, a period in days, JSON with every figure, CSV for every table. */
@ServerTest
class AnalyticsApiTest {

    private static final TestClock CLOCK = TestClock.warsaw(ConsoleFixture.MONDAY_MORNING);
    private static final String MONDAY = "?from=2026-12-07&to=2026-12-07";
    private static Assistant assistant;
    private final Http1Client client;

    AnalyticsApiTest(Http1Client client) {
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

    /** @param path with the query, e.g. {@code /csv/daily?from=2026-12-07&to=2026-12-07} */
    private Http1ClientResponse get(String path, SignedIn session) {
        String[] parts = path.split("\\?", 2);
        var request = client.get("/console/api/analytics" + parts[0]);
        if (parts.length > 1) {
            for (String pair : parts[1].split("&")) {
                String[] kv = pair.split("=", 2);
                request.queryParam(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        if (session != null) {
            request.header(HeaderNames.COOKIE, session.cookie());
        }
        return request.request();
    }

    private String newConversation() {
        try (Http1ClientResponse response = client.post("/api/v1/conversations").submit("")) {
            return json(response).getString("id");
        }
    }

    @Test
    void should_show_a_supervisor_the_days_figures_with_the_unanswered_question() {
        String conversation = newConversation();
        ConsoleFixture.residentSays(client, conversation, "Jak obliczyć emeryturę w ZUS?");
        SignedIn ewa = ConsoleFixture.signIn(client, "ewa");

        try (Http1ClientResponse response = get(MONDAY, ewa)) {
            assertEquals(Status.OK_200, response.status(), () -> response.as(String.class));
            JsonObject body = json(response);
            for (String key : List.of("conversations", "messages", "by_kind", "containment_rate", "fallback_rate", "unanswered",
                    "handoffs", "reports_by_category", "feedback", "heat_map", "daily", "infoline", "by_language", "contacts")) {
                assertTrue(body.containsKey(key), key);
            }
            assertTrue(body.getInt("conversations") >= 1);
            assertTrue(body.getJsonArray("unanswered").stream()
                    .anyMatch(v -> v.asJsonObject().getString("text").equals("Jak obliczyć emeryturę w ZUS?")), body::toString);
            assertEquals("07:40", body.getJsonObject("infoline").getString("opens"));
            assertTrue(body.getJsonArray("by_language").stream().anyMatch(v -> v.asJsonObject().getString("lang").equals("pl")
                    && v.asJsonObject().getInt("messages") >= 2), body::toString);
        }
    }

    @Test
    void should_give_every_table_as_csv_with_a_header() {
        SignedIn ewa = ConsoleFixture.signIn(client, "ewa");
        try (Http1ClientResponse response = get("/csv/daily" + MONDAY, ewa)) {
            assertEquals(Status.OK_200, response.status(), () -> response.as(String.class));
            assertTrue(response.headers().contentType().orElseThrow().text().startsWith("text/csv"));
            String csv = response.as(String.class);
            assertTrue(csv.startsWith("date,conversations,contacts,messages,resident_messages,fallbacks,handoffs,reports\r\n2026-12-07,"), csv);
        }
        try (Http1ClientResponse response = get("/csv/no-such-table" + MONDAY, ewa)) {
            assertEquals(Status.NOT_FOUND_404, response.status());
        }
    }

    @Test
    void should_refuse_consultants_strangers_and_bad_periods() {
        try (Http1ClientResponse response = get(MONDAY, null)) {
            assertEquals(Status.UNAUTHORIZED_401, response.status());
        }
        try (Http1ClientResponse response = get(MONDAY, ConsoleFixture.signIn(client, "anna"))) {
            assertEquals(Status.FORBIDDEN_403, response.status());
        }
        SignedIn ewa = ConsoleFixture.signIn(client, "ewa");
        for (String bad : List.of("", "?from=2026-12-07", "?from=2026-12-08&to=2026-12-07", "?from=7.12.2026&to=2026-12-08",
                "?from=2020-01-01&to=2026-12-08")) {
            try (Http1ClientResponse response = get(bad, ewa)) {
                assertEquals(Status.BAD_REQUEST_400, response.status(), bad);
                assertEquals("application/problem+json", response.headers().contentType().orElseThrow().mediaType().text(), bad);
            }
        }
    }
}
