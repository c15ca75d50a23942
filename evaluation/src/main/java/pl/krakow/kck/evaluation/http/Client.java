package pl.krakow.kck.evaluation.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The conversation API as a resident's client uses it: start a conversation, post a question. */
final class Client {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;

    Client(String base) {
        this.base = base;
    }

    /** A new conversation's id. */
    String start() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(post("/api/v1/conversations", "{\"channel\":\"web\"}"),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IOException("POST /api/v1/conversations: " + response.statusCode() + " " + response.body());
        }
        Matcher id = ID.matcher(response.body());
        if (!id.find()) {
            throw new IOException("no id in " + response.body());
        }
        return id.group(1);
    }

    /** Posts a question; the HTTP status. */
    int ask(String conversation, String text) throws IOException, InterruptedException {
        return http.send(post("/api/v1/conversations/" + conversation + "/messages", Lua.json(text)),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Polls until a question is answered (200); the milliseconds since {@code sinceNanos}. */
    long firstAnswer(long sinceNanos, JavaProcess process, Duration limit) throws IOException, InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (!process.alive()) {
                throw new IOException("the service stopped:\n" + process.tail());
            }
            try {
                if (ask(start(), "Jaki jest numer infolinii?") == 200) {
                    return (System.nanoTime() - sinceNanos) / 1_000_000;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(5);
        }
        throw new IOException("no answer within " + limit + ":\n" + process.tail());
    }

    /** Starts {@code conversations} conversations of {@code messages} questions each, {@code parallel} at a time; the errors. */
    int fill(int conversations, int messages, List<String> questions, int parallel) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(parallel)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < parallel; w++) {
                workers.add(pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < conversations; n = next.getAndIncrement()) {
                        String id = start();
                        for (int m = 0; m < messages; m++) {
                            if (ask(id, questions.get((n * messages + m) % questions.size())) != 200) {
                                errors.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        return errors.get();
    }

    HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    HttpClient http() {
        return http;
    }

    String base() {
        return base;
    }
}
