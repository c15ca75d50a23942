package pl.krakow.kck.bot.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import pl.krakow.kck.bot.storage.Jdbc;
import pl.krakow.kck.bot.storage.StorageException;

/** The record of every privacy action: who, when, why, on whose data (as a hash), and what it touched. */
public final class PrivacyLog {

    /** What was done. */
    public enum Action {
        FIND, EXPORT, ERASE, RETENTION;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One recorded action. */
    public record Entry(long id, String action, String actor, String reason, String subjectKind, String subjectHash,
                        String affected, OffsetDateTime at) {
    }

    private final DataSource dataSource;
    private final Clock clock;

    public PrivacyLog(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public void record(Action action, String actor, String reason, SubjectKey subject, String affected) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO privacy_action (action, actor, reason, subject_kind, subject_hash, affected, created_at)"
                             + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, action.wire());
            insert.setString(2, cut(actor, 64));
            insert.setString(3, cut(reason, 500));
            insert.setString(4, subject == null ? null : subject.by().wire());
            insert.setString(5, subject == null ? null : subject.hash());
            insert.setString(6, cut(affected, 500));
            insert.setObject(7, Jdbc.now(clock));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("cannot record a privacy action", e);
        }
    }

    /** The newest entries first. */
    public List<Entry> recent(int limit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT id, action, actor, reason, subject_kind, subject_hash, affected, created_at FROM privacy_action"
                             + " ORDER BY id DESC FETCH FIRST " + Math.max(1, Math.min(limit, 1000)) + " ROWS ONLY")) {
            List<Entry> entries = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    entries.add(new Entry(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                            row.getString(6), row.getString(7), row.getObject(8, OffsetDateTime.class)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new StorageException("cannot read the privacy record", e);
        }
    }

    private static String cut(String value, int max) {
        String text = value == null || value.isBlank() ? "-" : value.strip();
        return text.length() <= max ? text : text.substring(0, max);
    }
}
