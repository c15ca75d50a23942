package pl.krakow.kck.channels.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.channels.Assistant;
import pl.krakow.kck.channels.Main;
import pl.krakow.kck.channels.TestAssistant;

/** Metrics only for the configured networks: here 10.0.0.0/8, so the test's 127.0.0.1 is refused. */
@ServerTest
class MetricsAccessTest {

    private static Assistant assistant;
    private final Http1Client client;

    MetricsAccessTest(Http1Client client) {
        this.client = client;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        assistant = TestAssistant.start(new ApiSettings(2000, 16 * 1024, 100_000, 100_000, List.of(), List.of("10.0.0.0/8")));
        server.addFeature(Main.observe(assistant)).routing(routing -> Main.routing(routing, assistant));
    }

    @AfterAll
    static void close() {
        assistant.close();
    }

    @Test
    void should_serve_metrics_only_to_the_configured_networks_and_health_to_anyone() {
        try (Http1ClientResponse metrics = client.get("/observe/metrics").request()) {
            assertEquals(Status.FORBIDDEN_403, metrics.status());
        }
        try (Http1ClientResponse health = client.get("/observe/health").request()) {
            assertEquals(Status.OK_200, health.status());
        }
    }
}
