package pl.krakow.kck.bot.reports;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import pl.krakow.kck.bot.jobs.Backoff;
import pl.krakow.kck.bot.jobs.PeriodicWorker;

/**
 * Sends filed reports to the city's Open311 GeoReport v2 endpoint ({@code POST <endpoint>/requests.json},
 * form-encoded, with the configured api_key), from the outbox, until each is accepted: a failure
 * (refusal, error status, timeout, no connection) is recorded and retried after a delay that doubles
 * from {@code initialBackoff} up to {@code maxBackoff}. Each request carries
 * {@code Idempotency-Key: <report number>}, so a city endpoint that honours it ignores the one repeat a
 * crash between its answer and our commit can cause.
 */
public final class OutboxForwarder implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OutboxForwarder.class.getName());
    private static final int BATCH = 20;

    /**
     * @param endpoint the city's Open311 base URL, e.g. {@code https://city.example/open311/v2/}
     * @param apiKey   the key the city gave us
     */
    public record Settings(URI endpoint, String apiKey, String jurisdiction, Duration timeout, Duration initialBackoff,
                           Duration maxBackoff, Duration pollInterval) {

        public Settings {
            String base = endpoint.toString();
            endpoint = URI.create(base.endsWith("/") ? base : base + "/");
        }
    }

    private final ReportOutbox outbox;
    private final ReportRepository reports;
    private final Settings settings;
    private final HttpClient http;
    private final Backoff backoff;
    private final PeriodicWorker worker = new PeriodicWorker("report-outbox", this::runOnce);

    public OutboxForwarder(ReportOutbox outbox, ReportRepository reports, Settings settings) {
        this.outbox = outbox;
        this.reports = reports;
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).version(HttpClient.Version.HTTP_1_1).build();
        this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
    }

    /** Polls the outbox every {@code pollInterval} on a background thread. */
    public void start() {
        worker.start(settings.pollInterval(), settings.pollInterval());
    }

    /** One pass: sends every due entry once; returns how many were accepted. */
    public int runOnce() {
        int accepted = 0;
        for (ReportOutbox.Entry entry : outbox.claimDue(BATCH, settings.timeout().multipliedBy(2).plusSeconds(10))) {
            int attempt = entry.attempts() + 1;
            try {
                String remoteId = send(reports.findById(entry.reportId()).orElseThrow());
                outbox.sent(entry.reportId(), remoteId);
                accepted++;
                LOG.info(() -> "report " + entry.number() + " forwarded as " + remoteId + " (attempt " + attempt + ")");
            } catch (Exception e) {
                Duration retry = backoff(attempt);
                String error = Backoff.describe(e);
                outbox.failed(entry.reportId(), error, retry);
                LOG.warning(() -> "report " + entry.number() + " not forwarded (attempt " + attempt + "): " + error
                        + "; retry in " + retry.toMillis() + " ms");
            }
        }
        return accepted;
    }

    /** The delay before attempt {@code attempt + 1}: initial × 2^(attempt − 1), at most the maximum. */
    Duration backoff(int attempt) {
        return backoff.after(attempt);
    }

    private String send(Report report) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(settings.endpoint().resolve("requests.json"))
                .timeout(settings.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Accept", "application/json")
                .header("Idempotency-Key", report.number())
                .POST(HttpRequest.BodyPublishers.ofString(form(report)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            String body = response.body() == null ? "" : response.body();
            throw new IllegalStateException("HTTP " + response.statusCode() + (body.isBlank() ? "" : ": " + abbreviate(body)));
        }
        return remoteId(response.body());
    }

    /** The Open311 POST service request form: api_key, service_code, the place, the description, attributes, contact. */
    String form(Report report) {
        List<String> fields = new ArrayList<>();
        field(fields, "api_key", settings.apiKey());
        field(fields, "jurisdiction_id", settings.jurisdiction());
        field(fields, "service_code", report.serviceCode());
        if (report.hasCoordinates()) {
            field(fields, "lat", String.format(Locale.ROOT, "%.6f", report.lat()));
            field(fields, "long", String.format(Locale.ROOT, "%.6f", report.lon()));
        }
        field(fields, "address_string", report.address() != null ? report.address() : report.hasCoordinates() ? null : "Kraków");
        field(fields, "description", report.description() + " [" + report.number() + "]");
        field(fields, "email", report.email());
        field(fields, "phone", report.phone());
        for (Map.Entry<String, List<String>> attribute : report.attributes().entrySet()) {
            if (attribute.getValue().size() == 1) {
                field(fields, "attribute[" + attribute.getKey() + "]", attribute.getValue().getFirst());
            } else {
                attribute.getValue().forEach(v -> field(fields, "attribute[" + attribute.getKey() + "][]", v));
            }
        }
        return String.join("&", fields);
    }

    private static void field(List<String> fields, String name, String value) {
        if (value != null && !value.isEmpty()) {
            fields.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    /** {@code [{"service_request_id": "..."}]} or, for a city that answers later, {@code [{"token": "..."}]}. */
    private static String remoteId(String body) {
        try (JsonReader reader = JSON.createReader(new StringReader(body == null ? "" : body))) {
            JsonValue value = reader.readValue();
            JsonObject first = value instanceof JsonArray array && !array.isEmpty() ? array.getJsonObject(0)
                    : value instanceof JsonObject object ? object : null;
            if (first != null) {
                if (first.containsKey("service_request_id") && !first.isNull("service_request_id")) {
                    return first.get("service_request_id") instanceof jakarta.json.JsonString s ? s.getString()
                            : first.get("service_request_id").toString();
                }
                if (first.containsKey("token") && !first.isNull("token")) {
                    return "token:" + first.getString("token");
                }
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException("unreadable answer: " + abbreviate(String.valueOf(body)), e);
        }
        throw new IllegalStateException("no service_request_id in the answer: " + abbreviate(String.valueOf(body)));
    }

    private static String abbreviate(String text) {
        String single = text.replaceAll("\\s+", " ").strip();
        return single.length() > 200 ? single.substring(0, 200) + "…" : single;
    }

    @Override
    public void close() {
        worker.closeNow(); // a send may wait on the city's endpoint
        http.close();
    }
}
