package pl.krakow.kck.bot.privacy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import pl.krakow.kck.bot.storage.Jdbc;

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

    private final Jdbc jdbc;
    private final Clock clock;

    public PrivacyLog(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
    }

    public void record(Action action, String actor, String reason, SubjectKey subject, String affected) {
        jdbc.update("cannot record a privacy action", "INSERT INTO privacy_action (action, actor, reason, subject_kind, subject_hash, "
                        + "affected, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", action.wire(), cut(actor, 64), cut(reason, 500),
                subject == null ? null : subject.by().wire(), subject == null ? null : subject.hash(), cut(affected, 500),
                Jdbc.now(clock));
    }

    /** The newest entries first. */
    public List<Entry> recent(int limit) {
        return jdbc.list("cannot read the privacy record", "SELECT id, action, actor, reason, subject_kind, subject_hash, affected, "
                        + "created_at FROM privacy_action ORDER BY id DESC FETCH FIRST " + Math.max(1, Math.min(limit, 1000)) + " ROWS ONLY",
                row -> new Entry(row.number("id"), row.string("action"), row.string("actor"), row.string("reason"),
                        row.string("subject_kind"), row.string("subject_hash"), row.string("affected"), row.time("created_at")));
    }

    private static String cut(String value, int max) {
        String text = value == null || value.isBlank() ? "-" : value.strip();
        return text.length() <= max ? text : text.substring(0, max);
    }
}
