package pl.krakow.kck.channels.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.channels.Assistant;
import pl.krakow.kck.channels.Main;
import pl.krakow.kck.channels.TestAssistant;

/**
 * The city closes a report through Open311 while the resident's widget is open: the news arrives on the
 * conversation's event stream (what the widget listens to) within a second, without the resident asking.
 */
@ServerTest
class StatusNotificationStreamTest {

    private static final String KEY = "city-key";
    private static final long TARGET_MS = 1000;
    private static Assistant assistant;
    private final Http1Client client;

    StatusNotificationStreamTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        assistant = TestAssistant.start(TestAssistant.roomy(), TestAssistant.reports().withApiKeys(List.of(KEY)));
        Main.routing(routing, assistant);
    }

    @AfterAll
    static void close() {
        assistant.close();
    }

    @Test
    void should_bring_the_citys_status_change_to_an_open_widget_within_a_second() throws Exception {
        String conversation = object(post("/api/v1/conversations", "application/json", "")).getString("id");
        for (String text : List.of("Na Karmelickiej 12 nie świeci latarnia", "1", "pomiń", "pomiń", "pomiń")) {
            say(conversation, text);
        }
        String accepted = say(conversation, "wyślij");
        String number = accepted.substring(accepted.indexOf("KRK-"), accepted.indexOf("KRK-") + "KRK-2026-000001".length());

        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        try (Http1ClientResponse stream = client.get("/api/v1/conversations/" + conversation + "/events")
                .header(HeaderNames.ACCEPT, "text/event-stream").request()) {
            assertEquals(Status.OK_200, stream.status());
            Thread reader = Thread.ofVirtual().start(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.inputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException | RuntimeException e) {
                    lines.add("closed: " + e);
                }
            });
            assertNotNull(lines.poll(20, TimeUnit.SECONDS), "the stream opened");

            long start = System.nanoTime();
            post("/open311/v2/requests/" + number + "/status.json", "application/x-www-form-urlencoded",
                    "api_key=" + KEY + "&status=closed&status_notes=" + URLEncoder.encode("Wymieniono oprawę.", StandardCharsets.UTF_8));
            String data = awaitData(lines, "zamknięte");
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            assertTrue(data.contains("zamknięte – sprawa załatwiona") && data.contains("Wymieniono oprawę."), data);
            assertTrue(elapsedMs < TARGET_MS, "the widget heard of it after " + elapsedMs + " ms");
            reader.interrupt();
        }
    }

    private String say(String conversation, String text) {
        String body = post("/api/v1/conversations/" + conversation + "/messages", "application/json",
                Json.createObjectBuilder().add("text", text).build().toString());
        return object(body).getJsonObject("reply").getString("text");
    }

    private static String awaitData(BlockingQueue<String> lines, String containing) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            String line = lines.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            assertNotNull(line, "no event about " + containing + " arrived");
            if (line.startsWith("data: ") && line.contains(containing)) {
                return line;
            }
        }
    }

    private String post(String path, String type, String body) {
        try (Http1ClientResponse response = client.post(path).header(HeaderNames.CONTENT_TYPE, type).submit(body)) {
            String text = response.as(String.class);
            assertTrue(response.status().code() / 100 == 2, () -> path + ": " + response.status() + " " + text);
            return text;
        }
    }

    private static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
