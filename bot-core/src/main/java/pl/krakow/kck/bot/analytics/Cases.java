package pl.krakow.kck.bot.analytics;

import java.util.List;

/**
 * What went beyond self-service in a period: handoffs to consultants (by reason and mode, with the wait in the
 * queue until a consultant claimed the case), problem reports by category and status, and residents' feedback.
 */
final class Cases {

    private static final String WAIT = AnalyticsSql.secondsBetween("requested_at", "claimed_at");
    private static final String HANDOFFS = "SELECT reason, mode, COUNT(*), COUNT(claimed_at), AVG(" + WAIT + "), "
            + "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY " + WAIT + "), "
            + "PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY " + WAIT + "), MAX(" + WAIT + ") "
            + "FROM handoff WHERE requested_at >= ? AND requested_at < ? GROUP BY reason, mode ORDER BY COUNT(*) DESC, reason, mode";
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
        Table.Builder handoffs = Table.named("handoffs", "reason", "mode", "cases", "claimed",
                "wait_avg_s", "wait_median_s", "wait_p90_s", "wait_max_s");
        sql.rows(HANDOFFS, period, r -> handoffs.row(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4),
                Rates.round1(AnalyticsSql.nullableDouble(r, 5)), Rates.round1(AnalyticsSql.nullableDouble(r, 6)),
                Rates.round1(AnalyticsSql.nullableDouble(r, 7)), Rates.round1(AnalyticsSql.nullableDouble(r, 8))));
        this.handoffs = handoffs.build();
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
