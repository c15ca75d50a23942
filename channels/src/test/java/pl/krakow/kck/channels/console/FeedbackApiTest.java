package pl.krakow.kck.channels.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.krakow.kck.channels.console.ConsoleFixture.json;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

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

import pl.krakow.kck.bot.analytics.AnalyticsReport;
import pl.krakow.kck.bot.analytics.Period;
import pl.krakow.kck.bot.handoff.HandoffCase;
import pl.krakow.kck.bot.handoff.Resolution;
import pl.krakow.kck.bot.handoff.TestClock;
import pl.krakow.kck.channels.Assistant;
import pl.krakow.kck.channels.Main;

/**
 * {@code POST /api/v1/conversations/{id}/feedback}: a resident rates an answer (a thumb, a reason after a thumb down)
 * and, once a consultant closed the case, answers the satisfaction question of the closing message; analytics counts both.
 */
@ServerTest
class FeedbackApiTest {

    private static final TestClock CLOCK = TestClock.warsaw(ConsoleFixture.MONDAY_MORNING);
    private static Assistant assistant;
    private final Http1Client client;

    FeedbackApiTest(Http1Client client) {
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

    private Status rate(String conversation, JsonObject body) {
        try (Http1ClientResponse response = client.post("/api/v1/conversations/" + conversation + "/feedback")
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit(body.toString())) {
            return response.status();
        }
    }

    private static JsonObject thumb(int seq, String rating, String reason) {
        var body = Json.createObjectBuilder().add("seq", seq).add("rating", rating);
        return (reason == null ? body : body.add("reason", reason)).build();
    }

    private String conversation() {
        try (Http1ClientResponse response = client.post("/api/v1/conversations").submit("")) {
            return json(response).getString("id");
        }
    }

    private AnalyticsReport today() {
        LocalDate monday = LocalDate.of(2026, 12, 7);
        return assistant.analytics().report(new Period(monday, monday, assistant.handoffs().hours().zone()));
    }

    @Test
    void should_store_a_thumb_down_with_its_reason_and_replace_it_when_the_resident_changes_their_mind() {
        String id = conversation();
        int reply = ConsoleFixture.residentSays(client, id, "gdzie wyrobić dowód osobisty").getJsonObject("replyMessage").getInt("seq");

        assertEquals(Status.NO_CONTENT_204, rate(id, thumb(reply, "down", "outdated")));
        assertTrue(today().table("feedback").rows().contains(Arrays.asList("down", "outdated", "answer", 1L)), today().table("feedback")::toString);

        assertEquals(Status.NO_CONTENT_204, rate(id, thumb(reply, "up", null)));
        List<List<Object>> rows = today().table("feedback").rows();
        assertTrue(rows.contains(Arrays.asList("up", null, "answer", 1L)), rows::toString);
        assertTrue(rows.stream().noneMatch(r -> "outdated".equals(r.get(1))), rows::toString);
    }

    @Test
    void should_refuse_what_cannot_be_rated_with_problem_details() {
        String id = conversation();
        ConsoleFixture.residentSays(client, id, "gdzie wyrobić dowód osobisty");

        assertEquals(Status.CONFLICT_409, rate(id, thumb(1, "up", null)), "the resident's own message");
        assertEquals(Status.NOT_FOUND_404, rate(id, thumb(99, "up", null)));
        assertEquals(Status.BAD_REQUEST_400, rate(id, thumb(2, "meh", null)));
        assertEquals(Status.BAD_REQUEST_400, rate(id, thumb(2, "down", "boring")));
        assertEquals(Status.BAD_REQUEST_400, rate(id, Json.createObjectBuilder().add("seq", 2).add("score", 6).build()));
        assertEquals(Status.CONFLICT_409, rate(id, Json.createObjectBuilder().add("seq", 2).add("score", 5).build()),
                "an answer carries no satisfaction question");
        assertEquals(Status.NOT_FOUND_404, rate("no-such-conversation", thumb(2, "up", null)));
    }

    @Test
    void should_ask_once_for_satisfaction_when_a_consultant_closes_the_case_and_store_the_score() {
        String id = ConsoleFixture.queuedConversation(client, "mam sprawę do urzędu");
        HandoffCase handoff = assistant.handoffs().cases().openFor(id).orElseThrow();
        assistant.handoffs().accepted(handoff.id(), "anna", "Anna Nowak");
        assistant.handoffs().completed(handoff.id(), "anna", Resolution.INFORMED);

        JsonArray messages = ConsoleFixture.transcript(client, id).getJsonArray("messages");
        JsonObject closing = messages.getJsonObject(messages.size() - 1);
        assertEquals(handoff.id(), closing.getJsonObject("reply").getJsonObject("survey").getJsonNumber("case").longValue());

        assertEquals(Status.NO_CONTENT_204, rate(id, Json.createObjectBuilder().add("seq", closing.getInt("seq")).add("score", 4).build()));
        assertEquals(List.of(List.of(4L, 1L)), today().table("satisfaction").rows());
    }
}
