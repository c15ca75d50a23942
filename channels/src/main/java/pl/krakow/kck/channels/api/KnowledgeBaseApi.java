package pl.krakow.kck.channels.api;

import jakarta.json.Json;
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
        JsonArrayBuilder problems = Json.createArrayBuilder();
        for (Problem problem : status.problems()) {
            problems.add(Json.createObjectBuilder().add("file", problem.file()).add("line", problem.line())
                    .add("message", problem.message()));
        }
        response.header(HeaderNames.CONTENT_TYPE, "application/json; charset=UTF-8");
        response.send(Json.createObjectBuilder()
                .add("articles", index.get().size())
                .add("loadedAt", index.get().knowledgeBase().loadedAt().toString())
                .add("lastReload", Json.createObjectBuilder()
                        .add("applied", status.applied())
                        .add("at", status.at().toString())
                        .add("buildMillis", status.buildMillis())
                        .add("problems", problems))
                .build().toString());
    }
}
