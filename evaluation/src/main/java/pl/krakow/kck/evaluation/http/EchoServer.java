package pl.krakow.kck.evaluation.http;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.util.UUID;

import jakarta.json.JsonObject;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import pl.krakow.kck.channels.api.JsonRequests;
import pl.krakow.kck.channels.api.MessageText;

/**
 * The yardstick of {@code ./kck bench http}: a plain Helidon route at the service's paths that reads the
 * request the same way (size limit, JSON parse, text check) and answers a small JSON object, with nothing
 * stored or computed. Run as its own process with the same JVM flags as the service.
 */
public final class EchoServer {

    private static final JsonRequests REQUESTS = new JsonRequests(16384);
    private static final MessageText TEXT = new MessageText(2000);

    private EchoServer() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        WebServer server = WebServer.builder().port(port).host("127.0.0.1")
                .routing(routing -> routing
                        .post("/api/v1/conversations", EchoServer::start)
                        .post("/api/v1/conversations/{id}/messages", EchoServer::message))
                .build()
                .start();
        System.out.println("echo ready on " + server.port());
    }

    private static void start(ServerRequest request, ServerResponse response) {
        REQUESTS.object(request, true);
        response.status(Status.CREATED_201);
        send(response, JSON.createObjectBuilder().add("id", UUID.randomUUID().toString()).build());
    }

    private static void message(ServerRequest request, ServerResponse response) {
        String id = request.path().pathParameters().get("id");
        JsonObject body = REQUESTS.object(request, false);
        String text = TEXT.check(JsonRequests.string(body, "text"));
        send(response, JSON.createObjectBuilder().add("conversationId", id).add("length", text.length()).build());
    }

    private static void send(ServerResponse response, JsonObject body) {
        response.header(HeaderNames.CONTENT_TYPE, "application/json; charset=UTF-8");
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.send(body.toString());
    }
}
