package pl.krakow.kck.channels.api;

import io.helidon.http.Status;

import pl.krakow.kck.bot.text.InputText;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/** What a resident may send in a text field of the API ({@link InputText}), refused as problem details. */
public final class MessageText {

    private final InputText input;

    public MessageText(int maxLength) {
        this.input = new InputText(maxLength);
    }

    /** The text, cleaned; refuses what no person types. */
    public String check(String text) {
        try {
            return input.clean(text);
        } catch (InputText.Refused refused) {
            throw problem(refused, input.maxLength(), "text");
        }
    }

    /** The problem details for a refused field. */
    public static ApiException problem(InputText.Refused refused, int maxLength, String field) {
        String where = refused.codePoint() >= 0 ? String.format(" (U+%04X)", refused.codePoint()) : "";
        return switch (refused.reason()) {
            case EMPTY -> JsonRequests.bad(refused.reason().code(), Messages.text(Lang.resident(), "api-errors.text-empty"),
                    "Field '" + field + "' is missing or empty.");
            case TOO_LONG -> ApiException.of(Status.REQUEST_ENTITY_TOO_LARGE_413, refused.reason().code(), "Message too long",
                    Messages.text(Lang.resident(), "api-errors.text-too-long", maxLength), "Field '" + field + "' exceeds " + maxLength + " characters.");
            case CONTROL -> JsonRequests.bad(refused.reason().code(), Messages.text(Lang.resident(), "api-errors.text-control-characters"),
                    "Field '" + field + "' contains control characters" + where + ".");
            case INVALID -> JsonRequests.bad(refused.reason().code(), Messages.text(Lang.resident(), "api-errors.text-invalid-characters"),
                    "Field '" + field + "' contains characters no text may hold (lone surrogates, non-characters)" + where + ".");
        };
    }
}
