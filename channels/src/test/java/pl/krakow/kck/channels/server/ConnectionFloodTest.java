package pl.krakow.kck.channels.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.krakow.kck.channels.reports.ServiceProcess;

/**
 * The service in its own JVM with a low open-files limit (ulimit -n 600), flooded with idle connections the
 * way an attacker would: from one address far beyond its share, then from many loopback addresses (127.0.x.y)
 * beyond what the process could hold at all. It must keep listening, say so in its health, close what sends
 * nothing, and answer a resident once the flood's connections time out.
 */
class ConnectionFloodTest {

    private static final int OPEN_FILES = 600;

    private static ServiceProcess service;
    private final List<Socket> flood = new ArrayList<>();

    @BeforeAll
    static void start(@TempDir Path folder) throws Exception {
        service = ServiceProcess.start(folder, List.of("-Dkck.connections.per-client=20", "-Dkck.connections.read-timeout=2s",
                "-Dkck.connections.streams.per-client=2"), OPEN_FILES);
    }

    @AfterEach
    void closeTheFlood() {
        closeFlood();
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
    }

    @Test
    void should_refuse_one_clients_connections_beyond_its_share_while_others_are_answered() throws Exception {
        String before = asResident("127.0.0.9", "/observe/health/ready", null);
        InetAddress attacker = InetAddress.getByName("127.0.0.1");
        for (int i = 0; i < 200; i++) {
            idle(attacker);
        }
        int refused = 0;
        for (Socket socket : flood) {
            if (answered429(socket)) {
                refused++;
            }
        }
        assertTrue(refused >= 150, "connections beyond 20 from one address are refused with 429, refused: " + refused + "; " + before);
        String conversation = asResident("127.0.0.9", "/api/v1/conversations", "{}");
        assertTrue(conversation.contains("\"id\""), conversation);
        String health = asResident("127.0.0.9", "/observe/health/ready", null);
        assertTrue(health.contains("\"connections\"") && health.contains("\"refused\""), health);
    }

    @Test
    void should_keep_listening_when_many_addresses_open_more_connections_than_the_process_has_files() throws Exception {
        for (int a = 1; a <= 60; a++) {
            InetAddress address = InetAddress.getByName("127.0.1." + a);
            for (int i = 0; i < 20; i++) {
                idle(address);
            }
        }
        // the flood's idle connections time out after 2 s, so a resident gets in soon, while they are still open
        long started = System.nanoTime();
        String answered = asResident("127.0.0.10", "/observe/health/live", null);
        assertTrue(answered.contains("UP"), answered);
        System.out.printf("connection flood: %d idle connections from 60 addresses, resident answered after %d ms%n",
                flood.size(), (System.nanoTime() - started) / 1_000_000);
        closeFlood();
        Thread.sleep(500);
        String health = asResident("127.0.0.10", "/observe/health", null);
        assertTrue(health.contains("\"listening\":true"), health);
        assertTrue(!service.log().contains("Too many open files"), "never out of file descriptors:\n" + service.log());
    }

    @Test
    void should_close_a_connection_that_sends_nothing_and_one_that_asked_to_be_closed() throws Exception {
        try (Socket silent = new Socket("127.0.0.1", service.port())) {
            silent.setSoTimeout(10_000);
            long started = System.nanoTime();
            assertEquals(-1, silent.getInputStream().read(), "closed by the server");
            assertTrue(System.nanoTime() - started < 6_000_000_000L, "within the read timeout");
        }
        try (Socket closing = new Socket("127.0.0.1", service.port())) {
            closing.setSoTimeout(5_000);
            closing.getOutputStream().write("GET /observe/health/live HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(closing.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(response.startsWith("HTTP/1.1 200"), response);
        }
    }

    @Test
    void should_limit_event_streams_per_client() throws Exception {
        String id = service.startConversation();
        List<Socket> streams = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) { // each stream is open (its 200 read) before the next is asked for
                Socket open = stream(id);
                streams.add(open);
                assertEquals("HTTP/1.1 200", new String(open.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1));
            }
            Socket third = stream(id);
            streams.add(third);
            assertEquals("HTTP/1.1 429", new String(third.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1));
        } finally {
            for (Socket s : streams) {
                s.close();
            }
        }
    }

    private Socket stream(String id) throws IOException {
        Socket socket = new Socket("127.0.0.1", service.port());
        socket.setSoTimeout(5_000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET /api/v1/conversations/" + id + "/events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** An idle connection from {@code from}; null when the connection could not even be made. */
    private Socket idle(InetAddress from) {
        Socket socket = new Socket();
        try {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", service.port()), 2_000);
            flood.add(socket);
            return socket;
        } catch (IOException e) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing to close
            }
            return null;
        }
    }

    private static boolean answered429(Socket socket) {
        try {
            socket.setSoTimeout(20);
            InputStream in = socket.getInputStream();
            return new String(in.readNBytes(12), StandardCharsets.ISO_8859_1).equals("HTTP/1.1 429");
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** A request from another loopback address, retried for up to 20 s while the flood holds the connections. */
    private String asResident(String from, String path, String body) throws Exception {
        try (HttpClient http = HttpClient.newBuilder().localAddress(InetAddress.getByName(from))
                .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                    .timeout(Duration.ofSeconds(10));
            if (body != null) {
                request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            IOException last = null;
            while (System.nanoTime() < deadline) {
                try {
                    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    return response.statusCode() + " " + response.body();
                } catch (IOException e) {
                    last = e;
                    Thread.sleep(200);
                }
            }
            throw new AssertionError("the service did not answer " + path + " within 20 s:\n" + service.log(), last);
        }
    }

    private void closeFlood() {
        for (Socket socket : flood) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed by the server
            }
        }
        flood.clear();
    }
}
