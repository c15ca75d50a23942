package pl.krakow.kck.channels.api;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.util.Optional;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import pl.krakow.kck.bot.dialogue.AssistantService;
import pl.krakow.kck.bot.dialogue.Input;
import pl.krakow.kck.bot.dialogue.ReplyJson;
import pl.krakow.kck.bot.storage.Conversation;
import pl.krakow.kck.bot.storage.StoredMessage;
import pl.krakow.kck.bot.text.InputText;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;
import pl.krakow.kck.channels.server.StreamLimits;

/**
 * {@code /api/v1/conversations}: start a conversation, post a message and get the reply, read the
 * transcript. See openapi.yaml.
 */
public final class ConversationApi implements HttpService {

    private static final String CHANNEL_PATTERN = "[a-z][a-z0-9-]{0,31}";
    /** An option id goes through the same checks as any text a resident sends. */
    private static final InputText CHOICE = new InputText(200);

    private final AssistantService assistant;
    private final JsonRequests json;
    private final MessageText messages;
    private final ReplyMetrics metrics = new ReplyMetrics();
    private final ConversationStream stream;

    public ConversationApi(AssistantService assistant, ApiSettings settings, StreamLimits streams) {
        this.assistant = assistant;
        this.json = new JsonRequests(settings.maxBodyBytes());
        this.messages = new MessageText(settings.maxTextLength());
        this.stream = new ConversationStream(assistant, streams);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::start)
                .get("/{id}", this::transcript)
                .get("/{id}/messages", this::transcript)
                .get("/{id}/events", this::events)
                .post("/{id}/messages", this::post);
    }

    private void start(ServerRequest request, ServerResponse response) {
        JsonObject body = json.object(request, true);
        String channel = Optional.ofNullable(JsonRequests.string(body, "channel")).orElse("web");
        if (!channel.matches(CHANNEL_PATTERN)) {
            throw JsonRequests.bad("invalid-channel", Messages.text(Lang.resident(), "api-errors.invalid-channel", channel),
                    "Field 'channel' must match " + CHANNEL_PATTERN + ".");
        }
        Conversation conversation = assistant.start(channel);
        response.status(Status.CREATED_201);
        response.header(HeaderNames.LOCATION, "/api/v1/conversations/" + conversation.id());
        send(response, conversation(conversation).build());
    }

    private void post(ServerRequest request, ServerResponse response) {
        String id = request.path().pathParameters().get("id");
        JsonObject body = json.object(request, false);
        String choice = JsonRequests.string(body, "choice");
        String text = JsonRequests.string(body, "text");
        if (choice != null) {
            try {
                choice = CHOICE.clean(choice);
            } catch (InputText.Refused refused) {
                throw refused.reason() == InputText.Reason.EMPTY || refused.reason() == InputText.Reason.TOO_LONG
                        ? JsonRequests.bad("invalid-choice", Messages.text(Lang.resident(), "api-errors.invalid-choice"), "Field 'choice' must be a non-empty option id.")
                        : MessageText.problem(refused, CHOICE.maxLength(), "choice");
            }
        }
        Input input;
        if (body.containsKey("location") && choice == null) {
            input = place(body);
        } else {
            String checked = choice != null && (text == null || text.isBlank()) ? "" : messages.check(text);
            input = Input.of(checked, choice);
        }
        long start = System.nanoTime();
        AssistantService.Exchange exchange = assistant.post(id, input).orElseThrow(() -> notFound(id));
        if (exchange.reply() == null) {
            // a consultant (or the queue for one) has the conversation: stored, no reply from the assistant
            send(response, JSON.createObjectBuilder()
                    .add("conversationId", id)
                    .add("message", message(exchange.question()))
                    .addNull("reply")
                    .addNull("replyMessage")
                    .build());
            return;
        }
        metrics.record(exchange.reply().kind(), System.nanoTime() - start);
        send(response, JSON.createObjectBuilder()
                .add("conversationId", id)
                .add("message", message(exchange.question()))
                .add("reply", ReplyJson.toJson(exchange.reply()))
                .add("replyMessage", message(exchange.answer()))
                .build());
    }

    /** {"location": {"lat": 50.06143, "lon": 19.93658, "label": "przystanek Rondo Mogilskie"}}: a place shared from the device. */
    private static Input.Place place(JsonObject body) {
        JsonValue value = body.get("location");
        if (!(value instanceof JsonObject location) || !(location.get("lat") instanceof JsonNumber lat)
                || !(location.get("lon") instanceof JsonNumber lon) || Math.abs(lat.doubleValue()) > 90 || Math.abs(lon.doubleValue()) > 180) {
            throw JsonRequests.bad("invalid-location", Messages.text(Lang.resident(), "api-errors.invalid-location"),
                    "Field 'location' must be an object with numbers 'lat' (-90..90) and 'lon' (-180..180), and optionally 'label'.");
        }
        String label = JsonRequests.string(location, "label");
        if (label != null && label.isBlank()) {
            label = null;
        } else if (label != null) {
            try {
                label = CHOICE.clean(label);
            } catch (InputText.Refused refused) {
                throw MessageText.problem(refused, CHOICE.maxLength(), "location.label");
            }
        }
        return new Input.Place(lat.doubleValue(), lon.doubleValue(), label);
    }

    private void transcript(ServerRequest request, ServerResponse response) {
        String id = request.path().pathParameters().get("id");
        Conversation conversation = assistant.conversation(id).orElseThrow(() -> notFound(id));
        JsonArrayBuilder transcript = JSON.createArrayBuilder();
        for (StoredMessage message : assistant.transcript(id)) {
            transcript.add(message(message));
        }
        send(response, conversation(conversation).add("messages", transcript).build());
    }

    private void events(ServerRequest request, ServerResponse response) {
        String id = request.path().pathParameters().get("id");
        assistant.conversation(id).orElseThrow(() -> notFound(id));
        stream.stream(request, response, id);
    }

    private static JsonObjectBuilder conversation(Conversation conversation) {
        return JSON.createObjectBuilder()
                .add("id", conversation.id())
                .add("channel", conversation.channel())
                .add("createdAt", conversation.createdAt().toString())
                .add("updatedAt", conversation.updatedAt().toString())
                .add("messageCount", conversation.messageCount())
                .add("links", JSON.createObjectBuilder()
                        .add("self", "/api/v1/conversations/" + conversation.id())
                        .add("messages", "/api/v1/conversations/" + conversation.id() + "/messages"));
    }

    static JsonObjectBuilder message(StoredMessage message) {
        return ReplyJson.message(message);
    }

    static ApiException notFound(String id) {
        return ApiException.of(Status.NOT_FOUND_404, "conversation-not-found", "Conversation not found",
                Messages.text(Lang.resident(), "api-errors.conversation-not-found"), "No conversation with id '" + id + "'.");
    }

    static void send(ServerResponse response, JsonObject body) {
        response.header(HeaderNames.CONTENT_TYPE, "application/json; charset=UTF-8");
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.send(body.toString());
    }
}
