package pl.krakow.kck.channels.telegram;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Telegram Bot API on 127.0.0.1 for the real telegrambots client: serves queued updates to
 * getUpdates, records every other call, and can answer "429 Too Many Requests" a given number of times.
 */
public final class FakeBotApi implements AutoCloseable {

    record Call(String method, String body) {
    }

    private final HttpServer server;
    private final Queue<String> updates = new ConcurrentLinkedQueue<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger tooManyRequests = new AtomicInteger();
    private final AtomicInteger messageIds = new AtomicInteger(100);
    private volatile byte[] photo = new byte[0];

    public FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void queue(String updateJson) {
        updates.add(updateJson);
    }

    /** The bytes served for every file download (getFile, then /file/bot…/path). */
    void photo(byte[] bytes) {
        this.photo = bytes.clone();
    }

    void failNextSends(int times) {
        tooManyRequests.set(times);
    }

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
    }

    /** Waits for a call matching the predicate; fails the test after 15 s. */
    Call await(String method, Predicate<String> body) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            for (Call call : calls(method)) {
                if (body.test(call.body())) {
                    return call;
                }
            }
            Thread.sleep(25);
        }
        throw new AssertionError("no " + method + " call matched; calls: " + calls);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.startsWith("/file/")) {
            calls.add(new Call("file", path));
            exchange.sendResponseHeaders(200, photo.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(photo);
            }
            return;
        }
        String method = path.substring(path.lastIndexOf('/') + 1);
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String response;
        int status = 200;
        switch (method.toLowerCase(java.util.Locale.ROOT)) {
            case "getupdates" -> {
                StringBuilder batch = new StringBuilder("[");
                String next;
                while ((next = updates.poll()) != null) {
                    batch.append(batch.length() > 1 ? "," : "").append(next);
                }
                if (batch.length() == 1) {
                    sleep(100); // an idle long poll
                }
                response = "{\"ok\":true,\"result\":" + batch.append(']') + "}";
            }
            case "sendmessage" -> {
                calls.add(new Call(method, body));
                if (tooManyRequests.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    status = 429;
                    response = "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
                            + "\"parameters\":{\"retry_after\":1}}";
                } else {
                    response = "{\"ok\":true,\"result\":{\"message_id\":" + messageIds.incrementAndGet()
                            + ",\"date\":1764576000,\"chat\":{\"id\":42,\"type\":\"private\"},\"text\":\"ok\"}}";
                }
            }
            case "getfile" -> {
                calls.add(new Call(method, body));
                response = "{\"ok\":true,\"result\":{\"file_id\":\"big\",\"file_unique_id\":\"u-big\",\"file_size\":"
                        + photo.length + ",\"file_path\":\"photos/file_1.jpg\"}}";
            }
            case "getwebhookinfo" -> {
                calls.add(new Call(method, body));
                response = "{\"ok\":true,\"result\":{\"url\":\"https://kck.example/telegram/webhook\","
                        + "\"has_custom_certificate\":false,\"pending_update_count\":0}}";
            }
            default -> {
                calls.add(new Call(method, body));
                response = "{\"ok\":true,\"result\":true}";
            }
        }
        byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static String textUpdate(int id, long chat, String text) {
        return "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":1764576000,"
                + "\"chat\":{\"id\":" + chat + ",\"type\":\"private\"},\"from\":{\"id\":" + chat
                + ",\"is_bot\":false,\"first_name\":\"Anna\"},\"text\":" + quote(text) + "}}";
    }

    /** A text from a user whose Telegram app speaks {@code languageCode}. */
    static String textUpdate(int id, long chat, String text, String languageCode) {
        return textUpdate(id, chat, text).replace("\"first_name\":\"Anna\"}",
                "\"first_name\":\"Anna\",\"language_code\":" + quote(languageCode) + "}");
    }

    static String choiceUpdate(int id, long chat, String data) {
        return "{\"update_id\":" + id + ",\"callback_query\":{\"id\":\"cb" + id + "\",\"chat_instance\":\"1\","
                + "\"from\":{\"id\":" + chat + ",\"is_bot\":false,\"first_name\":\"Anna\"},\"data\":" + quote(data) + ","
                + "\"message\":{\"message_id\":" + id + ",\"date\":1764576000,\"chat\":{\"id\":" + chat + ",\"type\":\"private\"},"
                + "\"text\":\"x\"}}}";
    }

    static String locationUpdate(int id, long chat, double latitude, double longitude) {
        return "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":1764576000,"
                + "\"chat\":{\"id\":" + chat + ",\"type\":\"private\"},\"location\":{\"latitude\":" + latitude
                + ",\"longitude\":" + longitude + "}}}";
    }

    static String photoUpdate(int id, long chat) {
        return "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":1764576000,"
                + "\"chat\":{\"id\":" + chat + ",\"type\":\"private\"},\"photo\":["
                + "{\"file_id\":\"small\",\"file_unique_id\":\"u-small\",\"width\":90,\"height\":60,\"file_size\":900},"
                + "{\"file_id\":\"big\",\"file_unique_id\":\"u-big\",\"width\":1280,\"height\":853,\"file_size\":90000}]}}";
    }

    private static String quote(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }
}
