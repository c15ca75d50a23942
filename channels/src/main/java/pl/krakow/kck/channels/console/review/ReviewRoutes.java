package pl.krakow.kck.channels.console.review;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.retrieval.LiveIndex;
import pl.krakow.kck.bot.review.KnowledgeBaseEdits;
import pl.krakow.kck.bot.review.ReviewAction;
import pl.krakow.kck.bot.review.ReviewDesk;
import pl.krakow.kck.bot.review.ReviewGroup;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;
import pl.krakow.kck.channels.api.ApiException;
import pl.krakow.kck.channels.api.JsonRequests;
import pl.krakow.kck.channels.console.ConsoleAccess;
import pl.krakow.kck.channels.console.ConsoleSession;

/**
 * {@code /console/api/review} (editors and supervisors): {@code GET /queue} the groups of questions waiting
 * (unanswered or rated 👎 in the last 90 days), the latest decisions and the articles to link to;
 * {@code POST /decisions} {@code {key, question, action: linked|new-article|out-of-scope|handled, article, reply}}.
 */
public final class ReviewRoutes implements HttpService {

    static final Duration WINDOW = Duration.ofDays(90);
    static final int GROUPS = 100;
    static final int ACTIONS = 50;

    private final ReviewDesk desk;
    private final LiveIndex index;
    private final ConsoleAccess access;
    private final JsonRequests json;

    public ReviewRoutes(ReviewDesk desk, LiveIndex index, ConsoleAccess access, int maxBodyBytes) {
        this.desk = desk;
        this.index = index;
        this.access = access;
        this.json = new JsonRequests(maxBodyBytes);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/queue", this::queue)
                .post("/decisions", this::decide);
    }

    private void queue(ServerRequest request, ServerResponse response) {
        reviewer(access.session(request));
        JsonArrayBuilder groups = JSON.createArrayBuilder();
        desk.waiting(WINDOW, GROUPS).forEach(g -> groups.add(group(g)));
        JsonArrayBuilder actions = JSON.createArrayBuilder();
        desk.recent(ACTIONS).forEach(a -> actions.add(action(a)));
        JsonArrayBuilder articles = JSON.createArrayBuilder();
        index.get().knowledgeBase().articles().stream().sorted(Comparator.comparing(Article::title))
                .forEach(a -> articles.add(JSON.createObjectBuilder().add("id", a.id()).add("title", a.title())));
        send(response, Status.OK_200, JSON.createObjectBuilder().add("groups", groups).add("actions", actions)
                .add("articles", articles).build());
    }

    private void decide(ServerRequest request, ServerResponse response) {
        ConsoleSession session = reviewer(access.writer(request));
        JsonObject body = json.object(request, false);
        String key = Optional.ofNullable(JsonRequests.string(body, "key")).orElse("").strip();
        String question = Optional.ofNullable(JsonRequests.string(body, "question")).orElse("").strip();
        String kindText = Optional.ofNullable(JsonRequests.string(body, "action")).orElse("");
        ReviewAction.Kind kind = ReviewAction.Kind.fromWire(kindText).orElseThrow(() -> JsonRequests.bad("invalid-review-action",
                Messages.text(Lang.PL, "console-review.invalid-action"), "Unknown action '" + kindText + "'."));
        if (key.isEmpty() || question.isEmpty()) {
            throw JsonRequests.bad("invalid-review-action", Messages.text(Lang.PL, "console-review.no-group"),
                    "key and question are required");
        }
        String article = JsonRequests.string(body, "article");
        if (kind == ReviewAction.Kind.LINKED && (article == null || article.isBlank())) {
            throw JsonRequests.bad("invalid-review-action", Messages.text(Lang.PL, "console-review.choose-article"),
                    "article is required to link");
        }
        try {
            ReviewAction action = desk.decide(session.login(), key, question, kind, article, JsonRequests.string(body, "reply"));
            send(response, Status.CREATED_201, action(action).build());
        } catch (KnowledgeBaseEdits.Refused e) {
            throw ApiException.of(Status.CONFLICT_409, "knowledge-base-refused", "Knowledge base refused the change",
                    e.polish(), e.getMessage());
        }
    }

    private static ConsoleSession reviewer(ConsoleSession session) {
        if (!session.consultant().mayReview()) {
            throw ApiException.of(Status.FORBIDDEN_403, "console-forbidden", "Forbidden",
                    Messages.text(Lang.PL, "console-review.forbidden"), "This needs the editor or supervisor role.");
        }
        return session;
    }

    private static JsonObjectBuilder group(ReviewGroup g) {
        JsonArrayBuilder examples = JSON.createArrayBuilder();
        g.examples().forEach(examples::add);
        JsonArrayBuilder articles = JSON.createArrayBuilder();
        g.articles().forEach(articles::add);
        return JSON.createObjectBuilder().add("key", g.key()).add("text", g.text()).add("unanswered", g.unanswered())
                .add("disliked", g.disliked()).add("examples", examples).add("articles", articles).add("lastAt", g.lastAt().toString());
    }

    private static JsonObjectBuilder action(ReviewAction a) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", a.id()).add("key", a.key()).add("question", a.question())
                .add("action", a.kind().wire()).add("editor", a.editor()).add("at", a.at().toString());
        if (a.articleId() != null) {
            json.add("article", a.articleId());
        }
        if (a.detail() != null) {
            json.add("detail", a.detail());
        }
        return json;
    }

    private static void send(ServerResponse response, Status status, JsonObject body) {
        response.status(status);
        response.header(HeaderNames.CONTENT_TYPE, "application/json; charset=UTF-8");
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.send(body.toString());
    }
}
