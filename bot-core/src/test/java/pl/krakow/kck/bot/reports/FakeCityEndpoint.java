package pl.krakow.kck.bot.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The city's Open311 endpoint as a real HTTP server on 127.0.0.1 (JDK's com.sun.net.httpserver): answers
 * each {@code POST /open311/v2/requests.json} with the next scripted behaviour and keeps what it got.
 * It checks what GeoReport v2 requires of a POST: api_key, service_code, and a place (lat and long, or
 * address_string, or address_id); a request without them gets the spec's 400 error.
 */
public final class FakeCityEndpoint implements AutoCloseable {

    /** What the endpoint does with one request. */
    public sealed interface Behaviour permits Fail, Hang, Accept {
    }

    public record Fail(int status) implements Behaviour {
    }

    /** Answers only after this long (longer than the client's timeout). */
    public record Hang(long millis) implements Behaviour {
    }

    public record Accept(String serviceRequestId) implements Behaviour {
    }

    /** A request as received. */
    public record Received(Map<String, List<String>> form, String idempotencyKey, String contentType) {
        public String first(String name) {
            List<String> values = form.get(name);
            return values == null || values.isEmpty() ? null : values.getFirst();
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final ConcurrentLinkedQueue<Behaviour> script = new ConcurrentLinkedQueue<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

    public FakeCityEndpoint(Behaviour... behaviours) throws IOException {
        script.addAll(List.of(behaviours));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/open311/v2/requests.json", this::handle);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/open311/v2/");
    }

    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, List<String>> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.add(new Received(form, exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    exchange.getRequestHeaders().getFirst("Content-Type")));
            String missing = missingRequiredField(form);
            if (missing != null) {
                send(exchange, 400, "[{\"code\":400,\"description\":\"" + missing + "\"}]");
                return;
            }
            Behaviour behaviour = script.poll();
            if (behaviour == null) {
                behaviour = new Accept("CITY-" + received.size());
            }
            switch (behaviour) {
                case Fail fail -> send(exchange, fail.status(), "[{\"code\":" + fail.status() + ",\"description\":\"awaria\"}]");
                case Hang hang -> {
                    try {
                        Thread.sleep(hang.millis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    send(exchange, 201, "[{\"service_request_id\":\"LATE\"}]");
                }
                case Accept accept -> send(exchange, 201, "[{\"service_request_id\":\"" + accept.serviceRequestId()
                        + "\",\"service_notice\":\"\",\"account_id\":null}]");
            }
        }
    }

    /** GeoReport v2, POST Service Request: the fields without which a request is refused. */
    static String missingRequiredField(Map<String, List<String>> form) {
        if (!form.containsKey("api_key")) {
            return "api_key missing";
        }
        if (!form.containsKey("service_code")) {
            return "service_code missing";
        }
        boolean point = form.containsKey("lat") && form.containsKey("long");
        if (!point && !form.containsKey("address_string") && !form.containsKey("address_id")) {
            return "location missing: lat and long, address_string or address_id";
        }
        return null;
    }

    private static Map<String, List<String>> parse(String body) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return form;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the client gave up (timeout): nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
