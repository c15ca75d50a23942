package pl.krakow.kck.channels.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/** The connection guard's 429 in the language the refused request asks for, as far as it has arrived. */
class ArrivedRequestTest {

    private static final Lang UK = new Lang("uk");
    private static final Lang EN = new Lang("en");

    @Test
    void should_read_the_language_from_the_query_then_the_browsers_languages() {
        assertEquals(UK, ArrivedRequest.language("POST /api/v1/conversations?lang=uk HTTP/1.1\r\nAccept-Language: en\r\n\r\n"));
        assertEquals(EN, ArrivedRequest.language("GET /api/v1/texts/widget HTTP/1.1\r\nHost: x\r\naccept-language: de-DE,en;q=0.8\r\n\r\n"));
        assertEquals(Lang.PL, ArrivedRequest.language("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
        assertEquals(Lang.PL, ArrivedRequest.language("\u0016\u0003\u0001 not http at all"));
        assertEquals(Lang.PL, ArrivedRequest.language(""));
    }

    @Test
    void should_refuse_a_connection_beyond_the_share_in_the_language_its_request_asks_for() throws Exception {
        ConnectionGuard guard = new ConnectionGuard(1, address -> false);
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
             Socket first = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
             Socket second = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
             Socket silent = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            try (Socket kept = server.accept()) {
                assertTrue(guard.admit(kept));
                second.getOutputStream().write("POST /api/v1/conversations HTTP/1.1\r\nHost: x\r\nAccept-Language: uk-UA,uk;q=0.9\r\n\r\n{}"
                        .getBytes(StandardCharsets.US_ASCII));
                second.getOutputStream().flush();
                Thread.sleep(200); // the request has arrived by the time the guard looks
                assertFalse(guard.admit(server.accept()));
                assertFalse(guard.admit(server.accept()));
                second.setSoTimeout(5_000);
                silent.setSoTimeout(5_000);
                String ukrainian = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                String polish = new String(silent.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(ukrainian.startsWith("HTTP/1.1 429"), ukrainian);
                assertTrue(ukrainian.contains(Messages.text(UK, "api-errors.too-many-connections")), ukrainian);
                assertTrue(polish.contains(Messages.text(Lang.PL, "api-errors.too-many-connections")), "nothing arrived yet: " + polish);
            }
        }
    }
}
