package pl.krakow.kck.bot.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * A model server on 127.0.0.1 for the real langchain4j clients: records every request and answers
 * what the test says: a canned OpenAI or Ollama reply, an HTTP error, garbage, or nothing until closed.
 */
final class FakeModelServer implements AutoCloseable {

    record Request(String method, String path, String authorization, String body) {

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        JsonArray messages() {
            return json().getJsonArray("messages");
        }

        String message(int index, String field) {
            return messages().getJsonObject(index).getString(field);
        }
    }

    record Response(int status, String body) {
    }

    @FunctionalInterface
    interface Responder {
        Response respond(Request request) throws Exception;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Responder responder;

    private FakeModelServer(Responder responder) throws IOException {
        this.responder = responder;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static FakeModelServer start(Responder responder) throws IOException {
        return new FakeModelServer(responder);
    }

    /** {@code http://127.0.0.1:PORT} */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    void answer(Responder next) {
        this.responder = next;
    }

    /** Holds the request open until the server is closed: a model that never replies. */
    Response hang() throws InterruptedException {
        closed.await();
        return new Response(503, "{}");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            requests.add(request);
            Response response;
            try {
                response = responder.respond(request);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                response = new Response(500, "{\"error\":\"" + e + "\"}");
            }
            byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- canned replies ----

    static Response openAiChat(String content) {
        return new Response(200, Json.createObjectBuilder()
                .add("id", "chatcmpl-1").add("object", "chat.completion").add("created", 1_764_547_200).add("model", "fake")
                .add("choices", Json.createArrayBuilder().add(Json.createObjectBuilder().add("index", 0)
                        .add("message", Json.createObjectBuilder().add("role", "assistant").add("content", content))
                        .add("finish_reason", "stop")))
                .add("usage", Json.createObjectBuilder().add("prompt_tokens", 10).add("completion_tokens", 5).add("total_tokens", 15))
                .build().toString());
    }

    static Response ollamaChat(String content) {
        return new Response(200, Json.createObjectBuilder()
                .add("model", "fake").add("created_at", "2026-12-01T08:00:00.000Z")
                .add("message", Json.createObjectBuilder().add("role", "assistant").add("content", content))
                .add("done", true).add("done_reason", "stop").add("prompt_eval_count", 10).add("eval_count", 5)
                .build().toString());
    }

    static Response openAiEmbeddings(List<float[]> vectors) {
        var data = Json.createArrayBuilder();
        for (int i = 0; i < vectors.size(); i++) {
            data.add(Json.createObjectBuilder().add("object", "embedding").add("index", i).add("embedding", array(vectors.get(i))));
        }
        return new Response(200, Json.createObjectBuilder().add("object", "list").add("data", data).add("model", "fake")
                .add("usage", Json.createObjectBuilder().add("prompt_tokens", 3).add("total_tokens", 3)).build().toString());
    }

    static Response ollamaEmbeddings(List<float[]> vectors) {
        var embeddings = Json.createArrayBuilder();
        vectors.forEach(v -> embeddings.add(array(v)));
        return new Response(200, Json.createObjectBuilder().add("model", "fake").add("embeddings", embeddings).build().toString());
    }

    private static jakarta.json.JsonArrayBuilder array(float[] vector) {
        var array = Json.createArrayBuilder();
        for (float value : vector) {
            array.add(value);
        }
        return array;
    }

    /** The inputs of an embedding request (OpenAI and Ollama both call the field {@code input}). */
    static List<String> inputs(Request request) {
        var input = request.json().get("input");
        if (input instanceof JsonArray array) {
            return IntStream.range(0, array.size()).mapToObj(array::getString).collect(Collectors.toList());
        }
        return List.of(request.json().getString("input"));
    }

    /** A toy embedding: counts of a few marker words, so that tests know which article is nearest. */
    static float[] toyVector(String text) {
        String folded = text.toLowerCase(Locale.ROOT);
        String[] markers = {"dow", "odpad", "śmie", "meld", "sct", "wjazd"};
        float[] vector = new float[markers.length + 1];
        for (int i = 0; i < markers.length; i++) {
            vector[i] = folded.split(markers[i], -1).length - 1;
        }
        vector[markers.length] = 0.1f; // never the zero vector
        return vector;
    }
}
