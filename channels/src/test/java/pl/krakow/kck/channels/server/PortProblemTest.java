package pl.krakow.kck.channels.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

/** A port someone else holds: the server does not start (port -1, which Main turns into exit 1) and the reason names the port. */
class PortProblemTest {

    @Test
    void should_not_start_and_say_the_port_is_in_use() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
             GuardedServer server = new GuardedServer(ServerLimits.defaults(), address -> false)) {
            int port = taken.getLocalPort();
            server.start(builder -> builder.host("127.0.0.1").port(port)
                    .routing(routing -> routing.get("/", (req, res) -> res.send("hello"))));
            assertTrue(server.port() < 0, "Helidon reports an unbound server with port -1, not an exception");
            assertTrue(PortProblem.describe("127.0.0.1", port).startsWith("port " + port + " is in use"));
        }
    }

    @Test
    void should_not_blame_a_free_port() throws Exception {
        int free;
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            free = probe.getLocalPort();
        }
        assertEquals(false, PortProblem.describe("127.0.0.1", free).contains("is in use"));
    }
}
