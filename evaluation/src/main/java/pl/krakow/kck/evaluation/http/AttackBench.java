package pl.krakow.kck.evaluation.http;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./kck attack}: starts the service as {@code serve} does (default limits, a fresh H2 file), then runs
 * each attack of issue 10 against it for {@code --seconds} while a resident (a new loopback address each
 * time, as different residents are) starts a conversation and asks a question every 100 ms. Prints the
 * residents' answer time (p50, p95), their failures and the readiness after each attack.
 */
public final class AttackBench {

    private static final String QUESTION = "{\"text\":\"Jak wyrobić dowód osobisty?\"}";

    private final PrintStream out;
    private final int seconds;

    private AttackBench(PrintStream out, int seconds) {
        this.out = out;
        this.seconds = seconds;
    }

    public static void main(String[] args) throws Exception {
        int seconds = 15;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seconds") && i + 1 < args.length) {
                seconds = Integer.parseInt(args[++i]);
            }
        }
        new AttackBench(System.out, seconds).run();
        System.exit(0);
    }

    private void run() throws Exception {
        String javaHome = System.getProperty("java.home");
        List<String> flags = new ArrayList<>(Arrays.stream(System.getProperty("kck.bench.jvm-flags", "").split(" ")).filter(f -> !f.isBlank()).toList());
        int port = JavaProcess.freePort();
        Path work = Files.createTempDirectory("kck-attack");
        flags.addAll(List.of("-Dserver.port=" + port, "-Dserver.host=0.0.0.0", "-Dkck.database.url=jdbc:h2:file:" + work.resolve("kck"),
                "-Dkck.watch-knowledge-base=false"));
        String classpath = System.getProperty("kck.bench.service-classpath", System.getProperty("java.class.path"));
        try (JavaProcess service = JavaProcess.start(javaHome, flags, classpath, "pl.krakow.kck.channels.Main", List.of(),
                work.resolve("service.log"), port)) {
            long ready = new Client(service.base()).firstAnswer(service.startedNanos, service, Duration.ofSeconds(120));
            out.printf(Locale.ROOT, "service ready %d ms after launch; %d cores; each attack %d s from 127.0.0.1, residents from 127.0.1.x%n",
                    ready, Runtime.getRuntime().availableProcessors(), seconds);
            residents(port, 5); // warm-up: the first answers of a fresh JVM are slow
            out.println("| attack | attacker requests/connections | residents | p50 ms | p95 ms | failed | ready after |");
            out.println("|---|---:|---:|---:|---:|---:|---|");
            for (Attacks.Attack attack : Attacks.all()) {
                AtomicBoolean running = new AtomicBoolean(true);
                AtomicLong sent = new AtomicLong();
                attack.start("127.0.0.1", port, running, sent);
                Attacks.sleep(1000); // let it build up
                Residents residents = residents(port, seconds);
                running.set(false);
                Attacks.sleep(1500);
                String readiness = readiness(port);
                out.printf(Locale.ROOT, "| %s | %,d | %d | %.1f | %.1f | %d | %s |%n", attack.name(), sent.get(), residents.answered(),
                        residents.percentile(50), residents.percentile(95), residents.failed(), readiness);
                if (!service.alive()) {
                    out.println("the service died:\n" + service.tail());
                    return;
                }
            }
            out.println("log of the service: " + work.resolve("service.log"));
        }
    }

    private record Residents(List<Double> millis, int failed) {
        int answered() {
            return millis.size();
        }

        double percentile(int p) {
            if (millis.isEmpty()) {
                return Double.NaN;
            }
            List<Double> sorted = millis.stream().sorted().toList();
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }
    }

    private Residents residents(int port, int seconds) throws Exception {
        List<Double> millis = new ArrayList<>();
        int failed = 0;
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        int n = 0;
        while (System.nanoTime() < end) {
            long started = System.nanoTime();
            InetAddress from = InetAddress.getByName("127.0.1." + (2 + n++ % 250));
            try (HttpClient http = HttpClient.newBuilder().localAddress(from).version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build()) {
                HttpResponse<String> conversation = http.send(post(port, "/api/v1/conversations", "{}"), HttpResponse.BodyHandlers.ofString());
                String id = conversation.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
                long asked = System.nanoTime();
                HttpResponse<String> answer = http.send(post(port, "/api/v1/conversations/" + id + "/messages", QUESTION),
                        HttpResponse.BodyHandlers.ofString());
                if (conversation.statusCode() == 201 && answer.statusCode() == 200) {
                    millis.add((System.nanoTime() - asked) / 1e6);
                } else {
                    failed++;
                }
            } catch (java.io.IOException e) {
                failed++;
            }
            long spent = (System.nanoTime() - started) / 1_000_000;
            Attacks.sleep(Math.max(0, 100 - spent));
        }
        return new Residents(millis, failed);
    }

    private static HttpRequest post(int port, String path, String json) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static String readiness(int port) {
        try (HttpClient http = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.2.1")).build()) {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/observe/health/ready"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 ? "ready" : "NOT READY " + health.body();
        } catch (Exception e) {
            return "UNREACHABLE (" + e.getClass().getSimpleName() + ")";
        }
    }
}
