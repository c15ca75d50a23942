package pl.krakow.kck.bot.privacy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;

import javax.sql.DataSource;

import pl.krakow.kck.bot.storage.Jdbc;

/**
 * The daily retention run: what has been kept long enough goes, by {@link RetentionSettings}. Idempotent, so
 * a run that was interrupted is completed by the next one; each run is written to the privacy record.
 */
public final class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());
    private static final int BATCH = 200;
    private static final String FAILED = "the retention run failed";

    private final Jdbc jdbc;
    private final Clock clock;
    private final RetentionSettings settings;
    private final PrivacyLog log;

    public Retention(DataSource dataSource, Clock clock, RetentionSettings settings, PrivacyLog log) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
        this.settings = settings;
        this.log = log;
    }

    /**
     * What one run changed; {@code unansweredRollups}: rows of the analytics' daily unanswered questions (redacted
     * wordings) deleted because their day is older than the transcripts are kept.
     */
    public record Outcome(int conversations, int drafts, int photos, int caseContacts, int reportContacts, int unansweredRollups) {
        @Override
        public String toString() {
            return "conversations=" + conversations + " drafts=" + drafts + " photos=" + photos
                    + " case-contacts=" + caseContacts + " report-contacts=" + reportContacts + " unanswered-rollups=" + unansweredRollups;
        }
    }

    public Outcome run() {
        OffsetDateTime now = Jdbc.now(clock);
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
        // residents' words in the analytics' roll-ups are kept no longer than the transcripts: a day's rows go once the
        // whole day is older than the transcripts' period (in any time zone: a day ends at the latest 12 h after its
        // UTC namesake, so every day before the cutoff's UTC date minus one is over), at most two days after its texts
        int unanswered = jdbc.update(FAILED, "DELETE FROM analytics_unanswered WHERE on_day < ?",
                now.minus(settings.conversations()).toLocalDate().minusDays(1));
        Outcome outcome = new Outcome(conversations, drafts, photos, cases, reports, unanswered);
        log.record(PrivacyLog.Action.RETENTION, "retention", "daily retention " + settingsText(), null, outcome.toString());
        LOG.info(() -> "privacy: retention run: " + outcome);
        return outcome;
    }

    private int conversations(OffsetDateTime now) {
        OffsetDateTime cutoff = now.minus(settings.conversations());
        int total = 0;
        while (true) {
            List<String> due = jdbc.list(FAILED, "SELECT id FROM conversation WHERE updated_at < ? AND anonymised_at IS NULL"
                    // idle past the cutoff, not yet anonymised, and with no consultant case still open
                    + " AND NOT EXISTS (SELECT 1 FROM handoff h WHERE h.conversation_id = conversation.id AND h.state <> 'closed')"
                    + " ORDER BY updated_at FETCH FIRST " + BATCH + " ROWS ONLY", row -> row.string("id"), cutoff);
            if (due.isEmpty()) {
                return total;
            }
            jdbc.transaction(FAILED, c -> {
                for (String id : due) {
                    Anonymiser.conversation(c, id, false, now);
                }
                return null;
            });
            total += due.size();
        }
    }

    private int update(String sql, OffsetDateTime cutoff) {
        return jdbc.update(FAILED, sql, cutoff);
    }

    private String settingsText() {
        return "(conversations " + settings.conversations().toDays() + " d, drafts " + settings.drafts().toDays()
                + " d, case contacts " + settings.caseContacts().toDays() + " d, report contacts "
                + settings.reportContacts().toDays() + " d)";
    }
}
