package pl.krakow.kck.bot.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import pl.krakow.kck.bot.analytics.QuestionGroups;
import pl.krakow.kck.bot.storage.Jdbc;
import pl.krakow.kck.bot.storage.StorageException;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * The editors' review loop: residents' questions that got no answer or whose answer was rated 👎 wait here,
 * grouped on lemmas, until an editor links the group to an article (its wording becomes one of the article's
 * questions and the index is rebuilt), marks it as needing a new article or out of scope, or handled. Every
 * decision is recorded; a group comes back when residents ask it again after the decision.
 */
public final class ReviewDesk {

    static final int TEXTS_READ = 2_000;
    static final int EXAMPLES = 3;

    private static final String MISSES = "SELECT q.body, COUNT(*), MAX(a.created_at), MAX(a.article_id) FROM message a "
            + "JOIN message q ON q.conversation_id = a.conversation_id AND q.seq = a.seq - 1 "
            + "WHERE a.kind = 'fallback' AND a.created_at >= ? AND q.author = 'resident' AND q.body <> '' "
            + "GROUP BY q.body ORDER BY COUNT(*) DESC, q.body FETCH FIRST " + TEXTS_READ + " ROWS ONLY";
    private static final String DISLIKED = "SELECT q.body, COUNT(*), MAX(f.created_at), MAX(m.article_id) FROM feedback f "
            + "JOIN message m ON m.id = f.message_id "
            + "JOIN message q ON q.conversation_id = m.conversation_id AND q.seq = m.seq - 1 "
            + "WHERE f.helpful = FALSE AND f.created_at >= ? AND q.author = 'resident' AND q.body <> '' "
            + "GROUP BY q.body ORDER BY COUNT(*) DESC, q.body FETCH FIRST " + TEXTS_READ + " ROWS ONLY";

    private final DataSource dataSource;
    private final QuestionGroups groups;
    private final KnowledgeBaseEdits edits;
    private final Clock clock;

    public ReviewDesk(DataSource dataSource, QuestionGroups groups, KnowledgeBaseEdits edits, Clock clock) {
        this.dataSource = dataSource;
        this.groups = groups;
        this.edits = edits;
        this.clock = clock;
    }

    private record Asked(String text, long count, OffsetDateTime last, String article, boolean missed) {
    }

    /** Groups asked within {@code window} and not decided since they were last asked, most asked first. */
    public List<ReviewGroup> waiting(Duration window, int limit) {
        OffsetDateTime since = now().minus(window);
        List<Asked> asked = new ArrayList<>();
        asked.addAll(read(MISSES, since, true));
        asked.addAll(read(DISLIKED, since, false));
        Map<String, OffsetDateTime> decided = decided();
        Map<String, List<Asked>> byKey = new LinkedHashMap<>();
        asked.forEach(a -> byKey.computeIfAbsent(groups.key(a.text()), k -> new ArrayList<>()).add(a));
        List<ReviewGroup> waiting = new ArrayList<>();
        byKey.forEach((key, list) -> {
            OffsetDateTime last = list.stream().map(Asked::last).max(Comparator.naturalOrder()).orElseThrow();
            OffsetDateTime decision = decided.get(key);
            if (decision != null && !decision.isBefore(last)) {
                return;
            }
            Map<String, Long> wordings = new HashMap<>();
            list.forEach(a -> wordings.merge(a.text(), a.count(), Long::sum));
            List<String> ranked = wordings.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).toList();
            Set<String> articles = new LinkedHashSet<>();
            list.stream().filter(a -> !a.missed() && a.article() != null).forEach(a -> articles.add(a.article()));
            waiting.add(new ReviewGroup(key, groups.shown(ranked.getFirst()),
                    list.stream().filter(Asked::missed).mapToLong(Asked::count).sum(),
                    list.stream().filter(a -> !a.missed()).mapToLong(Asked::count).sum(),
                    ranked.stream().skip(1).limit(EXAMPLES).map(groups::shown).toList(), List.copyOf(articles), last));
        });
        waiting.sort(Comparator.comparingLong((ReviewGroup g) -> g.unanswered() + g.disliked()).reversed().thenComparing(ReviewGroup::text));
        return waiting.size() > limit ? List.copyOf(waiting.subList(0, limit)) : waiting;
    }

    /**
     * Records an editor's decision on a group; linking adds the wording to the article (and re-indexes), out of
     * scope adds {@code phrases => reply} to out-of-scope.txt. Nothing is recorded when the knowledge base refuses.
     */
    public ReviewAction decide(String editor, String key, String question, ReviewAction.Kind kind, String articleId, String reply)
            throws KnowledgeBaseEdits.Refused {
        String shown = groups.shown(question == null ? "" : question);
        String detail = switch (kind) {
            case LINKED -> {
                String added = edits.addQuestion(articleId, shown);
                yield added == null ? Messages.text(Lang.PL, "console-review.detail.already")
                        : Messages.text(Lang.PL, "console-review.detail.added").replace("{question}", added);
            }
            case OUT_OF_SCOPE -> edits.addOutOfScope(shown, reply == null ? "" : reply);
            case NEW_ARTICLE, HANDLED -> null;
        };
        return record(editor, key, shown, kind, kind == ReviewAction.Kind.LINKED ? articleId : null, detail);
    }

    /** The latest decisions, newest first. */
    public List<ReviewAction> recent(int limit) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setMaxRows(limit);
            List<ReviewAction> actions = new ArrayList<>();
            try (ResultSet row = s.executeQuery("SELECT id, group_key, question, action, article_id, editor, detail, created_at "
                    + "FROM review_action ORDER BY created_at DESC, id DESC")) {
                while (row.next()) {
                    actions.add(new ReviewAction(row.getLong(1), row.getString(2), row.getString(3),
                            ReviewAction.Kind.fromWire(row.getString(4)).orElseThrow(), row.getString(5), row.getString(6),
                            row.getString(7), row.getObject(8, OffsetDateTime.class)));
                }
            }
            return actions;
        } catch (SQLException e) {
            throw new StorageException("cannot read the review log", e);
        }
    }

    private ReviewAction record(String editor, String key, String question, ReviewAction.Kind kind, String articleId, String detail) {
        OffsetDateTime now = now();
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO review_action (group_key, question, action, article_id, editor, detail, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, cut(key, 400));
            insert.setString(2, cut(question, 2000));
            insert.setString(3, kind.wire());
            insert.setString(4, articleId);
            insert.setString(5, editor);
            insert.setString(6, detail == null ? null : cut(detail, 4000));
            insert.setObject(7, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new ReviewAction(keys.getLong(1), key, question, kind, articleId, editor, detail, now);
            }
        } catch (SQLException e) {
            throw new StorageException("cannot record a review action", e);
        }
    }

    private Map<String, OffsetDateTime> decided() {
        Map<String, OffsetDateTime> decided = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT group_key, MAX(created_at) FROM review_action GROUP BY group_key")) {
            while (row.next()) {
                decided.put(row.getString(1), row.getObject(2, OffsetDateTime.class));
            }
            return decided;
        } catch (SQLException e) {
            throw new StorageException("cannot read the review log", e);
        }
    }

    private List<Asked> read(String sql, OffsetDateTime since, boolean missed) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setObject(1, since);
            List<Asked> asked = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    asked.add(new Asked(row.getString(1), row.getLong(2), row.getObject(3, OffsetDateTime.class), row.getString(4), missed));
                }
            }
            return asked;
        } catch (SQLException e) {
            throw new StorageException("cannot read the questions waiting for review", e);
        }
    }

    private OffsetDateTime now() {
        return Jdbc.now(clock);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
