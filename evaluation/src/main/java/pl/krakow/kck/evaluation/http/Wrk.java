package pl.krakow.kck.evaluation.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk (the Debian package) with a Lua script and reads its summary. */
final class Wrk {

    /** One run: requests per second, latency percentiles in ms, failed requests (non-2xx and socket errors). */
    record Result(int connections, double perSecond, double p50, double p99, long requests, long errors) {
        String json() {
            return String.format(Locale.ROOT, "{\"connections\":%d,\"rps\":%.1f,\"p50_ms\":%.2f,\"p99_ms\":%.2f,\"requests\":%d,\"errors\":%d}",
                    connections, perSecond, p50, p99, requests, errors);
        }
    }

    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern REQUESTS = Pattern.compile("([0-9]+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+([0-9]+)");
    private static final Pattern SOCKET = Pattern.compile("Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+)");

    private final Path script;

    Wrk(Path script) {
        this.script = script;
    }

    static boolean installed() {
        try {
            Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor(5, TimeUnit.SECONDS);
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Result run(String base, int connections, int seconds) throws IOException, InterruptedException {
        int threads = Math.min(connections, 2);
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--timeout", "10s", "--latency", "-s", script.toString(), base));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return parse(connections, output);
    }

    static Result parse(int connections, String output) throws IOException {
        Matcher rps = RPS.matcher(output);
        Matcher requests = REQUESTS.matcher(output);
        if (!rps.find() || !requests.find()) {
            throw new IOException("unexpected wrk output:\n" + output);
        }
        long errors = 0;
        Matcher non2xx = NON_2XX.matcher(output);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET.matcher(output);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(socket.group(g));
            }
        }
        return new Result(connections, Double.parseDouble(rps.group(1)), percentile(output, "50%"), percentile(output, "99%"),
                Long.parseLong(requests.group(1)), errors);
    }

    /** A line of wrk's latency distribution, e.g. {@code 99%   12.34ms}, in milliseconds. */
    private static double percentile(String output, String which) throws IOException {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(which) + "\\s+([0-9.]+)(us|ms|s|m)").matcher(output);
        if (!m.find()) {
            throw new IOException("no " + which + " latency in wrk output:\n" + output);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            case "s" -> value * 1000;
            default -> value * 60_000;
        };
    }
}
