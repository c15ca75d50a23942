package pl.krakow.kck.channels.api;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import io.helidon.http.HttpMediaType;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * Reads and checks JSON request bodies: media type, size, UTF-8, nesting depth and nothing after the value
 * ({@link JsonShape}), syntax, an object at the top.
 */
public final class JsonRequests {

    /** Our bodies are flat objects; nothing a client sends needs more. */
    static final int MAX_DEPTH = 16;
    private static final JsonShape SHAPE = new JsonShape(MAX_DEPTH);

    private final int maxBodyBytes;

    public JsonRequests(int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The body as an object; an absent body is an empty object when {@code optional}. */
    public JsonObject object(ServerRequest request, boolean optional) {
        boolean hasBody = request.content().hasEntity();
        if (!hasBody) {
            if (optional) {
                return JsonValue.EMPTY_JSON_OBJECT;
            }
            throw bad("body-missing", Messages.text(Lang.resident(), "api-errors.body-missing"), "Request body missing: send a JSON object.");
        }
        requireJson(request);
        if (request.headers().contentLength().orElse(0) > maxBodyBytes) {
            throw tooLarge();
        }
        byte[] bytes = request.content().as(byte[].class);
        if (bytes.length > maxBodyBytes) {
            throw tooLarge();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw bad("not-utf8", Messages.text(Lang.resident(), "api-errors.not-utf8"), "The request body is not valid UTF-8.");
        }
        if (text.isBlank() && optional) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        SHAPE.check(text);
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw bad("not-an-object", Messages.text(Lang.resident(), "api-errors.not-an-object"), "The request body must be a JSON object.");
            }
            return value.asJsonObject();
        } catch (JsonParsingException e) {
            throw bad("invalid-json", Messages.text(Lang.resident(), "api-errors.invalid-json-at",
                            String.valueOf(e.getLocation().getLineNumber()), String.valueOf(e.getLocation().getColumnNumber())),
                    "Malformed JSON at line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ".");
        } catch (JsonException e) {
            throw bad("invalid-json", Messages.text(Lang.resident(), "api-errors.invalid-json"), "Malformed JSON.");
        }
    }

    /** An optional string field; a value of another type is refused. */
    public static String string(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw bad("invalid-field", Messages.text(Lang.resident(), "api-errors.invalid-field", field), "Field '" + field + "' must be a string.");
    }

    private static void requireJson(ServerRequest request) {
        boolean json = request.headers().contentType()
                .map(HttpMediaType::mediaType)
                .map(type -> type.subtype().equals("json") || type.subtype().endsWith("+json"))
                .orElse(false);
        if (!json) {
            throw ApiException.of(Status.UNSUPPORTED_MEDIA_TYPE_415, "unsupported-media-type", "Unsupported media type",
                    Messages.text(Lang.resident(), "api-errors.unsupported-media-type"),
                    "Send the body as JSON (Content-Type: application/json).");
        }
    }

    private ApiException tooLarge() {
        return ApiException.of(Status.REQUEST_ENTITY_TOO_LARGE_413, "body-too-large", "Request body too large",
                Messages.text(Lang.resident(), "api-errors.body-too-large", maxBodyBytes),
                "The request body exceeds " + maxBodyBytes + " bytes.");
    }

    public static ApiException bad(String type, String detailPl, String detailEn) {
        return ApiException.of(Status.BAD_REQUEST_400, type, "Bad request", detailPl, detailEn);
    }
}
