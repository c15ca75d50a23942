package pl.krakow.kck.bot.privacy;

import java.time.Clock;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import jakarta.json.JsonObject;

import pl.krakow.kck.bot.text.Lang;

/**
 * The rights of the data subject as the console and {@code ./kck privacy} offer them: find, export, erase.
 * Each action needs the name of who acts and why, and is written to the {@link PrivacyLog}.
 */
public final class PrivacyDesk {

    /** An export in both forms. */
    public record Export(Subject subject, JsonObject json, String text) {
    }

    private final SubjectFinder finder;
    private final SubjectExport export;
    private final ExportText text = new ExportText(Lang.PL);
    private final Erasure erasure;
    private final PrivacyLog log;

    public PrivacyDesk(DataSource dataSource, Clock clock, UnaryOperator<String> redactor) {
        this.finder = new SubjectFinder(dataSource);
        this.export = new SubjectExport(dataSource, clock);
        this.erasure = new Erasure(dataSource, clock, redactor);
        this.log = new PrivacyLog(dataSource, clock);
    }

    public Subject find(SubjectKey key, String actor, String reason) {
        requireReason(actor, reason);
        Subject subject = finder.find(key);
        log.record(PrivacyLog.Action.FIND, actor, reason, key, subject.summary());
        return subject;
    }

    public Export export(SubjectKey key, String actor, String reason) {
        requireReason(actor, reason);
        Subject subject = finder.find(key);
        JsonObject json = export.json(subject);
        log.record(PrivacyLog.Action.EXPORT, actor, reason, key, subject.summary());
        return new Export(subject, json, text.render(json));
    }

    public Subject erase(SubjectKey key, String actor, String reason) {
        requireReason(actor, reason);
        Subject subject = finder.find(key);
        int unanswered = erasure.erase(subject);
        log.record(PrivacyLog.Action.ERASE, actor, reason, key, subject.summary() + " unanswered-rollups=" + unanswered);
        return subject;
    }

    public PrivacyLog log() {
        return log;
    }

    private static void requireReason(String actor, String reason) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("say who acts (actor)");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("give the reason: e.g. the resident's request and its date");
        }
    }
}
