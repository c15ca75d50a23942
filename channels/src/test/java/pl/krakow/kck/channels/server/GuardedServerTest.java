package pl.krakow.kck.channels.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

class GuardedServerTest {

    @Test
    void should_start_the_listener_again_when_it_stops_accepting() throws Exception {
        try (GuardedServer server = new GuardedServer(ServerLimits.defaults(), address -> false);
             HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            server.start(builder -> builder.host("127.0.0.1").port(0)
                    .routing(routing -> routing.get("/", (req, res) -> res.send("hello"))));
            int port = server.port();
            server.killListener();
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (server.listenerRestarts() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertEquals(1, server.listenerRestarts());
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("hello", response.body(), "the same port answers again");
            assertTrue(server.health().call().status().name().equals("UP"));
        }
    }

}
