package pl.krakow.kck.bot.replies;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.storage.Jdbc;
import pl.krakow.kck.bot.storage.Row;

/**
 * The saved replies (table {@code saved_reply}, migration V30) and their history ({@code saved_reply_change}):
 * each create, update and delete writes its change record in the same transaction. Updates name the version
 * they were made on; a stale one changes nothing ({@link Outcome#STALE}).
 */
public final class SavedReplies {

    /** What an update or delete did. */
    public enum Outcome {
        DONE, NOT_FOUND, STALE
    }

    /** The result of an update: what happened, and the reply as it now is (empty when not found). */
    public record Updated(Outcome outcome, Optional<SavedReply> reply) {
    }

    private static final String COLUMNS = "id, title, body, lang, topic, version, updated_by, updated_at";

    private final Jdbc jdbc;
    private final Clock clock;

    public SavedReplies(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
    }

    /** Every saved reply, by language and title. */
    public List<SavedReply> all() {
        return jdbc.list("cannot read the saved replies", "SELECT " + COLUMNS + " FROM saved_reply ORDER BY lang, title, id",
                SavedReplies::reply);
    }

    public Optional<SavedReply> find(long id) {
        return jdbc.first("cannot read a saved reply", "SELECT " + COLUMNS + " FROM saved_reply WHERE id = ?", SavedReplies::reply, id);
    }

    public SavedReply create(String supervisor, SavedReplyDraft draft) {
        Objects.requireNonNull(supervisor);
        OffsetDateTime now = Jdbc.now(clock);
        return jdbc.transaction("cannot save a saved reply", c -> {
            long id = Jdbc.insert(c, "INSERT INTO saved_reply (title, body, lang, topic, version, updated_by, updated_at) "
                    + "VALUES (?, ?, ?, ?, 1, ?, ?)", draft.title(), draft.text(), draft.language().code(), topic(draft), supervisor, now);
            SavedReply reply = new SavedReply(id, draft.title(), draft.text(), draft.language(), draft.topic(), 1, supervisor, now);
            record(c, reply, SavedReplyChange.Action.CREATED, supervisor, List.of(), now);
            return reply;
        });
    }

    /** Replaces the reply's title, text, language and topic, if it is still at {@code version}. */
    public Updated update(String supervisor, long id, int version, SavedReplyDraft draft) {
        OffsetDateTime now = Jdbc.now(clock);
        return jdbc.transaction("cannot change a saved reply", c -> {
            Optional<SavedReply> before = Jdbc.first(c, "SELECT " + COLUMNS + " FROM saved_reply WHERE id = ?", SavedReplies::reply, id);
            if (before.isEmpty()) {
                return new Updated(Outcome.NOT_FOUND, Optional.empty());
            }
            int changed = Jdbc.execute(c, "UPDATE saved_reply SET title = ?, body = ?, lang = ?, topic = ?, version = version + 1, "
                            + "updated_by = ?, updated_at = ? WHERE id = ? AND version = ?", draft.title(), draft.text(),
                    draft.language().code(), topic(draft), supervisor, now, id, version);
            if (changed == 0) {
                return new Updated(Outcome.STALE, before);
            }
            SavedReply after = new SavedReply(id, draft.title(), draft.text(), draft.language(), draft.topic(), version + 1, supervisor, now);
            record(c, after, SavedReplyChange.Action.UPDATED, supervisor, differences(before.get(), after), now);
            return new Updated(Outcome.DONE, Optional.of(after));
        });
    }

    /** Deletes the reply (its history stays), if it is still at {@code version}. */
    public Outcome delete(String supervisor, long id, int version) {
        OffsetDateTime now = Jdbc.now(clock);
        return jdbc.transaction("cannot delete a saved reply", c -> {
            Optional<SavedReply> before = Jdbc.first(c, "SELECT " + COLUMNS + " FROM saved_reply WHERE id = ?", SavedReplies::reply, id);
            if (before.isEmpty()) {
                return Outcome.NOT_FOUND;
            }
            if (Jdbc.execute(c, "DELETE FROM saved_reply WHERE id = ? AND version = ?", id, version) == 0) {
                return Outcome.STALE;
            }
            record(c, before.get(), SavedReplyChange.Action.DELETED, supervisor, List.of(), now);
            return Outcome.DONE;
        });
    }

    /** The latest changes, newest first. */
    public List<SavedReplyChange> changes(int limit) {
        return jdbc.list("cannot read the saved replies' history", "SELECT id, reply_id, action, supervisor, title, body, lang, topic, "
                + "changed, created_at FROM saved_reply_change ORDER BY created_at DESC, id DESC", limit, row -> new SavedReplyChange(
                row.number("id"), row.number("reply_id"), SavedReplyChange.Action.fromWire(row.string("action")).orElseThrow(),
                row.string("supervisor"), row.string("title"), row.string("body"), language(row), row.string("topic"),
                row.string("changed") == null ? List.of() : Arrays.asList(row.string("changed").split(",")), row.time("created_at")));
    }

    private static void record(Connection c, SavedReply reply, SavedReplyChange.Action action, String supervisor, List<String> changed,
                               OffsetDateTime now) throws SQLException {
        Jdbc.insert(c, "INSERT INTO saved_reply_change (reply_id, action, supervisor, title, body, lang, topic, changed, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", reply.id(), action.wire(), supervisor, reply.title(), reply.text(),
                reply.language().code(), Jdbc.orNull(reply.topic(), Types.VARCHAR),
                Jdbc.orNull(changed.isEmpty() ? null : String.join(",", changed), Types.VARCHAR), now);
    }

    static List<String> differences(SavedReply before, SavedReply after) {
        List<String> changed = new ArrayList<>();
        if (!before.title().equals(after.title())) {
            changed.add("title");
        }
        if (!before.text().equals(after.text())) {
            changed.add("text");
        }
        if (before.language() != after.language()) {
            changed.add("lang");
        }
        if (!Objects.equals(before.topic(), after.topic())) {
            changed.add("topic");
        }
        return changed;
    }

    private static Object topic(SavedReplyDraft draft) {
        return Jdbc.orNull(draft.topic(), Types.VARCHAR);
    }

    private static SavedReply reply(Row row) throws SQLException {
        return new SavedReply(row.number("id"), row.string("title"), row.string("body"), language(row), row.string("topic"),
                row.integer("version"), row.string("updated_by"), row.time("updated_at"));
    }

    private static Language language(Row row) throws SQLException {
        return Language.of(row.string("lang")).orElse(Language.DEFAULT);
    }
}
