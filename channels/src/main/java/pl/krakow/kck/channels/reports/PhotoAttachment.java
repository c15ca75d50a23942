package pl.krakow.kck.channels.reports;

import pl.krakow.kck.bot.dialogue.AssistantService;
import pl.krakow.kck.bot.dialogue.Input;
import pl.krakow.kck.bot.reports.PhotoSanitizer;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * Adds a photo to the report being filled in, whatever channel it came from (the widget's upload, a
 * Telegram photo): checked and stripped of its metadata, stored, then posted into the conversation as the
 * answer to the photo question.
 */
public final class PhotoAttachment {

    /** Photos one conversation may store: a report shows one, a resident may change their mind a few times. */
    public static final int MAX_PHOTOS = 5;

    private final AssistantService assistant;
    private final Reports reports;

    public PhotoAttachment(AssistantService assistant, Reports reports) {
        this.assistant = assistant;
        this.reports = reports;
    }

    /** What was stored and the turn it made. */
    public record Attached(long photoId, PhotoSanitizer.Clean photo, AssistantService.Exchange exchange) {
    }

    /** Why a photo was not taken; {@link #text()} is what the resident is told, in their language. */
    public static final class Refused extends Exception {

        private final String text;
        private final String kind;

        Refused(String kind, String text, String english) {
            super(english);
            this.kind = kind;
            this.text = text;
        }

        /** no-report-open, photo-too-large, unsupported-photo-type, too-many-photos or invalid-photo */
        public String kind() {
            return kind;
        }

        public String text() {
            return text;
        }
    }

    public int maxBytes() {
        return reports.sanitizer().maxBytes();
    }

    public Attached attach(String conversationId, byte[] bytes, String contentType) throws Refused {
        if (!reports.router().hasOpenDraft(conversationId)) {
            throw new Refused("no-report-open",
                    Messages.text(Lang.resident(), "api-errors.no-report"),
                    "A photo can only be added to a report being filled in; start one in the conversation first.");
        }
        String type = contentType.replace("image/jpg", PhotoSanitizer.JPEG);
        if (!PhotoSanitizer.TYPES.contains(type)) {
            throw new Refused("unsupported-photo-type",
                    Messages.text(Lang.resident(), "api-errors.photo-unsupported"), "Send the photo as image/jpeg or image/png.");
        }
        if (bytes.length > maxBytes()) {
            throw new Refused("photo-too-large", Messages.text(Lang.resident(), "api-errors.photo-too-large", maxBytes() / (1024 * 1024)),
                    "The photo exceeds " + maxBytes() + " bytes.");
        }
        if (reports.photos().count(conversationId) >= MAX_PHOTOS) {
            throw new Refused("too-many-photos", Messages.text(Lang.resident(), "api-errors.too-many-photos", MAX_PHOTOS),
                    "A conversation may attach at most " + MAX_PHOTOS + " photos.");
        }
        PhotoSanitizer.Clean clean;
        try {
            clean = reports.sanitizer().clean(bytes, type);
        } catch (PhotoSanitizer.Rejected e) {
            throw new Refused("invalid-photo", e.text(), e.getMessage());
        }
        long photo = reports.photos().store(conversationId, clean);
        String shown = Messages.text(Lang.resident(), "reports.photo-shown", Math.max(1, clean.bytes().length / 1024), clean.width(), clean.height());
        AssistantService.Exchange exchange = assistant.post(conversationId, new Input.Photo(photo, shown))
                .orElseThrow(() -> new IllegalStateException("conversation " + conversationId + " vanished"));
        return new Attached(photo, clean, exchange);
    }
}
