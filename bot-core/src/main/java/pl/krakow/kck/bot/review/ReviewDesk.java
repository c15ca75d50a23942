package pl.krakow.kck.bot.review;

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
import java.util.stream.Collectors;

import javax.sql.DataSource;

import pl.krakow.kck.bot.analytics.QuestionGroups;
import pl.krakow.kck.bot.storage.Jdbc;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * The editors' review loop: residents' questions that got no answer or whose answer was rated 👎 wait here,
 * grouped on lemmas, until an editor links the group to an article (its wording becomes one of the article's
 * questions and the index is rebuilt), marks it as needing a new article or out of scope, or handled. Every
 * decision is recorded; a group comes back when residents ask it again after the decision. Groups are keyed on the
 * redacted wording's lemmas ({@link QuestionGroups#key} of {@link QuestionGroups#shown}), the key the analytics use.
 */
public final class ReviewDesk {

    static final int TEXTS_READ = 2_000;
    static final int EXAMPLES = 3;

    private static final String MISSES = "SELECT q.body AS text, COUNT(*) AS asked, MAX(a.created_at) AS last_at, "
            + "MAX(a.article_id) AS article FROM message a "
            + "JOIN message q ON q.conversation_id = a.conversation_id AND q.seq = a.seq - 1 "
            + "WHERE a.kind = 'fallback' AND a.created_at >= ? AND q.author = 'resident' AND q.body <> '' "
            + "GROUP BY q.body ORDER BY COUNT(*) DESC, q.body FETCH FIRST " + TEXTS_READ + " ROWS ONLY";
    private static final String DISLIKED = "SELECT q.body AS text, COUNT(*) AS asked, MAX(f.created_at) AS last_at, "
            + "MAX(m.article_id) AS article FROM feedback f "
            + "JOIN message m ON m.id = f.message_id "
            + "JOIN message q ON q.conversation_id = m.conversation_id AND q.seq = m.seq - 1 "
            + "WHERE f.helpful = FALSE AND f.created_at >= ? AND q.author = 'resident' AND q.body <> '' "
            + "GROUP BY q.body ORDER BY COUNT(*) DESC, q.body FETCH FIRST " + TEXTS_READ + " ROWS ONLY";

    private final Jdbc jdbc;
    private final QuestionGroups groups;
    private final KnowledgeBaseEdits edits;
    private final Clock clock;

    public ReviewDesk(DataSource dataSource, QuestionGroups groups, KnowledgeBaseEdits edits, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
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
        asked.forEach(a -> byKey.computeIfAbsent(groups.key(a.text()), k -> new ArrayList<>()).add(a)); // texts already redacted
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
            waiting.add(new ReviewGroup(key, ranked.getFirst(),
                    list.stream().filter(Asked::missed).mapToLong(Asked::count).sum(),
                    list.stream().filter(a -> !a.missed()).mapToLong(Asked::count).sum(),
                    ranked.stream().skip(1).limit(EXAMPLES).toList(), List.copyOf(articles), last));
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
        return jdbc.list("cannot read the review log", "SELECT id, group_key, question, action, article_id, editor, detail, created_at "
                        + "FROM review_action ORDER BY created_at DESC, id DESC", limit,
                row -> new ReviewAction(row.number("id"), row.string("group_key"), row.string("question"),
                        ReviewAction.Kind.fromWire(row.string("action")).orElseThrow(), row.string("article_id"), row.string("editor"),
                        row.string("detail"), row.time("created_at")));
    }

    private ReviewAction record(String editor, String key, String question, ReviewAction.Kind kind, String articleId, String detail) {
        OffsetDateTime now = now();
        long id = jdbc.connection("cannot record a review action", c -> Jdbc.insert(c, "INSERT INTO review_action (group_key, "
                        + "question, action, article_id, editor, detail, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", cut(key, 400),
                cut(question, 2000), kind.wire(), articleId, editor, detail == null ? null : cut(detail, 4000), now));
        return new ReviewAction(id, key, question, kind, articleId, editor, detail, now);
    }

    private Map<String, OffsetDateTime> decided() {
        return jdbc.list("cannot read the review log", "SELECT group_key, MAX(created_at) AS decided_at FROM review_action "
                + "GROUP BY group_key", row -> Map.entry(row.string("group_key"), row.time("decided_at"))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * The texts as typed, redacted at once: groups are keyed and wordings merged on the redacted text, as the analytics'
     * roll-ups do ({@code DayCounter}), so a group of the analytics' unanswered table is the same group here (same key)
     * and two questions that differ only in a phone number are one wording.
     */
    private List<Asked> read(String sql, OffsetDateTime since, boolean missed) {
        return jdbc.list("cannot read the questions waiting for review", sql,
                row -> new Asked(groups.shown(row.string("text")), row.number("asked"), row.time("last_at"), row.string("article"), missed),
                since);
    }

    private OffsetDateTime now() {
        return Jdbc.now(clock);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
