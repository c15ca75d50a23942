package pl.krakow.kck.channels.console.tools;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.retrieval.Candidate;
import pl.krakow.kck.bot.retrieval.LiveIndex;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;
import pl.krakow.kck.channels.api.JsonRequests;
import pl.krakow.kck.channels.console.ConsoleAccess;

/**
 * {@code GET /console/api/knowledge?q=…} (any console role): the knowledge base searched as the assistant
 * searches it, for a consultant who wants to put an article into a reply: the best articles with their short
 * answer (the first paragraph) and first source.
 */
public final class KnowledgeSearchRoutes implements HttpService {

    static final int RESULTS = 5;
    static final int MAX_QUERY = 200;

    private final LiveIndex index;
    private final ConsoleAccess access;

    public KnowledgeSearchRoutes(LiveIndex index, ConsoleAccess access) {
        this.index = index;
        this.access = access;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::search);
    }

    private void search(ServerRequest request, ServerResponse response) {
        access.session(request);
        String query = request.query().first("q").orElse("").strip();
        if (query.isEmpty() || query.length() > MAX_QUERY) {
            throw JsonRequests.bad("invalid-knowledge-query", Messages.text(Lang.PL, "console-tools.knowledge-invalid"),
                    "q is required, at most " + MAX_QUERY + " characters");
        }
        JsonArrayBuilder articles = JSON.createArrayBuilder();
        for (Candidate candidate : index.get().search(query, RESULTS).candidates()) {
            articles.add(article(candidate.article()).add("score", Math.round(candidate.score() * 1000) / 1000.0));
        }
        response.header(HeaderNames.CONTENT_TYPE, "application/json; charset=UTF-8");
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.send(JSON.createObjectBuilder().add("query", query).add("articles", articles).build().toString());
    }

    private static JsonObjectBuilder article(Article article) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", article.id()).add("title", article.title())
                .add("topic", article.topic() == null ? "" : article.topic()).add("lead", article.lead());
        if (!article.sources().isEmpty()) {
            json.add("source", article.sources().getFirst().toString());
        }
        if (article.updated() != null) {
            json.add("updated", article.updated().toString());
        }
        return json;
    }
}
