package pl.krakow.kck.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

@ServerTest
class ObserveTest {

    private static Assistant assistant;
    private final Http1Client client;

    ObserveTest(Http1Client client) {
        this.client = client;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        assistant = TestAssistant.start(TestAssistant.roomy());
        server.addFeature(Main.observe(assistant)).routing(routing -> Main.routing(routing, assistant));
    }

    @AfterAll
    static void close() {
        assistant.close();
    }

    @Test
    void should_report_health_of_the_knowledge_base_and_the_database() {
        try (Http1ClientResponse response = client.get("/observe/health").request()) {
            String body = response.as(String.class);
            assertEquals(Status.OK_200, response.status(), body);
            assertTrue(body.contains("\"knowledge-base\"") && body.contains("\"database\""), body);
        }
    }

    @Test
    void should_check_the_database_and_the_knowledge_base_for_readiness_only() {
        try (Http1ClientResponse ready = client.get("/observe/health/ready").request();
             Http1ClientResponse live = client.get("/observe/health/live").request()) {
            String readiness = ready.as(String.class);
            String liveness = live.as(String.class);
            assertEquals(Status.OK_200, ready.status(), readiness);
            assertEquals(Status.OK_200, live.status(), liveness);
            for (String check : new String[] {"\"knowledge-base\"", "\"database\"", "\"report-outbox\""}) {
                assertTrue(readiness.contains(check), check + " is a readiness check: " + readiness);
                // a liveness check that needs the database would have the service restarted during a database outage
                assertFalse(liveness.contains(check), check + " is no liveness check: " + liveness);
            }
            assertTrue(liveness.contains("\"deadlock\""), liveness);
        }
    }

    @Test
    void should_count_replies_by_kind_in_the_metrics() {
        String id;
        try (Http1ClientResponse created = client.post("/api/v1/conversations").submit("")) {
            id = created.headers().get(io.helidon.http.HeaderNames.LOCATION).get().replace("/api/v1/conversations/", "");
        }
        try (Http1ClientResponse posted = client.post("/api/v1/conversations/" + id + "/messages")
                .header(io.helidon.http.HeaderNames.CONTENT_TYPE, "application/json").submit("{\"text\":\"zgubiłem dowód\"}")) {
            assertEquals(Status.OK_200, posted.status());
        }
        try (Http1ClientResponse response = client.get("/observe/metrics").request()) {
            String metrics = response.as(String.class);
            assertEquals(Status.OK_200, response.status());
            assertTrue(metrics.contains("kck_replies_total{kind=\"answer\"") || metrics.contains("kck_replies_total{kind=\"answer\","),
                    () -> metrics.lines().filter(l -> l.contains("kck")).toList().toString());
        }
    }

    @Test
    void should_serve_the_knowledge_base_status() {
        try (Http1ClientResponse response = client.get("/api/v1/knowledge-base").request()) {
            assertTrue(response.as(String.class).contains("\"articles\":6"));
        }
    }
}
