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
 * Conversations and messages of a period, counted in SQL per UTC hour and folded here into the contact
 * centre's local days, months, and the weekday × hour load map (exact across daylight-saving changes).
 */
final class Traffic {

    /** Messages of one hour by author and reply kind (null for residents' messages). */
    record MessageHour(long hour, String author, String kind, long count) {
    }

    /** Conversations started in one hour on one channel, and how many messages they hold. */
    record ConversationHour(long hour, String channel, long count, long messages) {
    }

    /** Something else counted per hour (handoffs, reports). */
    record Hour(long hour, long count) {
    }

    final List<MessageHour> messages;
    final List<ConversationHour> conversations;
    final List<Hour> handoffs;
    final List<Hour> reports;
    private final Period period;

    Traffic(AnalyticsSql sql, Period period) {
        this.period = period;
        String messageHour = sql.utcDayAndHour("created_at");
        this.messages = sql.rows("SELECT " + messageHour + ", author, kind, COUNT(*) FROM message "
                        + "WHERE created_at >= ? AND created_at < ? GROUP BY " + messageHour + ", author, kind", period,
                r -> new MessageHour(AnalyticsSql.epochHour(r, 1), r.getString(3), r.getString(4), r.getLong(5)));
        String conversationHour = sql.utcDayAndHour("created_at");
        this.conversations = sql.rows("SELECT " + conversationHour + ", channel, COUNT(*), SUM(message_count) FROM conversation "
                        + "WHERE created_at >= ? AND created_at < ? AND message_count > 0 GROUP BY " + conversationHour + ", channel", period,
                r -> new ConversationHour(AnalyticsSql.epochHour(r, 1), r.getString(3), r.getLong(4), r.getLong(5)));
        String requestHour = sql.utcDayAndHour("requested_at");
        this.handoffs = sql.rows("SELECT " + requestHour + ", COUNT(*) FROM handoff WHERE requested_at >= ? AND requested_at < ? "
                + "GROUP BY " + requestHour, period, r -> new Hour(AnalyticsSql.epochHour(r, 1), r.getLong(3)));
        this.reports = sql.rows("SELECT " + requestHour + ", COUNT(*) FROM report WHERE requested_at >= ? AND requested_at < ? "
                + "GROUP BY " + requestHour, period, r -> new Hour(AnalyticsSql.epochHour(r, 1), r.getLong(3)));
    }

    long conversationCount() {
        return conversations.stream().mapToLong(ConversationHour::count).sum();
    }

    long messageCount() {
        return messages.stream().mapToLong(MessageHour::count).sum();
    }

    /** Assistant's replies of one kind. */
    long replies(String kind) {
        return messages.stream().filter(m -> "assistant".equals(m.author()) && kind.equals(m.kind())).mapToLong(MessageHour::count).sum();
    }

    Table byChannel() {
        Map<String, long[]> channels = new TreeMap<>();
        conversations.forEach(c -> {
            long[] sums = channels.computeIfAbsent(c.channel(), k -> new long[2]);
            sums[0] += c.count();
            sums[1] += c.messages();
        });
        Table.Builder table = Table.named("by_channel", "channel", "conversations", "messages");
        channels.forEach((channel, sums) -> table.row(channel, sums[0], sums[1]));
        return table.build();
    }

    Table byAuthor() {
        Map<String, Long> authors = new TreeMap<>();
        messages.forEach(m -> authors.merge(m.author(), m.count(), Long::sum));
        Table.Builder table = Table.named("by_author", "author", "messages");
        authors.forEach(table::row);
        return table.build();
    }

    Table byKind() {
        Map<String, Long> kinds = new TreeMap<>();
        messages.stream().filter(m -> "assistant".equals(m.author()) && m.kind() != null)
                .forEach(m -> kinds.merge(m.kind(), m.count(), Long::sum));
        long total = kinds.values().stream().mapToLong(Long::longValue).sum();
        Table.Builder table = Table.named("by_kind", "kind", "replies", "share");
        kinds.forEach((kind, count) -> table.row(kind, count, Rates.share(count, total)));
        return table.build();
    }

    /** Conversations started per weekday (1 = Monday) and local hour: all 168 cells. */
    Table heatMap() {
        long[][] cells = new long[7][24];
        conversations.forEach(c -> {
            ZonedDateTime local = local(c.hour());
            cells[local.getDayOfWeek().getValue() - 1][local.getHour()] += c.count();
        });
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
            days.put(day, new long[6]);
        }
        conversations.forEach(c -> add(days, c.hour(), 0, c.count()));
        messages.forEach(m -> {
            add(days, m.hour(), 1, m.count());
            if ("resident".equals(m.author())) {
                add(days, m.hour(), 2, m.count());
            } else if ("fallback".equals(m.kind())) {
                add(days, m.hour(), 3, m.count());
            }
        });
        handoffs.forEach(h -> add(days, h.hour(), 4, h.count()));
        reports.forEach(r -> add(days, r.hour(), 5, r.count()));
        Table.Builder table = Table.named("daily", "date", "conversations", "messages", "resident_messages", "fallbacks", "handoffs", "reports");
        days.forEach((day, n) -> table.row(day.toString(), n[0], n[1], n[2], n[3], n[4], n[5]));
        return table.build();
    }

    /** One row per calendar month touched by the period: contacts and reports per month. */
    Table monthly() {
        Map<YearMonth, long[]> months = new TreeMap<>();
        for (YearMonth month = YearMonth.from(period.from()); !month.isAfter(YearMonth.from(period.to())); month = month.plusMonths(1)) {
            months.put(month, new long[3]);
        }
        conversations.forEach(c -> months.get(YearMonth.from(local(c.hour())))[0] += c.count());
        handoffs.forEach(h -> months.get(YearMonth.from(local(h.hour())))[1] += h.count());
        reports.forEach(r -> months.get(YearMonth.from(local(r.hour())))[2] += r.count());
        Table.Builder table = Table.named("monthly", "month", "conversations", "handoffs", "reports");
        months.forEach((month, n) -> table.row(month.toString(), n[0], n[1], n[2]));
        return table.build();
    }

    private void add(Map<LocalDate, long[]> days, long hour, int column, long count) {
        long[] row = days.get(local(hour).toLocalDate());
        if (row != null) {
            row[column] += count;
        }
    }

    private ZonedDateTime local(long epochHour) {
        return Instant.ofEpochSecond(epochHour * 3600).atZone(period.zone());
    }
}
