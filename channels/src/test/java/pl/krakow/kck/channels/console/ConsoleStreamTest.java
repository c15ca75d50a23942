package pl.krakow.kck.channels.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.handoff.TestClock;
import pl.krakow.kck.channels.Assistant;
import pl.krakow.kck.channels.Main;

/** The live queue: a signed-in consultant's event stream hears about new cases and new messages without a reload. */
@ServerTest
class ConsoleStreamTest {

    /** An upper bound for an event to arrive, not a speed requirement. */
    private static final long PATIENCE_SECONDS = 20;
    private static Assistant assistant;
    private final Http1Client client;

    ConsoleStreamTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        assistant = ConsoleFixture.start(TestClock.warsaw(ConsoleFixture.MONDAY_MORNING));
        Main.routing(routing, assistant);
    }

    @AfterAll
    static void close() {
        assistant.close();
    }

    @Test
    void should_push_queue_changes_and_resident_messages_as_server_sent_events() throws Exception {
        ConsoleFixture.SignedIn anna = ConsoleFixture.signIn(client, "anna");
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        try (Http1ClientResponse stream = client.get("/console/api/events").header(HeaderNames.COOKIE, anna.cookie()).request()) {
            assertEquals(Status.OK_200, stream.status());
            assertTrue(stream.headers().contentType().orElseThrow().text().startsWith("text/event-stream"));
            Thread reader = Thread.ofVirtual().start(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.inputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException | RuntimeException e) {
                    lines.add("closed: " + e);
                }
            });
            awaitLine(lines, ": connected");

            String conversation = ConsoleFixture.queuedConversation(client, "dzień dobry");
            awaitLine(lines, "event: case");
            String data = awaitLine(lines, "data: ");
            assertTrue(data.contains("\"state\":\"queued\""), data);

            ConsoleFixture.residentSays(client, conversation, "czy ktoś tu jest?");
            String message = awaitLine(lines, "data: {\"caseId\"", "\"author\":\"resident\"");
            assertTrue(!message.contains("ktoś"), "events carry ids, never what the resident wrote");
            reader.interrupt();
        }
    }

    private static String awaitLine(BlockingQueue<String> lines, String prefix) throws InterruptedException {
        return awaitLine(lines, prefix, "");
    }

    private static String awaitLine(BlockingQueue<String> lines, String prefix, String containing) throws InterruptedException {
        while (true) {
            String line = lines.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
            assertNotNull(line, "no line starting with '" + prefix + "' and containing '" + containing + "' arrived");
            if (line.startsWith(prefix) && line.contains(containing)) {
                return line;
            }
        }
    }
}
