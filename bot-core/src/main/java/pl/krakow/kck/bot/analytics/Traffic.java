package pl.krakow.kck.bot.analytics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Conversations and messages of a period from its {@link DayCounts} (roll-ups and today's live count), with the
 * handoffs and reports counted in SQL per UTC hour and folded here into the contact centre's local days and
 * months (exact across daylight-saving changes).
 */
final class Traffic {

    /** Something counted per hour since the epoch (handoffs, reports). */
    record Hour(long hour, long count) {
    }

    private final DayCounts counts;
    private final List<Hour> handoffs;
    private final List<Hour> reports;
    private final Period period;

    Traffic(AnalyticsSql sql, Period period, DayCounts counts) {
        this.period = period;
        this.counts = counts;
        String requestHour = sql.utcDayAndHour("requested_at");
        this.handoffs = sql.rows("SELECT " + requestHour + ", COUNT(*) FROM handoff WHERE requested_at >= ? AND requested_at < ? "
                + "GROUP BY " + requestHour, period, r -> new Hour(AnalyticsSql.epochHour(r, 1), r.getLong(3)));
        this.reports = sql.rows("SELECT " + requestHour + ", COUNT(*) FROM report WHERE requested_at >= ? AND requested_at < ? "
                + "GROUP BY " + requestHour, period, r -> new Hour(AnalyticsSql.epochHour(r, 1), r.getLong(3)));
    }

    /** Conversations whose first message was written in the period. */
    long conversationCount() {
        return counts.contacts().stream().mapToLong(DayCounts.ContactCount::started).sum();
    }

    long messageCount() {
        return counts.messages().stream().mapToLong(DayCounts.MessageCount::count).sum();
    }

    /** Assistant's replies of one kind. */
    long replies(String kind) {
        return counts.messages().stream().filter(m -> "assistant".equals(m.author()) && kind.equals(m.kind()))
                .mapToLong(DayCounts.MessageCount::count).sum();
    }

    /** Conversations started, contacts and messages written per channel. */
    Table byChannel() {
        return split("by_channel", "channel", true);
    }

    /** The same per language the conversations are served in. */
    Table byLanguage() {
        return split("by_language", "lang", false);
    }

    private Table split(String name, String column, boolean channel) {
        Map<String, long[]> sums = new TreeMap<>();
        counts.contacts().forEach(c -> {
            long[] n = sums.computeIfAbsent(channel ? c.channel() : c.lang(), k -> new long[4]);
            n[0] += c.started();
            n[1] += c.contacts();
        });
        counts.messages().forEach(m -> {
            long[] n = sums.computeIfAbsent(channel ? m.channel() : m.lang(), k -> new long[4]);
            n[2] += m.count();
            n[3] += "resident".equals(m.author()) ? m.count() : 0;
        });
        Table.Builder table = Table.named(name, column, "conversations", "contacts", "messages", "resident_messages");
        sums.forEach((key, n) -> table.row(key, n[0], n[1], n[2], n[3]));
        return table.build();
    }

    Table byAuthor() {
        Map<String, Long> authors = new TreeMap<>();
        counts.messages().forEach(m -> authors.merge(m.author(), m.count(), Long::sum));
        Table.Builder table = Table.named("by_author", "author", "messages");
        authors.forEach(table::row);
        return table.build();
    }

    Table byKind() {
        Map<String, Long> kinds = new TreeMap<>();
        counts.messages().stream().filter(m -> "assistant".equals(m.author()) && m.kind() != null)
                .forEach(m -> kinds.merge(m.kind(), m.count(), Long::sum));
        long total = kinds.values().stream().mapToLong(Long::longValue).sum();
        Table.Builder table = Table.named("by_kind", "kind", "replies", "share");
        kinds.forEach((kind, count) -> table.row(kind, count, Rates.share(count, total)));
        return table.build();
    }

    /** Conversations started per weekday (1 = Monday) and local hour: all 168 cells. */
    Table heatMap() {
        long[][] cells = new long[7][24];
        counts.hours().forEach(h -> cells[h.day().getDayOfWeek().getValue() - 1][h.hour()] += h.started());
        Table.Builder table = Table.named("heat_map", "weekday", "hour", "conversations");
        for (DayOfWeek day : DayOfWeek.values()) {
            for (int hour = 0; hour < 24; hour++) {
                table.row((long) day.getValue(), (long) hour, cells[day.getValue() - 1][hour]);
            }
        }
        return table.build();
    }

    /** One row per day of the period, days without traffic included: what KCK counts per day. */
    Table daily() {
        Map<LocalDate, long[]> days = new TreeMap<>();
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            days.put(day, new long[7]);
        }
        counts.contacts().forEach(c -> add(days, c.day(), 0, c.started()));
        counts.contacts().forEach(c -> add(days, c.day(), 1, c.contacts()));
        counts.messages().forEach(m -> {
            add(days, m.day(), 2, m.count());
            if ("resident".equals(m.author())) {
                add(days, m.day(), 3, m.count());
            } else if ("fallback".equals(m.kind())) {
                add(days, m.day(), 4, m.count());
            }
        });
        handoffs.forEach(h -> add(days, local(h.hour()).toLocalDate(), 5, h.count()));
        reports.forEach(r -> add(days, local(r.hour()).toLocalDate(), 6, r.count()));
        Table.Builder table = Table.named("daily", "date", "conversations", "contacts", "messages", "resident_messages", "fallbacks",
                "handoffs", "reports");
        days.forEach((day, n) -> table.row(day.toString(), n[0], n[1], n[2], n[3], n[4], n[5], n[6]));
        return table.build();
    }

    /** One row per calendar month touched by the period: contacts and reports per month. */
    Table monthly() {
        Map<YearMonth, long[]> months = new TreeMap<>();
        for (YearMonth month = YearMonth.from(period.from()); !month.isAfter(YearMonth.from(period.to())); month = month.plusMonths(1)) {
            months.put(month, new long[4]);
        }
        counts.contacts().forEach(c -> {
            months.get(YearMonth.from(c.day()))[0] += c.started();
            months.get(YearMonth.from(c.day()))[1] += c.contacts();
        });
        handoffs.forEach(h -> months.get(YearMonth.from(local(h.hour())))[2] += h.count());
        reports.forEach(r -> months.get(YearMonth.from(local(r.hour())))[3] += r.count());
        Table.Builder table = Table.named("monthly", "month", "conversations", "contacts", "handoffs", "reports");
        months.forEach((month, n) -> table.row(month.toString(), n[0], n[1], n[2], n[3]));
        return table.build();
    }

    private static void add(Map<LocalDate, long[]> days, LocalDate day, int column, long count) {
        long[] row = days.get(day);
        if (row != null) {
            row[column] += count;
        }
    }

    private ZonedDateTime local(long epochHour) {
        return Instant.ofEpochSecond(epochHour * 3600).atZone(period.zone());
    }
}
