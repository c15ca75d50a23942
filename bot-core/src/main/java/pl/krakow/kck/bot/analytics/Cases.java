package pl.krakow.kck.bot.analytics;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What went beyond self-service in a period: handoffs to consultants (by reason and mode, with the wait in the
 * queue until a consultant claimed the case), problem reports by category and status, and residents' feedback.
 */
final class Cases {

    /*
     * The cases of the period one by one (a range of the covering index of V30_2), their waits summed up here: H2
     * took seconds for PERCENTILE_CONT over EXTRACT(EPOCH ...) of a year's cases, reading them takes a fraction.
     */
    private static final String HANDOFFS = "SELECT reason, mode, requested_at, claimed_at FROM handoff WHERE requested_at >= ? AND requested_at < ?";
    private static final String RESOLUTIONS = "SELECT COALESCE(resolution, state), COUNT(*) FROM handoff "
            + "WHERE requested_at >= ? AND requested_at < ? GROUP BY COALESCE(resolution, state) ORDER BY COUNT(*) DESC, 1";
    private static final String REPORTS = "SELECT service_code, MAX(service_name), status, COUNT(*) FROM report "
            + "WHERE requested_at >= ? AND requested_at < ? GROUP BY service_code, status ORDER BY COUNT(*) DESC, service_code, status";
    private static final String FEEDBACK = "SELECT helpful, reason, reply_kind, COUNT(*) FROM feedback "
            + "WHERE created_at >= ? AND created_at < ? AND message_id IS NOT NULL GROUP BY helpful, reason, reply_kind "
            + "ORDER BY helpful DESC, COUNT(*) DESC, reason, reply_kind";
    private static final String SATISFACTION = "SELECT score, COUNT(*) FROM feedback "
            + "WHERE created_at >= ? AND created_at < ? AND handoff_id IS NOT NULL GROUP BY score ORDER BY score";

    final Table handoffs;
    final Table resolutions;
    final Table reports;
    final Table feedback;
    final Table satisfaction;

    Cases(AnalyticsSql sql, Period period) {
        QueueWaits waits = new QueueWaits();
        sql.rows(HANDOFFS, period, r -> {
            waits.add(r.getString(1), r.getString(2), r.getObject(3, OffsetDateTime.class), r.getObject(4, OffsetDateTime.class));
            return null;
        });
        this.handoffs = waits.table();
        Table.Builder resolutions = Table.named("resolutions", "resolution", "cases");
        sql.rows(RESOLUTIONS, period, r -> resolutions.row(r.getString(1), r.getLong(2)));
        this.resolutions = resolutions.build();
        Table.Builder reports = Table.named("reports_by_category", "service_code", "category", "status", "reports");
        sql.rows(REPORTS, period, r -> reports.row(r.getString(1), r.getString(2), r.getString(3), r.getLong(4)));
        this.reports = reports.build();
        Table.Builder feedback = Table.named("feedback", "rating", "reason", "reply_kind", "count");
        sql.rows(FEEDBACK, period, r -> feedback.row(r.getBoolean(1) ? "up" : "down", r.getString(2), r.getString(3), r.getLong(4)));
        this.feedback = feedback.build();
        Table.Builder satisfaction = Table.named("satisfaction", "score", "count");
        sql.rows(SATISFACTION, period, r -> satisfaction.row((long) r.getInt(1), r.getLong(2)));
        this.satisfaction = satisfaction.build();
    }

    long thumbs(boolean up) {
        String rating = up ? "up" : "down";
        long sum = 0;
        for (int i = 0; i < feedback.rows().size(); i++) {
            if (rating.equals(feedback.cell(i, "rating"))) {
                sum += (Long) feedback.cell(i, "count");
            }
        }
        return sum;
    }

    Double satisfactionAverage() {
        long count = 0;
        long sum = 0;
        for (List<Object> row : satisfaction.rows()) {
            count += (Long) row.get(1);
            sum += (Long) row.get(0) * (Long) row.get(1);
        }
        return count == 0 ? null : Math.round(sum * 100.0 / count) / 100.0;
    }
}
