package pl.krakow.kck.bot.text;

import java.util.Locale;
import java.util.Optional;

/**
 * A language the assistant speaks: the folder of its message catalogues ({@code messages/<code>/}). The
 * languages are those listed in {@code messages/catalogues.properties}; adding one is adding its files.
 */
public record Lang(String code) {

    /** Polish: the first language, and the one a missing text falls back to. */
    public static final Lang PL = new Lang("pl");

    public Lang {
        if (code == null || !code.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException("a language code is two or three lower-case letters: " + code);
        }
    }

    /** The language with this code ("pl", "UK", "en-GB" → "en") when it has catalogues; empty otherwise. */
    public static Optional<Lang> of(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String primary = code.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return Messages.languages().stream().filter(l -> l.code().equals(primary)).findFirst();
    }

    @Override
    public String toString() {
        return code;
    }
}
