package pl.krakow.kck.bot.replies;

import java.util.Objects;

import pl.krakow.kck.bot.language.Language;

/**
 * What a supervisor writes for a saved reply: a title (what consultants pick it by), the text, its language and
 * optionally a topic. {@link #of} checks and trims it; {@link Invalid} names the field that is wrong.
 */
public record SavedReplyDraft(String title, String text, Language language, String topic) {

    public static final int MAX_TITLE = 120;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_TOPIC = 64;

    /** The field of a draft that is missing or wrong. */
    public enum Field {
        TITLE, TEXT, LANGUAGE, TOPIC
    }

    /** A draft that cannot be saved. */
    public static final class Invalid extends IllegalArgumentException {

        private final Field field;

        public Invalid(Field field, String message) {
            super(message);
            this.field = field;
        }

        public Field field() {
            return field;
        }
    }

    public SavedReplyDraft {
        Objects.requireNonNull(title);
        Objects.requireNonNull(text);
        Objects.requireNonNull(language);
    }

    /**
     * The draft as sent: title and text required (within their lengths), a served language's code, a topic slug
     * or nothing (blank is nothing).
     */
    public static SavedReplyDraft of(String title, String text, String languageCode, String topic) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > MAX_TITLE) {
            throw new Invalid(Field.TITLE, "title is required, at most " + MAX_TITLE + " characters");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > MAX_TEXT) {
            throw new Invalid(Field.TEXT, "text is required, at most " + MAX_TEXT + " characters");
        }
        Language language = Language.of(languageCode).filter(l -> l.code().equals(languageCode.strip()))
                .orElseThrow(() -> new Invalid(Field.LANGUAGE, "lang must be one of pl, uk, en"));
        String slug = topic == null || topic.isBlank() ? null : topic.strip();
        if (slug != null && (slug.length() > MAX_TOPIC || !slug.matches("[a-z0-9-]+"))) {
            throw new Invalid(Field.TOPIC, "topic must be a topic's slug");
        }
        return new SavedReplyDraft(t, body, language, slug);
    }
}
