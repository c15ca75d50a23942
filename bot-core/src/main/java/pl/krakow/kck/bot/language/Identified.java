package pl.krakow.kck.bot.language;

import java.util.Optional;

/**
 * The language a message is in.
 *
 * @param code   {@code pl}, {@code uk}, {@code en} (served), {@code ru}, {@code other}, or {@code neutral} (a
 *               number, an emoji, "ok", an acronym: nothing to tell a language by)
 * @param served the language to answer in: the served language identified, for a neutral message the
 *               conversation's (null when it has none yet), null for Russian and other languages
 */
public record Identified(String code, Language served) {

    public static final String RUSSIAN = "ru";
    public static final String OTHER = "other";
    public static final String NEUTRAL = "neutral";

    static Identified of(Language language) {
        return new Identified(language.code(), language);
    }

    static Identified neutral(Language prior) {
        return new Identified(NEUTRAL, prior);
    }

    /** A language the assistant does not serve (Russian included): the reply says which languages it speaks. */
    public boolean unserved() {
        return code.equals(RUSSIAN) || code.equals(OTHER);
    }

    /** The code as reports group it: served languages and Russian as themselves, anything else {@code other}. */
    static Identified ofCode(String code) {
        Optional<Language> served = Language.of(code);
        if (served.isPresent()) {
            return of(served.get());
        }
        return new Identified(RUSSIAN.equals(code) ? RUSSIAN : OTHER, null);
    }
}
