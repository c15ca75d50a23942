package pl.krakow.kck.bot.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import pl.krakow.kck.bot.storage.StorageException;

/**
 * The daily roll-ups (migration V20): a closed day's {@link DayCounts}, written once in one transaction that
 * starts with the day's {@code analytics_day} row, so two nodes never roll up the same day twice. Roll-ups of
 * another time zone than the configured one are dropped when this is created (their days are cut differently).
 */
final class Rollups {

    private static final String[] TABLES = {"analytics_messages", "analytics_contacts", "analytics_hours", "analytics_articles",
            "analytics_unanswered", "analytics_day"};

    /** The longest wording kept (the column's size). */
    static final int WORDING_MAX = 8000;

    private final DataSource dataSource;
    private final ZoneId zone;
    private final boolean sumInDatabase;

    /** @param sumInDatabase sum articles and wordings over the days in SQL (PostgreSQL) rather than in Java (H2) */
    Rollups(DataSource dataSource, ZoneId zone, boolean sumInDatabase) {
        this.dataSource = dataSource;
        this.zone = zone;
        this.sumInDatabase = sumInDatabase;
        dropOtherZones();
    }

    ZoneId zone() {
        return zone;
    }

    /** The days between {@code from} and {@code to} (inclusive) that are rolled up. */
    Set<LocalDate> rolled(LocalDate from, LocalDate to) {
        Set<LocalDate> days = new TreeSet<>();
        query("SELECT on_day FROM analytics_day WHERE on_day >= ? AND on_day <= ?", from, to, r -> days.add(r.getObject(1, LocalDate.class)));
        return days;
    }

