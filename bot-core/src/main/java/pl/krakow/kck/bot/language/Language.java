package pl.krakow.kck.bot.language;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import pl.krakow.kck.bot.text.Lang;

/** The languages the assistant serves fully: answers, forms, handoff, everything a resident reads. */
public enum Language {
    PL, UK, EN;

    /** The language of a conversation that has not said anything yet. */
    public static final Language DEFAULT = PL;

    /** "en-GB", "pt_BR": compiled once, every message's language is read through {@link #of}. */
    private static final Pattern REGION = Pattern.compile("[-_]");

    /** ISO 639-1 code: {@code pl}, {@code uk}, {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of the message catalogues ({@code messages/<code>/}). */
    public Lang lang() {
        return new Lang(code());
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** The served language with this ISO 639-1 code (any case, region ignored: {@code en-GB}); empty for others. */
    public static Optional<Language> of(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String primary = REGION.split(code.strip().toLowerCase(Locale.ROOT))[0];
        for (Language language : values()) {
            if (language.code().equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
