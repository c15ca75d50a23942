package pl.krakow.kck.channels.api;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import jakarta.json.JsonArrayBuilder;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import pl.krakow.kck.bot.knowledge.Problem;
import pl.krakow.kck.bot.retrieval.LiveIndex;

/** {@code /api/v1/knowledge-base}: what is being served, and what the last reload found wrong. */
public final class KnowledgeBaseApi implements HttpService {

    private final LiveIndex index;

    public KnowledgeBaseApi(LiveIndex index) {
        this.index = index;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::status);
    }

    private void status(ServerRequest request, ServerResponse response) {
        LiveIndex.Status status = index.status();
        JsonArrayBuilder problems = JSON.createArrayBuilder();
        for (Problem problem : status.problems()) {
            problems.add(JSON.createObjectBuilder().add("file", problem.file()).add("line", problem.line())
                    .add("message", problem.message()));
        }
        response.header(HeaderNames.CONTENT_TYPE, "application/json; charset=UTF-8");
        response.send(JSON.createObjectBuilder()
                .add("articles", index.get().size())
                .add("loadedAt", index.get().knowledgeBase().loadedAt().toString())
                .add("lastReload", JSON.createObjectBuilder()
                        .add("applied", status.applied())
                        .add("at", status.at().toString())
                        .add("buildMillis", status.buildMillis())
                        .add("problems", problems))
                .build().toString());
    }
}
