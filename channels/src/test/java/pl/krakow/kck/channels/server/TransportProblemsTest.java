package pl.krakow.kck.channels.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/** The refusals the server makes before routing reach the client as problem details, not as empty bodies. */
class TransportProblemsTest {

    private static GuardedServer server;

    @BeforeAll
    static void start() {
        server = new GuardedServer(ServerLimits.defaults(), address -> false).start(builder -> builder
                .host("127.0.0.1").port(0).maxPayloadSize(1024)
                .routing(routing -> routing.any("/api/v1/echo", (req, res) -> res.send(req.content().as(String.class)))));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void should_answer_a_body_over_the_limit_with_a_413_problem() throws Exception {
        String body = "x".repeat(4096);
        Reply reply = exchange("POST /api/v1/echo HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n" + body);
        assertProblem(reply, 413, "payload-too-large");
    }

    @Test
    void should_refuse_in_the_browsers_language() throws Exception {
        String body = "x".repeat(4096);
        Reply reply = exchange("POST /api/v1/echo HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Accept-Language: en-GB,en;q=0.9\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
        JsonObject problem = assertProblem(reply, 413, "payload-too-large");
        assertEquals(Messages.text(new Lang("en"), "api-errors.payload-too-large"), problem.getString("detail"));
    }

    @Test
    void should_answer_a_too_long_uri_with_a_problem_that_does_not_echo_it() throws Exception {
        String path = "/api/v1/echo?q=" + "a".repeat(20_000);
        Reply reply = exchange("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        JsonObject problem = assertProblem(reply, 414, "uri-too-long");
        assertTrue(problem.getString("instance").length() <= TransportProblems.MAX_INSTANCE_CHARS + 1);
    }

    /** Helidon 4.2.6 refuses headers over max-header-size as a plain 400 (it never says 431 on HTTP/1.1). */
    @Test
    void should_answer_too_large_headers_with_a_problem() throws Exception {
        Reply reply = exchange("GET /api/v1/echo HTTP/1.1\r\nHost: localhost\r\nCookie: " + "c".repeat(40_000) + "\r\n\r\n");
        assertTrue(reply.status == 431 || reply.status == 400, reply.head);
        assertProblem(reply, reply.status, reply.status == 431 ? "headers-too-large" : "bad-request");
    }

    @Test
    void should_answer_a_request_it_cannot_parse_with_a_400_problem() throws Exception {
        Reply reply = exchange("GET /api/v1/echo HTTP/1.1\r\nHost: localhost\r\nBroken header line\r\n\r\n");
        assertProblem(reply, 400, "bad-request");
    }

    private static JsonObject assertProblem(Reply reply, int status, String type) {
        assertEquals(status, reply.status, reply.head);
        assertTrue(reply.head.toLowerCase().contains("content-type: application/problem+json"), reply.head);
        JsonObject problem = Json.createReader(new StringReader(reply.body)).readObject();
        assertEquals(status, problem.getInt("status"));
        assertEquals("https://kck.krakow.pl/problems/" + type, problem.getString("type"));
        assertTrue(!problem.getString("detail").isBlank() && !problem.getString("detail_en").isBlank());
        return problem;
    }

    private record Reply(int status, String head, String body) {
    }

    /** Raw HTTP/1.1, so that nothing on the client side shortens or refuses what is sent. */
    private static Reply exchange(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (java.io.IOException refusedWhileSending) {
                // the server may answer and close before reading everything
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int headEnd = -1;
            int contentLength = -1;
            while (true) {
                int n;
                try {
                    n = in.read(buffer);
                } catch (java.net.SocketException reset) {
                    break;
                }
                if (n < 0) {
                    break;
                }
                all.write(buffer, 0, n);
                String text = all.toString(StandardCharsets.UTF_8);
                if (headEnd < 0 && (headEnd = text.indexOf("\r\n\r\n")) >= 0) {
                    var matcher = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(text.substring(0, headEnd));
                    contentLength = matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
                }
                if (headEnd >= 0 && contentLength >= 0
                        && all.toByteArray().length >= headEnd + 4 + contentLength) {
                    break;
                }
            }
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String body = end < 0 ? "" : text.substring(end + 4);
            int status = Integer.parseInt(head.split(" ", 3)[1]);
            return new Reply(status, head, body);
        }
    }
}
