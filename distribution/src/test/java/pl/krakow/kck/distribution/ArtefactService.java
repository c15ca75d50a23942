package pl.krakow.kck.distribution;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The service started from an unpacked artefact by its own start script ({@code bin/kck-assistant run}, which
 * runs the bundled Java runtime) on a free port, driven over HTTP. The environment is the given one plus
 * PATH: nothing of the test JVM's (no KCK_* variable) leaks in.
 */
final class ArtefactService implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;
    private final long launched;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

    private ArtefactService(Process process, int port, Path log, long launched) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.launched = launched;
    }

    /** Starts the service and waits until /observe/health/ready answers 200. */
    static ArtefactService start(Path home, Path folder, Map<String, String> environment) throws Exception {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kck-assistant").toString(), "run")
                .directory(folder.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("HOME", folder.toString());
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("SERVER_HOST", "127.0.0.1");
        env.putAll(environment);
        Path log = Files.createTempFile(folder, "service-", ".log");
        builder.redirectOutput(log.toFile());
        long launched = System.nanoTime();
        ArtefactService service = new ArtefactService(builder.start(), port, log, launched);
        service.awaitReady();
        return service;
    }

    static Map<String, String> environment(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                if (get("/observe/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service did not become ready in 120 s:\n" + log());
    }

    /** Seconds since the start script was launched. */
    double secondsSinceLaunch() {
        return (System.nanoTime() - launched) / 1e9;
    }

    String startConversation() throws Exception {
        return json(send(post("/api/v1/conversations", "{}"), 201)).getString("id");
    }

    /** The reply to one message. */
    JsonObject ask(String conversationId, String text) throws Exception {
        String body = Json.createObjectBuilder().add("text", text).build().toString();
        return json(send(post("/api/v1/conversations/" + conversationId + "/messages", body), 200)).getJsonObject("reply");
    }

    JsonObject conversation(String conversationId) throws Exception {
        return json(send(HttpRequest.newBuilder(uri("/api/v1/conversations/" + conversationId)).timeout(Duration.ofSeconds(30)).build(), 200));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, Duration.ofSeconds(5));
    }

    HttpResponse<String> get(String path, Duration timeout) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(timeout).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    int port() {
        return port;
    }

    /** SIGTERM, as systemd and container engines stop it; returns the exit status. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("the service did not stop within 30 s of SIGTERM");
        }
        return process.exitValue();
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    private HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private String send(HttpRequest request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
