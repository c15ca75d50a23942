package pl.krakow.kck.channels.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.krakow.kck.bot.reports.FakeCityEndpoint;
import pl.krakow.kck.bot.storage.TestDatabases;
import pl.krakow.kck.channels.reports.ServiceProcess;
import pl.krakow.kck.channels.telegram.FakeBotApi;

/**
 * Two service JVMs, A and B, on one PostgreSQL schema, as behind a load balancer without sticky sessions:
 * what a resident writes on A reaches an event stream on B (waits are generous: speed is the bench's); a consultant signed in on A claims
 * and replies on B and the resident's stream on A shows the reply; every report filed on either node reaches
 * the city once; A killed with kill -9 loses no message it acknowledged and B carries on.
 */
class TwoNodesTest {

    private static final String PASSWORD = "hasło administratora 1";
    private static final String API_KEY = "klucz-open311";
    private static final String LEADS_TELEGRAM = "this node leads telegram-polling";

    @TempDir
    Path folder;

    private final String schema = TestDatabases.freshSchema();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
    private FakeCityEndpoint city;
    private FakeBotApi telegram;
    private ServiceProcess a;
    private ServiceProcess b;

    @BeforeEach
    void start() throws Exception {
        TestDatabases.requirePostgres();
        try (Connection c = DriverManager.getConnection(TestDatabases.POSTGRES_URL, TestDatabases.POSTGRES_USER, "")) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        }
        city = new FakeCityEndpoint();
        telegram = new FakeBotApi();
        String url = TestDatabases.POSTGRES_URL + (TestDatabases.POSTGRES_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        List<String> properties = List.of("-Dkck.database.url=" + url, "-Dkck.database.user=" + TestDatabases.POSTGRES_USER,
                "-Dkck.console.admin.password=" + PASSWORD,
                "-Dkck.reports.open311.api-keys=" + API_KEY, "-Dkck.api.rate-limit.per-minute=100000", "-Dkck.api.rate-limit.burst=10000",
                "-Dkck.reports.forward.enabled=true", "-Dkck.reports.forward.url=" + city.endpoint(),
                "-Dkck.reports.forward.api-key=sekret", "-Dkck.reports.forward.poll-interval=200ms",
                "-Dkck.telegram.token=123:TEST", "-Dkck.telegram.api=" + telegram.uri(),
                // the infoline always open, so that a resident joins the queue whatever the hour of the test
                "-Dkck.handoff.hours.days.0=mon-sun", "-Dkck.handoff.hours.opens=00:00",
                "-Dkck.handoff.hours.closes=23:59:59.999999999", "-Dkck.handoff.hours.public-holidays=false");
        CompletableFuture<ServiceProcess> first = CompletableFuture.supplyAsync(() -> startNode(properties));
        long started = System.nanoTime();
        b = startNode(properties);
        a = first.join();
        System.out.println("two nodes: both started in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    private ServiceProcess startNode(List<String> properties) {
        try {
            return ServiceProcess.start(folder, properties, 0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() throws Exception {
        for (ServiceProcess node : new ServiceProcess[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
        if (city != null) {
            city.close();
        }
        if (telegram != null) {
            telegram.close();
        }
        http.close();
        TestDatabases.dropSchema(schema);
    }

    @Test
    void should_serve_one_resident_and_one_consultant_through_either_node_and_survive_losing_one() throws Exception {
        long started = System.nanoTime();
        // 1. a message posted on A reaches an event stream on B (how fast is ./kck bench http's SSE figure and the
        // latencies printed here; the wait is generous so that a loaded CI machine cannot fail it on timing alone)
        String resident = a.startConversation();
        Stream onB = stream(b, "/api/v1/conversations/" + resident + "/events", null);
        List<Long> latencies = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String text = "Gdzie wyrobię dowód osobisty? (" + i + ")";
            long sent = System.nanoTime();
            CompletableFuture<String> reply = CompletableFuture.supplyAsync(() -> say(a, resident, text));
            onB.await(text, Duration.ofSeconds(10));
            latencies.add((System.nanoTime() - sent) / 1_000_000);
            reply.join();
        }
        System.out.println("two nodes: message posted on A seen on B's event stream after " + latencies + " ms");

        phase("1 stream", started);
        // 2. a consultant signed in on A claims the case and replies on B; the resident's stream on A shows it
        Stream onA = stream(a, "/api/v1/conversations/" + resident + "/events", null);
        say(b, resident, "chcę rozmawiać z konsultantem");
        say(a, resident, "Tak");
        Session session = signIn(a);
        Stream console = stream(b, "/console/api/events", session);
        long caseId = queued(b, session, resident);
        assertEquals(200, post(b, "/console/api/cases/" + caseId + "/claim", session, "{}").statusCode(), "claimed on B");
        console.await("\"state\":\"consultant\"", Duration.ofSeconds(10));
        HttpResponse<String> reply = post(b, "/console/api/cases/" + caseId + "/messages", session,
                Json.createObjectBuilder().add("text", "Dzień dobry, tu konsultantka. W czym pomóc?").build().toString());
        assertEquals(201, reply.statusCode(), reply.body());
        onA.await("tu konsultantka", Duration.ofSeconds(10));
        onB.await("tu konsultantka", Duration.ofSeconds(10));
        assertEquals(403, post(a, "/console/api/cases/" + caseId + "/claim", new Session(session.cookie(), "wrong-token"), "{}").statusCode(),
                "the CSRF token is the session's on A as well");

        phase("2 consultant", started);
        // 3. every report filed on either node reaches the city once
        Set<String> filed = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 10; i++) {
            filed.add(fileReport(i % 2 == 0 ? a : b, i));
        }
        awaitCity(filed.size());
        Thread.sleep(1_000); // both forwarders have polled several times since
        Map<String, Long> sends = city.received().stream()
                .collect(Collectors.groupingBy(FakeCityEndpoint.Received::idempotencyKey, Collectors.counting()));
        assertEquals(filed, sends.keySet(), "every report sent");
        assertEquals(filed.size(), city.received().size(), "each once: " + sends);

        phase("3 outbox", started);
        // 4. kill -9 of A while residents are writing to it: every acknowledged message is stored, B carries on;
        //    A is the node that polls Telegram, and B takes polling over
        awaitLog(LEADS_TELEGRAM, Duration.ofSeconds(10));
        assertTrue(a.log().contains(LEADS_TELEGRAM) ^ b.log().contains(LEADS_TELEGRAM), "one node polls Telegram");
        if (b.log().contains(LEADS_TELEGRAM)) {
            ServiceProcess leader = b;
            b = a;
            a = leader;
        }
        String other = a.startConversation();
        List<String> acknowledged = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread writer = Thread.ofPlatform().start(() -> {
            for (int i = 1; i <= 200; i++) {
                String text = "jak zapłacić za parkowanie? nr " + i;
                try {
                    a.say(other, text);
                    acknowledged.add(text);
                } catch (Exception e) {
                    return;
                }
            }
        });
        while (acknowledged.size() < 3) {
            Thread.sleep(10);
        }
        a.kill();
        writer.join(10_000);
        List<String> stored = transcript(b, other).stream().filter(m -> m.getString("author").equals("resident"))
                .map(m -> m.getString("text")).toList();
        System.out.println("two nodes: A killed after " + acknowledged.size() + " acknowledged messages; B has " + stored.size());
        assertTrue(stored.containsAll(acknowledged), "no acknowledged message lost: " + acknowledged + " vs " + stored);
        long killed = System.nanoTime();
        awaitLog(LEADS_TELEGRAM, Duration.ofSeconds(10));
        assertTrue(b.log().contains(LEADS_TELEGRAM), "B took Telegram polling over");
        System.out.println("two nodes: B polls Telegram " + (System.nanoTime() - killed) / 1_000_000 + " ms after A was killed");
        Stream stillOnB = stream(b, "/api/v1/conversations/" + other + "/events?after=" + transcript(b, other).size(), null);
        String afterwards = say(b, other, "a teraz B: gdzie wyrobię paszport?");
        assertTrue(!afterwards.isBlank(), "B answers");
        stillOnB.await("gdzie wyrobię paszport", Duration.ofSeconds(10));
        assertEquals(201, post(b, "/console/api/cases/" + caseId + "/messages", session,
                Json.createObjectBuilder().add("text", "Jestem nadal.").build().toString()).statusCode(),
                "the consultant signed in through A still works through B");
        phase("4 kill", started);
    }

    private static void phase(String name, long started) {
        System.out.println("two nodes: phase " + name + " done at " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    // --- the resident ------------------------------------------------------------------------------------------

    private static String say(ServiceProcess node, String conversation, String text) {
        try {
            return node.say(conversation, text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<JsonObject> transcript(ServiceProcess node, String conversation) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(node, "/api/v1/conversations/" + conversation)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return ServiceProcess.json(response.body()).getJsonArray("messages").stream().map(v -> v.asJsonObject()).toList();
    }

    /** A report through the Open311 API, a different pavement each time; returns its number. */
    private String fileReport(ServiceProcess node, int i) throws Exception {
        String form = "api_key=" + API_KEY + "&service_code=chodnik&lat=" + (50.0500 + i * 0.001) + "&long=19.9400"
                + "&description=" + java.net.URLEncoder.encode("Zapadnięta płyta chodnika nr " + i, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(node, "/open311/v2/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(201, response.statusCode(), response.body());
        try (var reader = Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readArray().getJsonObject(0).getString("service_request_id");
        }
    }

    /** Waits until B's log, or either log while both live, has the line. */
    private void awaitLog(String line, Duration within) throws Exception {
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end && !b.log().contains(line) && !(a.isAlive() && a.log().contains(line))) {
            Thread.sleep(50);
        }
    }

    private void awaitCity(int requests) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (city.received().size() < requests && System.nanoTime() < end) {
            Thread.sleep(50);
        }
    }

    // --- the consultant ----------------------------------------------------------------------------------------

    private record Session(String cookie, String csrf) {
    }

    private Session signIn(ServiceProcess node) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(node, "/console/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("login", "admin").add("password", PASSWORD)
                        .build().toString())).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        return new Session(cookie.substring(0, cookie.indexOf(';')), ServiceProcess.json(response.body()).getString("csrfToken"));
    }

    private long queued(ServiceProcess node, Session session, String conversation) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(node, "/console/api/queue")).header("Cookie", session.cookie())
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), "signed in on A, known on B: " + response.body());
        return ServiceProcess.json(response.body()).getJsonArray("queued").stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("conversationId").equals(conversation)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private HttpResponse<String> post(ServiceProcess node, String path, Session session, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(node, path)).header("Cookie", session.cookie()).header("X-CSRF-Token", session.csrf())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    // --- event streams -----------------------------------------------------------------------------------------

    /** The lines of one server-sent event stream, read on a background thread. */
    private static final class Stream {
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        void await(String fragment, Duration within) throws InterruptedException {
            long end = System.nanoTime() + within.toNanos();
            for (String line; (line = lines.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS)) != null; ) {
                if (line.contains(fragment)) {
                    return;
                }
            }
            throw new AssertionError("no event with '" + fragment + "' within " + within.toMillis() + " ms");
        }
    }

    private Stream stream(ServiceProcess node, String path, Session session) throws Exception {
        Stream stream = new Stream();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path)).header("Accept", "text/event-stream");
        if (session != null) {
            request.header("Cookie", session.cookie());
        }
        HttpResponse<java.util.stream.Stream<String>> response = http.sendAsync(request.build(),
                HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode(), path);
        Thread.ofVirtual().start(() -> {
            try {
                response.body().forEach(stream.lines::add);
            } catch (RuntimeException e) {
                // the node went away
            }
        });
        stream.await(session == null ? "retry:" : ": connected", Duration.ofSeconds(5));
        return stream;
    }

    private static URI uri(ServiceProcess node, String path) {
        return URI.create("http://127.0.0.1:" + node.port() + path);
    }
}
