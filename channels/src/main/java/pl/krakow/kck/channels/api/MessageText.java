package pl.krakow.kck.channels.api;

import java.text.Normalizer;

import io.helidon.http.Status;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/** What a resident may send as a message: some text, not too long, no control characters. */
public final class MessageText {

    private final int maxLength;

    public MessageText(int maxLength) {
        this.maxLength = maxLength;
    }

    /** The text, NFC-normalised and trimmed; refuses what no person types. */
    public String check(String text) {
        if (text == null || text.isBlank()) {
            throw JsonRequests.bad("text-empty", Messages.text(Lang.PL, "api-errors.text-empty"),
                    "Field 'text' is missing or empty.");
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        if (normalized.codePointCount(0, normalized.length()) > maxLength) {
            throw ApiException.of(Status.REQUEST_ENTITY_TOO_LARGE_413, "text-too-long", "Message too long",
                    Messages.text(Lang.PL, "api-errors.text-too-long", maxLength),
                    "Field 'text' exceeds " + maxLength + " characters.");
        }
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
                throw JsonRequests.bad("text-control-characters", Messages.text(Lang.PL, "api-errors.text-control-characters"),
                        "Field 'text' contains control characters (U+" + String.format("%04X", (int) c) + ").");
            }
        }
        return normalized;
    }
}
