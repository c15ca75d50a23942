package pl.krakow.kck.channels.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.reports.FakeCityEndpoint;
import pl.krakow.kck.bot.reports.Location;
import pl.krakow.kck.bot.reports.NewReport;
import pl.krakow.kck.bot.reports.OutboxForwarder;
import pl.krakow.kck.channels.Assistant;
import pl.krakow.kck.channels.Main;
import pl.krakow.kck.channels.TestAssistant;

/** Forwarding as the service runs it: the background forwarder, and its failures visible to operators. */
@ServerTest
class ReportsApiTest {

    private static FakeCityEndpoint city;
    private static Assistant assistant;
    private final Http1Client client;

    ReportsApiTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        try {
            city = new FakeCityEndpoint(new FakeCityEndpoint.Fail(500), new FakeCityEndpoint.Accept("CITY-1"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assistant = TestAssistant.start(TestAssistant.roomy(), TestAssistant.reports().withForwarding(new OutboxForwarder.Settings(
                city.endpoint(), "city-key", null, Duration.ofSeconds(2), Duration.ofMillis(800), Duration.ofSeconds(5),
                Duration.ofMillis(50))));
        Main.routing(routing, assistant);
    }

    @AfterAll
    static void close() {
        assistant.close();
        city.close();
    }

    @Test
    void should_show_a_failed_forward_and_then_the_delivery() throws Exception {
        assistant.reports().repository().submit(new NewReport(null, NewReport.CHAT,
                assistant.reports().catalogue().find("pomysl").orElseThrow(), Location.address("Planty"), "Więcej ławek.",
                Map.of(), null, null, null, false), "draft-x");

        JsonObject failing = waitFor(o -> !o.getJsonArray("failing").isEmpty() && o.getJsonArray("failing").getJsonObject(0).containsKey("lastError"));
        assertTrue(failing.getBoolean("forwarding"));
        assertEquals(1, failing.getInt("pending"));
        JsonObject entry = failing.getJsonArray("failing").getJsonObject(0);
        assertEquals(1, entry.getInt("attempts"));
        assertTrue(entry.getString("lastError").contains("HTTP 500"), entry.toString());

        JsonObject sent = waitFor(o -> o.getInt("sent") == 1);
        assertEquals(0, sent.getInt("pending"));
        assertEquals(List.of(), sent.getJsonArray("failing"));
        assertEquals(2, city.received().size());
        assertEquals("city-key", city.received().getLast().first("api_key"));
    }

    private JsonObject waitFor(Predicate<JsonObject> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonObject last = null;
        while (System.nanoTime() < deadline) {
            try (Http1ClientResponse response = client.get("/api/v1/reports/outbox").request()) {
                try (var reader = Json.createReader(new StringReader(response.as(String.class)))) {
                    last = reader.readObject();
                }
            }
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the outbox never got there; last seen: " + last);
    }
}
