package pl.krakow.kck.channels.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
class RateLimitTest {

    private static Assistant assistant;
    private final Http1Client client;

    RateLimitTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        assistant = TestAssistant.start(new ApiSettings(2000, 16 * 1024, 1, 3));
        Main.routing(routing, assistant);
    }

    @AfterAll
    static void close() {
        assistant.close();
    }

    @Test
    void should_answer_429_with_retry_after_beyond_the_burst_and_keep_reads_open() {
        for (int i = 0; i < 3; i++) {
            try (Http1ClientResponse response = client.post("/api/v1/conversations").submit("")) {
                assertEquals(Status.CREATED_201, response.status());
            }
        }
        try (Http1ClientResponse limited = client.post("/api/v1/conversations").submit("")) {
            assertEquals(Status.TOO_MANY_REQUESTS_429, limited.status());
            assertTrue(Long.parseLong(limited.headers().get(HeaderNames.RETRY_AFTER).get()) > 0);
            assertTrue(limited.as(String.class).contains("rate-limited"));
        }
        try (Http1ClientResponse read = client.get("/api/v1/knowledge-base").request()) {
            assertEquals(Status.OK_200, read.status());
        }
    }
}
