package pl.krakow.kck.channels.api;

import jakarta.json.Json;

import io.helidon.http.HttpMediaType;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import pl.krakow.kck.bot.dialogue.AssistantService;
import pl.krakow.kck.bot.dialogue.ReplyJson;
import pl.krakow.kck.bot.reports.PhotoSanitizer;
import pl.krakow.kck.channels.reports.Reports;

/**
 * {@code POST /api/v1/conversations/{id}/photos}: a photo for the report being filled in, sent as the raw
 * image bytes with {@code Content-Type: image/jpeg} or {@code image/png}. Its metadata (EXIF with GPS,
 * XMP, comments) is removed before it is stored; then it counts as the resident's answer to the photo
 * question, and the reply is the form's next question, as for a message.
 */
public final class PhotoApi implements Handler {

    private final AssistantService assistant;
    private final Reports reports;

    public PhotoApi(AssistantService assistant, Reports reports) {
        this.assistant = assistant;
        this.reports = reports;
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        String id = request.path().pathParameters().get("id");
        assistant.conversation(id).orElseThrow(() -> ConversationApi.notFound(id));
        if (!reports.router().hasOpenDraft(id)) {
            throw ApiException.of(Status.CONFLICT_409, "no-report-open", "No report open",
                    "Zdjęcie można dodać tylko do rozpoczętego zgłoszenia. Najpierw opisz problem w rozmowie.",
                    "A photo can only be added to a report being filled in; start one in the conversation first.");
        }
        String type = request.headers().contentType().map(HttpMediaType::mediaType).map(t -> t.text()).orElse("");
        if (!PhotoSanitizer.TYPES.contains(type.replace("image/jpg", PhotoSanitizer.JPEG))) {
            throw ApiException.of(Status.UNSUPPORTED_MEDIA_TYPE_415, "unsupported-photo-type", "Unsupported photo type",
                    "Przyjmuję zdjęcia w formacie JPEG albo PNG (nagłówek Content-Type: image/jpeg lub image/png).",
                    "Send the photo's bytes with Content-Type image/jpeg or image/png.");
        }
        int max = reports.sanitizer().maxBytes();
        if (request.headers().contentLength().orElse(0) > max) {
            throw tooLarge(max);
        }
        if (!request.content().hasEntity()) {
            throw JsonRequests.bad("photo-missing", "Brak zdjęcia w treści żądania.", "The request has no body.");
        }
        byte[] bytes = request.content().as(byte[].class);
        if (bytes.length > max) {
            throw tooLarge(max);
        }
        PhotoSanitizer.Clean clean;
        try {
            clean = reports.sanitizer().clean(bytes, type);
        } catch (PhotoSanitizer.Rejected e) {
            throw JsonRequests.bad("invalid-photo", e.polish(), e.getMessage());
        }
        long photo = reports.photos().store(id, clean);
        String shown = "📷 Zdjęcie (" + Math.max(1, clean.bytes().length / 1024) + " kB, " + clean.width() + "×" + clean.height() + ")";
        AssistantService.Exchange exchange = assistant.post(id, shown, "report:photo:" + photo).orElseThrow(() -> ConversationApi.notFound(id));
        response.status(Status.CREATED_201);
        ConversationApi.send(response, Json.createObjectBuilder()
                .add("conversationId", id)
                .add("photo", Json.createObjectBuilder().add("id", photo).add("contentType", clean.contentType())
                        .add("bytes", clean.bytes().length).add("width", clean.width()).add("height", clean.height())
                        .add("metadataRemoved", true))
                .add("message", ConversationApi.message(exchange.question()))
                .add("reply", ReplyJson.toJson(exchange.reply()))
                .add("replyMessage", ConversationApi.message(exchange.answer()))
                .build());
    }

    private static ApiException tooLarge(int max) {
        return ApiException.of(Status.REQUEST_ENTITY_TOO_LARGE_413, "photo-too-large", "Photo too large",
                "Zdjęcie jest za duże (limit " + (max / (1024 * 1024)) + " MB).", "The photo exceeds " + max + " bytes.");
    }
}
