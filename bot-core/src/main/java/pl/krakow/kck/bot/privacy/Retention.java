package pl.krakow.kck.bot.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import javax.sql.DataSource;

import pl.krakow.kck.bot.storage.Jdbc;
import pl.krakow.kck.bot.storage.StorageException;

/**
 * The daily retention run: what has been kept long enough goes, by {@link RetentionSettings}. Idempotent, so
 * a run that was interrupted is completed by the next one; each run is written to the privacy record.
 */
public final class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());
    private static final int BATCH = 200;

    private final DataSource dataSource;
    private final Clock clock;
    private final RetentionSettings settings;
    private final PrivacyLog log;

    public Retention(DataSource dataSource, Clock clock, RetentionSettings settings, PrivacyLog log) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.settings = settings;
        this.log = log;
    }

    /** What one run changed. */
    public record Outcome(int conversations, int drafts, int photos, int caseContacts, int reportContacts) {
        @Override
        public String toString() {
            return "conversations=" + conversations + " drafts=" + drafts + " photos=" + photos
                    + " case-contacts=" + caseContacts + " report-contacts=" + reportContacts;
        }
    }

    public Outcome run() {
        OffsetDateTime now = Jdbc.now(clock);
        try {
            int conversations = conversations(now);
            int drafts = update("DELETE FROM report_draft WHERE updated_at < ?", now.minus(settings.drafts()));
            int photos = update("DELETE FROM report_photo WHERE created_at < ? AND conversation_id IS NOT NULL"
                    + " AND id NOT IN (SELECT photo_id FROM report WHERE photo_id IS NOT NULL)", now.minus(settings.drafts()));
            int cases = update("UPDATE handoff SET contact_phone = NULL, contact_email = NULL, message = NULL"
                    + " WHERE state = 'closed' AND closed_at < ?"
                    + " AND (contact_phone IS NOT NULL OR contact_email IS NOT NULL OR message IS NOT NULL)", now.minus(settings.caseContacts()));
            OffsetDateTime reportCutoff = now.minus(settings.reportContacts());
            update("UPDATE report_supporter SET email = NULL, phone = NULL WHERE (email IS NOT NULL OR phone IS NOT NULL)"
                    + " AND report_id IN (SELECT id FROM report WHERE status = 'closed' AND updated_at < ?)", reportCutoff);
            int reports = update("UPDATE report SET email = NULL, phone = NULL"
                    + " WHERE status = 'closed' AND updated_at < ? AND (email IS NOT NULL OR phone IS NOT NULL)", reportCutoff);
            Outcome outcome = new Outcome(conversations, drafts, photos, cases, reports);
            log.record(PrivacyLog.Action.RETENTION, "retention", "daily retention " + settingsText(), null, outcome.toString());
            LOG.info(() -> "privacy: retention run: " + outcome);
            return outcome;
        } catch (SQLException e) {
            throw new StorageException("the retention run failed", e);
        }
    }

    private int conversations(OffsetDateTime now) throws SQLException {
        OffsetDateTime cutoff = now.minus(settings.conversations());
        int total = 0;
        while (true) {
            List<String> due = due(cutoff);
            if (due.isEmpty()) {
                return total;
            }
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    for (String id : due) {
                        Anonymiser.conversation(c, id, false, now);
                    }
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            }
            total += due.size();
        }
    }

    /** Idle past the cutoff, not yet anonymised, and with no consultant case still open. */
    private List<String> due(OffsetDateTime cutoff) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT id FROM conversation WHERE updated_at < ? AND anonymised_at IS NULL"
                             + " AND NOT EXISTS (SELECT 1 FROM handoff h WHERE h.conversation_id = conversation.id AND h.state <> 'closed')"
                             + " ORDER BY updated_at FETCH FIRST " + BATCH + " ROWS ONLY")) {
            select.setObject(1, cutoff);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    private int update(String sql, OffsetDateTime cutoff) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setObject(1, cutoff);
            return statement.executeUpdate();
        }
    }

    private String settingsText() {
        return "(conversations " + settings.conversations().toDays() + " d, drafts " + settings.drafts().toDays()
                + " d, case contacts " + settings.caseContacts().toDays() + " d, report contacts "
                + settings.reportContacts().toDays() + " d)";
    }
}
