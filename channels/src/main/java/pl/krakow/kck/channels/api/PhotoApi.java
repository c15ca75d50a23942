package pl.krakow.kck.channels.api;


import static pl.krakow.kck.bot.json.Jsons.JSON;

import io.helidon.http.HttpMediaType;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import pl.krakow.kck.bot.dialogue.AssistantService;
import pl.krakow.kck.bot.dialogue.ReplyJson;
import pl.krakow.kck.bot.reports.PhotoSanitizer;
import pl.krakow.kck.channels.reports.PhotoAttachment;
import pl.krakow.kck.channels.reports.Reports;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * {@code POST /api/v1/conversations/{id}/photos}: a photo for the report being filled in, sent as the raw
 * image bytes with {@code Content-Type: image/jpeg} or {@code image/png}. Its metadata (EXIF with GPS,
 * XMP, comments) is removed before it is stored; then it counts as the resident's answer to the photo
 * question, and the reply is the form's next question, as for a message.
 */
public final class PhotoApi implements Handler {

    private final AssistantService assistant;
    private final PhotoAttachment attachment;

    public PhotoApi(AssistantService assistant, Reports reports) {
        this.assistant = assistant;
        this.attachment = new PhotoAttachment(assistant, reports);
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        String id = request.path().pathParameters().get("id");
        assistant.conversation(id).orElseThrow(() -> ConversationApi.notFound(id));
        String type = request.headers().contentType().map(HttpMediaType::mediaType).map(t -> t.text()).orElse("");
        int max = attachment.maxBytes();
        if (request.headers().contentLength().orElse(0) > max) {
            throw tooLarge(max);
        }
        if (!request.content().hasEntity()) {
            throw JsonRequests.bad("photo-missing", Messages.text(Lang.resident(), "api-errors.photo-missing"), "The request has no body.");
        }
        PhotoAttachment.Attached attached;
        try {
            attached = attachment.attach(id, request.content().as(byte[].class), type);
        } catch (PhotoAttachment.Refused e) {
            throw switch (e.kind()) {
                case "no-report-open" -> ApiException.of(Status.CONFLICT_409, e.kind(), "No report open", e.text(), e.getMessage());
                case "unsupported-photo-type" -> ApiException.of(Status.UNSUPPORTED_MEDIA_TYPE_415, e.kind(),
                        "Unsupported photo type", Messages.text(Lang.resident(), "api-errors.photo-type", e.text()), e.getMessage());
                case "photo-too-large" -> tooLarge(max);
                case "too-many-photos" -> ApiException.of(Status.TOO_MANY_REQUESTS_429, e.kind(), "Too many photos", e.text(), e.getMessage());
                default -> JsonRequests.bad(e.kind(), e.text(), e.getMessage());
            };
        }
        PhotoSanitizer.Clean clean = attached.photo();
        long photo = attached.photoId();
        AssistantService.Exchange exchange = attached.exchange();
        response.status(Status.CREATED_201);
        ConversationApi.send(response, JSON.createObjectBuilder()
                .add("conversationId", id)
                .add("photo", JSON.createObjectBuilder().add("id", photo).add("contentType", clean.contentType())
                        .add("bytes", clean.bytes().length).add("width", clean.width()).add("height", clean.height())
                        .add("metadataRemoved", true))
                .add("message", ConversationApi.message(exchange.question()))
                .add("reply", ReplyJson.toJson(exchange.reply()))
                .add("replyMessage", ConversationApi.message(exchange.answer()))
                .build());
    }

    private static ApiException tooLarge(int max) {
        return ApiException.of(Status.REQUEST_ENTITY_TOO_LARGE_413, "photo-too-large", "Photo too large",
                Messages.text(Lang.resident(), "api-errors.photo-too-large", max / (1024 * 1024)), "The photo exceeds " + max + " bytes.");
    }
}
