package pl.krakow.kck.channels.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

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

/** Behind the city's reverse proxy (here 127.0.0.1), each resident has their own allowance. */
@ServerTest
class TrustedProxyTest {

    private static Assistant assistant;
    private final Http1Client client;

    TrustedProxyTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        assistant = TestAssistant.start(new ApiSettings(2000, 16 * 1024, 1, 2, List.of("127.0.0.1")));
        Main.routing(routing, assistant);
    }

    @AfterAll
    static void close() {
        assistant.close();
    }

    @Test
    void should_give_each_resident_behind_the_trusted_proxy_their_own_allowance() {
        assertEquals(List.of(Status.CREATED_201, Status.CREATED_201, Status.TOO_MANY_REQUESTS_429), start("198.51.100.1", 3));
        assertEquals(List.of(Status.CREATED_201, Status.CREATED_201), start("198.51.100.2", 2), "another resident is not limited");
        assertEquals(List.of(Status.TOO_MANY_REQUESTS_429), start("6.6.6.6, 198.51.100.1", 1), "a spoofed first hop changes nothing");
    }

    private List<Status> start(String forwardedFor, int times) {
        return java.util.stream.IntStream.range(0, times).mapToObj(i -> {
            try (Http1ClientResponse response = client.post("/api/v1/conversations")
                    .header(HeaderNames.X_FORWARDED_FOR, forwardedFor).submit("")) {
                return response.status();
            }
        }).toList();
    }
}