    /** Stores one day's counts; false when another node stored that day first. */
    boolean store(LocalDate day, DayCounts counts, OffsetDateTime now) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO analytics_day (on_day, zone_id, rolled_at) VALUES (?, ?, ?)")) {
                    insert.setObject(1, day);
                    insert.setString(2, zone.getId());
                    insert.setObject(3, now.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
                    insert.executeUpdate();
                }
                write(c, day, counts);
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                    return false; // another node rolled the day up a moment earlier
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("cannot store the analytics roll-up of " + day, e);
        }
    }

    private static void write(Connection c, LocalDate day, DayCounts counts) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO analytics_messages (on_day, channel, lang, author, kind, messages) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (DayCounts.MessageCount m : counts.messages()) {
                insert.setObject(1, day);
                insert.setString(2, m.channel());
                insert.setString(3, m.lang());
                insert.setString(4, m.author());
                insert.setString(5, m.kind() == null ? "" : m.kind());
                insert.setLong(6, m.count());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO analytics_contacts (on_day, channel, lang, started, contacts, "
                + "contained, handed_over, repeated_misses) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (DayCounts.ContactCount k : counts.contacts()) {
                insert.setObject(1, day);
                insert.setString(2, k.channel());
                insert.setString(3, k.lang());
                insert.setLong(4, k.started());
                insert.setLong(5, k.contacts());
                insert.setLong(6, k.contained());
                insert.setLong(7, k.handedOver());
                insert.setLong(8, k.repeatedMisses());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO analytics_hours (on_day, at_hour, started) VALUES (?, ?, ?)")) {
            for (DayCounts.HourCount h : counts.hours()) {
                insert.setObject(1, day);
                insert.setInt(2, h.hour());
                insert.setLong(3, h.started());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO analytics_articles (on_day, article_id, topic, answers) VALUES (?, ?, ?, ?)")) {
            for (DayCounts.ArticleCount a : counts.articles()) {
                insert.setObject(1, day);
                insert.setString(2, a.articleId());
                insert.setString(3, a.topic());
                insert.setLong(4, a.answers());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO analytics_unanswered (on_day, group_key, wording, asked) VALUES (?, ?, ?, ?)")) {
            for (DayCounts.QuestionCount q : counts.questions()) {
                insert.setObject(1, day);
                insert.setString(2, cut(q.key(), 400));
                insert.setString(3, cut(q.wording(), WORDING_MAX));
                insert.setLong(4, q.count());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /**
     * The rolled-up days between {@code from} and {@code to} (inclusive), each table read from its covering index (V31)
     * in day order. Articles and questions are summed over the days by PostgreSQL, which sends a tenth of the rows; on H2
     * they are read one row per day and summed up by {@link Outcomes} and {@link QuestionGroups}, which merge them
     * anyway: H2's GROUP BY over a year's 57,000 article rows and 67,000 wordings took twice the CPU of reading them.
     */
    DayCounts read(LocalDate from, LocalDate to) {
        List<DayCounts.MessageCount> messages = new ArrayList<>();
        query("SELECT on_day, channel, lang, author, kind, messages FROM analytics_messages WHERE on_day >= ? AND on_day <= ?", from, to,
                r -> messages.add(new DayCounts.MessageCount(r.getObject(1, LocalDate.class), r.getString(2), r.getString(3),
                        r.getString(4), r.getString(5).isEmpty() ? null : r.getString(5), r.getLong(6))));
        List<DayCounts.ContactCount> contacts = new ArrayList<>();
        query("SELECT on_day, channel, lang, started, contacts, contained, handed_over, repeated_misses FROM analytics_contacts "
                + "WHERE on_day >= ? AND on_day <= ?", from, to, r -> contacts.add(new DayCounts.ContactCount(r.getObject(1, LocalDate.class),
                r.getString(2), r.getString(3), r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7), r.getLong(8))));
        List<DayCounts.HourCount> hours = new ArrayList<>();
        query("SELECT on_day, at_hour, started FROM analytics_hours WHERE on_day >= ? AND on_day <= ?", from, to,
                r -> hours.add(new DayCounts.HourCount(r.getObject(1, LocalDate.class), r.getInt(2), r.getLong(3))));
        List<DayCounts.ArticleCount> articles = new ArrayList<>();
        query(sumInDatabase ? "SELECT article_id, MAX(topic), SUM(answers) FROM analytics_articles WHERE on_day >= ? AND on_day <= ? "
                        + "GROUP BY article_id" : "SELECT article_id, topic, answers FROM analytics_articles WHERE on_day >= ? AND on_day <= ?",
                from, to, r -> articles.add(new DayCounts.ArticleCount(r.getString(1), r.getString(2), r.getLong(3))));
        List<DayCounts.QuestionCount> questions = new ArrayList<>();
        query(sumInDatabase ? "SELECT group_key, wording, SUM(asked) FROM analytics_unanswered WHERE on_day >= ? AND on_day <= ? "
                        + "GROUP BY group_key, wording" : "SELECT group_key, wording, asked FROM analytics_unanswered WHERE on_day >= ? AND on_day <= ?",
                from, to, r -> questions.add(new DayCounts.QuestionCount(r.getString(1), r.getString(2), r.getLong(3))));
        return new DayCounts(messages, contacts, hours, articles, questions);
    }

    /** Forgets every roll-up (they are rebuilt from the raw tables as analytics asks for them). */
    void clear() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String table : TABLES) {
                s.executeUpdate("DELETE FROM " + table);
            }
            c.commit();
        } catch (SQLException e) {
            throw new StorageException("cannot clear the analytics roll-ups", e);
        }
    }

    private void dropOtherZones() {
        List<String> zones = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT DISTINCT zone_id FROM analytics_day")) {
            while (row.next()) {
                zones.add(row.getString(1));
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read the analytics roll-ups", e);
        }
        if (zones.stream().anyMatch(z -> !z.equals(zone.getId()))) {
            clear();
        }
    }

    private void query(String sql, LocalDate from, LocalDate to, AnalyticsSql.RowReader<?> reader) {
        long started = System.nanoTime();
        long cpu = AnalyticsSql.cpu();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setObject(1, from);
            select.setObject(2, to);
            int rows = 0;
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    reader.read(row);
                    rows++;
                }
            }
            AnalyticsSql.trace(started, cpu, sql + " (" + from + ".." + to + ": " + rows + " rows)");
        } catch (SQLException e) {
            throw new StorageException("cannot read the analytics roll-ups", e);
        }
    }
}
