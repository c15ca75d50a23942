package pl.krakow.kck.channels.api;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import pl.krakow.kck.bot.reports.ReportOutbox;
import pl.krakow.kck.channels.reports.Reports;

/**
 * {@code GET /api/v1/reports/outbox}: forwarding to the city's system as operators watch it — whether it
 * is on, how many reports wait and how many went, and every report whose sending failed at least once,
 * with its attempts, last error and next attempt. No personal data.
 */
public final class ReportsApi implements HttpService {

    private final Reports reports;

    public ReportsApi(Reports reports) {
        this.reports = reports;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/outbox", this::outbox);
    }

    private void outbox(ServerRequest request, ServerResponse response) {
        ReportOutbox.Summary summary = reports.outbox().summary();
        JsonArrayBuilder failing = JSON.createArrayBuilder();
        for (ReportOutbox.Entry entry : summary.failing()) {
            JsonObjectBuilder item = JSON.createObjectBuilder()
                    .add("serviceRequestId", entry.number())
                    .add("attempts", entry.attempts())
                    .add("nextAttemptAt", entry.nextAttemptAt().toString());
            if (entry.lastAttemptAt() != null) {
                item.add("lastAttemptAt", entry.lastAttemptAt().toString());
            }
            if (entry.lastError() != null) {
                item.add("lastError", entry.lastError());
            }
            failing.add(item);
        }
        ConversationApi.send(response, JSON.createObjectBuilder()
                .add("forwarding", reports.forwarding())
                .add("pending", summary.pending())
                .add("sent", summary.sent())
                .add("failing", failing)
                .build());
    }
}
