package pl.krakow.kck.channels.console.analytics;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import pl.krakow.kck.bot.analytics.Analytics;
import pl.krakow.kck.bot.analytics.AnalyticsReport;
import pl.krakow.kck.bot.analytics.Period;
import pl.krakow.kck.bot.analytics.Table;
import pl.krakow.kck.bot.handoff.InfolineHours;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;
import pl.krakow.kck.channels.api.ApiException;
import pl.krakow.kck.channels.api.JsonRequests;
import pl.krakow.kck.channels.console.ConsoleAccess;
import pl.krakow.kck.channels.console.ConsoleSession;

/**
 * {@code /console/api/analytics?from=YYYY-MM-DD&to=YYYY-MM-DD} (supervisors): every figure and table of the
 * period as JSON, with the infoline's regular hours for the heat map; {@code /console/api/analytics/csv/<table>}
 * the same period's table as CSV.
 */
public final class AnalyticsRoutes {

    private final Analytics analytics;
    private final ConsoleAccess access;
    private final InfolineHours hours;

    public AnalyticsRoutes(Analytics analytics, ConsoleAccess access, InfolineHours hours) {
        this.analytics = analytics;
        this.access = access;
        this.hours = hours;
    }

    /** @param base e.g. {@code /console/api/analytics} */
    public void register(HttpRouting.Builder routing, String base) {
        routing.get(base, this::json)
                .get(base + "/csv/{table}", this::csv);
    }

    private void json(ServerRequest request, ServerResponse response) {
        supervisor(request);
        AnalyticsReport report = analytics.report(period(request));
        response.header(HeaderNames.CONTENT_TYPE, "application/json; charset=UTF-8");
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.send(AnalyticsJson.of(report, JSON.createObjectBuilder().add("infoline", infoline())).toString());
    }

    private void csv(ServerRequest request, ServerResponse response) {
        supervisor(request);
        Period period = period(request);
        String name = request.path().pathParameters().get("table");
        AnalyticsReport report = analytics.report(period);
        Table table = Optional.ofNullable(report.tables().get(name)).orElseThrow(() -> ApiException.of(Status.NOT_FOUND_404,
                "analytics-table-not-found", "No such table", Messages.text(Lang.PL, "console-analytics.no-table").replace("{table}", name),
                "No analytics table '" + name + "'; tables: " + String.join(", ", report.tables().keySet())));
        response.header(HeaderNames.CONTENT_TYPE, "text/csv; charset=UTF-8");
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.header(HeaderNames.CONTENT_DISPOSITION,
                "attachment; filename=\"kck-" + name + "-" + period.from() + "-" + period.to() + ".csv\"");
        response.send(AnalyticsCsv.of(table).getBytes(StandardCharsets.UTF_8));
    }

    private JsonObjectBuilder infoline() {
        JsonArrayBuilder days = JSON.createArrayBuilder();
        hours.days().stream().sorted().forEach(d -> days.add(d.getValue()));
        return JSON.createObjectBuilder()
                .add("days", days)
                .add("opens", hours.opens().toString())
                .add("closes", hours.closes().toString())
                .add("hours", hours.hoursText());
    }

    private Period period(ServerRequest request) {
        try {
            return Period.parse(request.query().first("from").orElse(null), request.query().first("to").orElse(null), hours.zone());
        } catch (IllegalArgumentException e) {
            throw JsonRequests.bad("invalid-period", Messages.text(Lang.PL, "console-analytics.invalid-period")
                    .replace("{days}", String.valueOf(Period.MAX_DAYS)),
                    e.getMessage());
        }
    }

    private ConsoleSession supervisor(ServerRequest request) {
        ConsoleSession session = access.session(request);
        ConsoleAccess.requireSupervisor(session);
        return session;
    }
}
