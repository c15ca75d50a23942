package pl.krakow.kck.channels.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import pl.krakow.kck.bot.dialogue.AssistantService;
import pl.krakow.kck.bot.feedback.FeedbackReason;
import pl.krakow.kck.bot.feedback.ResidentFeedback;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * {@code POST /api/v1/conversations/{id}/feedback}: the resident rates the assistant's reply number {@code seq}
 * ({@code {"seq": 4, "rating": "down", "reason": "unclear"}}; reasons {@code off-topic}, {@code outdated},
 * {@code unclear}, optional) or answers the satisfaction question of a closing message ({@code {"seq": 9,
 * "score": 4}}, 1–5). 204 when stored; rating again replaces the earlier rating. Never required.
 */
public final class FeedbackApi implements Handler {

    private final AssistantService assistant;
    private final ResidentFeedback feedback;
    private final JsonRequests json;

    public FeedbackApi(AssistantService assistant, ResidentFeedback feedback, int maxBodyBytes) {
        this.assistant = assistant;
        this.feedback = feedback;
        this.json = new JsonRequests(maxBodyBytes);
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        String id = request.path().pathParameters().get("id");
        assistant.conversation(id).orElseThrow(() -> ConversationApi.notFound(id));
        JsonObject body = json.object(request, false);
        int seq = integer(body, "seq");
        ResidentFeedback.Outcome outcome;
        if (body.containsKey("score")) {
            int score = integer(body, "score");
            if (score < ResidentFeedback.MIN_SCORE || score > ResidentFeedback.MAX_SCORE) {
                throw invalid("score must be 1–5");
            }
            outcome = feedback.rateCase(id, seq, score);
        } else {
            String rating = JsonRequests.string(body, "rating");
            if (!"up".equals(rating) && !"down".equals(rating)) {
                throw invalid("rating must be up or down");
            }
            String reasonText = JsonRequests.string(body, "reason");
            FeedbackReason reason = reasonText == null ? null : FeedbackReason.fromWire(reasonText)
                    .orElseThrow(() -> invalid("reason must be off-topic, outdated or unclear"));
            outcome = feedback.rateReply(id, seq, rating.equals("up"), reason);
        }
        switch (outcome) {
            case STORED -> response.status(Status.NO_CONTENT_204).send();
            case NO_SUCH_MESSAGE -> throw ApiException.of(Status.NOT_FOUND_404, "message-not-found", "Message not found",
                    Messages.text(Lang.resident(), "feedback.message-not-found"), "No message " + seq + " in this conversation.");
            case NOT_RATEABLE -> throw ApiException.of(Status.CONFLICT_409, "not-rateable", "Not rateable",
                    Messages.text(Lang.resident(), "feedback.not-rateable"), "Message " + seq + " cannot be rated this way.");
        }
    }

    private static int integer(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value instanceof JsonNumber number && number.isIntegral() && number.longValue() >= 0 && number.longValue() <= Integer.MAX_VALUE) {
            return number.intValue();
        }
        throw invalid(field + " must be a whole number");
    }

    private static ApiException invalid(String english) {
        return JsonRequests.bad("invalid-feedback", Messages.text(Lang.resident(), "feedback.invalid"), english);
    }
}
