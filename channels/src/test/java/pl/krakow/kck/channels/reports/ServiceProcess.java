package pl.krakow.kck.channels.reports;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * The service as a separate JVM (pl.krakow.kck.channels.Main on the test classpath) over an H2 file in a
 * temporary folder (or the database given by a {@code -Dkck.database.url} among the properties), with the real knowledge base and catalogue, driven over HTTP, and killed like
 * {@code kill -9} ({@link Process#destroyForcibly()}).
 */
public final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

    private ServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the service and waits until it answers its health check. */
    static ServiceProcess start(Path folder, String haltAt) throws Exception {
        return start(folder, haltAt == null ? List.of() : List.of("-Dkck.reports.halt-at=" + haltAt), 0);
    }

    /**
     * @param properties  further -D options
     * @param openFiles   the process's open-files limit (ulimit -n, through bash), 0 for the inherited one
     */
    public static ServiceProcess start(Path folder, List<String> properties, int openFiles) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8",
                "-Dserver.port=" + port, "-Dserver.host=127.0.0.1",
                "-Dkck.database.url=jdbc:h2:file:" + folder.resolve("kck").toAbsolutePath(),
                "-Dkck.knowledge-base=../faq-corpus/articles",
                "-Dkck.reports.categories=../faq-corpus/reports/categories.json",
                "-Dkck.watch-knowledge-base=false"));
        command.addAll(properties);
        if (openFiles > 0) {
            command.addAll(0, List.of("bash", "-c", "ulimit -n " + openFiles + " && exec \"$0\" \"$@\""));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "pl.krakow.kck.channels.Main"));
        Path log = Files.createTempFile(folder, "service-", ".log");
        Process process = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ServiceProcess service = new ServiceProcess(process, port, log);
        service.awaitHealthy();
        return service;
    }

    private void awaitHealthy() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos(); // a busy shared machine: start took 75 s at load 20
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/observe/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service did not become healthy:\n" + Files.readString(log));
    }

    public int port() {
        return port;
    }

    /** What the service has logged so far. */
    public String log() throws IOException {
        return Files.readString(log);
    }

    public String startConversation() throws Exception {
        return json(send(post("/api/v1/conversations", "{}"))).getString("id");
    }

    /** The assistant's reply text to one message. */
    public String say(String conversationId, String text) throws Exception {
        return json(send(message(conversationId, text))).getJsonObject("reply").getString("text");
    }

    /** Sends a message without waiting; the future fails when the process dies first. */
    CompletableFuture<HttpResponse<String>> sayLater(String conversationId, String text) {
        return http.sendAsync(message(conversationId, text), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    int reportCount() throws Exception {
        try (var reader = Json.createReader(new StringReader(send(HttpRequest.newBuilder(uri("/open311/v2/requests.json")).build())))) {
            JsonArray requests = reader.readArray();
            return requests.size();
        }
    }

    /** What the assistant said in the conversation, in order. */
    List<String> assistantMessages(String conversationId) throws Exception {
        JsonObject conversation = json(send(HttpRequest.newBuilder(uri("/api/v1/conversations/" + conversationId)).build()));
        return conversation.getJsonArray("messages").stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("author").equals("assistant")).map(m -> m.getString("text")).toList();
    }

    /** The city's Open311 status update ({@code POST /open311/v2/requests/{number}/status.json}). */
    void cityUpdates(String number, String apiKey, String status, String notes) throws Exception {
        String form = "api_key=" + java.net.URLEncoder.encode(apiKey, StandardCharsets.UTF_8) + "&status=" + status
                + "&status_notes=" + java.net.URLEncoder.encode(notes, StandardCharsets.UTF_8);
        send(HttpRequest.newBuilder(uri("/open311/v2/requests/" + number + "/status.json")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build());
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits for the process to end on its own (a halt at a fault-injection point). */
    boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private HttpRequest message(String conversationId, String text) {
        return post("/api/v1/conversations/" + conversationId + "/messages",
                Json.createObjectBuilder().add("text", text).build().toString());
    }

    private HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
        http.close();
    }
}
