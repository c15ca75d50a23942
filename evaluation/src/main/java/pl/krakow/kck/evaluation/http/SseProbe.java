package pl.krakow.kck.evaluation.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Delivery of live events: a client listens to a conversation's event stream while another posts
 * questions to it; the time from sending a question to receiving the event of the assistant's reply.
 */
final class SseProbe {

    /** Delivery latency in ms (p50, p99, max) over {@code rounds} questions. */
    record Result(int rounds, double p50, double p99, double max) {
    }

    private SseProbe() {
    }

    static Result measure(Client client, List<String> questions, int rounds) throws Exception {
        String id = client.start();
        HttpRequest listen = HttpRequest.newBuilder(URI.create(client.base() + "/api/v1/conversations/" + id + "/events"))
                .header("Accept", "text/event-stream").GET().build();
        HttpResponse<InputStream> stream = client.http().send(listen, HttpResponse.BodyHandlers.ofInputStream());
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("data:")) {
                        events.add(line);
                    }
                }
            } catch (IOException e) {
                // closed at the end
            }
        });
        double[] millis = new double[rounds];
        try {
            for (int r = 0; r < rounds; r++) {
                long sent = System.nanoTime();
                if (client.ask(id, questions.get(r % questions.size())) != 200) {
                    throw new IOException("question not answered");
                }
                // the resident's message, then the assistant's reply
                while (true) {
                    String event = events.poll(10, TimeUnit.SECONDS);
                    if (event == null) {
                        throw new IOException("no event within 10 s");
                    }
                    if (event.contains("\"author\":\"assistant\"")) {
                        break;
                    }
                }
                millis[r] = (System.nanoTime() - sent) / 1e6;
            }
        } finally {
            stream.body().close();
            reader.interrupt();
        }
        Arrays.sort(millis);
        return new Result(rounds, millis[rounds / 2], millis[Math.min(rounds - 1, (int) Math.ceil(rounds * 0.99) - 1)], millis[rounds - 1]);
    }
}
