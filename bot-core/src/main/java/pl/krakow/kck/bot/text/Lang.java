package pl.krakow.kck.bot.text;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A language the assistant speaks: the folder of its message catalogues ({@code messages/<code>/}). The
 * languages are those listed in {@code messages/catalogues.properties}; adding one is adding its files.
 */
public record Lang(String code) {

    /** Compiled once, first (the constants below are made with it): a Lang is made for every request. */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z]{2,3}");

    /** Polish: the first language, and the one a missing text falls back to. */
    public static final Lang PL = new Lang("pl");

    /**
     * The language of the resident whose turn is being served (bound by {@link #speaking}): a Lang, or a
     * {@link PendingLang} not read until asked.
     */
    private static final ThreadLocal<Object> RESIDENT = new ThreadLocal<>();

    public Lang {
        if (code == null || !CODE.matcher(code).matches()) {
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

    /**
     * The language of the resident the assistant is answering now: the one bound by {@link #speaking} around
     * a turn (or a message sent into a conversation), Polish outside one. Texts a resident reads use it;
     * consultants' texts stay Polish.
     */
    public static Lang resident() {
        return switch (RESIDENT.get()) {
            case Lang lang -> lang;
            case PendingLang pending -> pending.get();
            case null, default -> PL;
        };
    }

    /** Runs {@code work} with {@link #resident()} being {@code lang}. */
    public static <T> T speaking(Lang lang, Supplier<T> work) {
        return bound(lang, work);
    }

    /** Runs {@code work} with {@link #resident()} being {@code lang}, read when first asked for. */
    public static <T> T speaking(PendingLang lang, Supplier<T> work) {
        return bound(lang, work);
    }

    /**
     * A conversation's stored language as a turn read it: settles a pending language of the same conversation bound
     * around the turn (the request's), which then need not read it again.
     */
    public static void stored(String conversationId, Optional<Lang> lang) {
        if (RESIDENT.get() instanceof PendingLang pending) {
            pending.offer(conversationId, lang);
        }
    }

    private static <T> T bound(Object lang, Supplier<T> work) {
        Object before = RESIDENT.get();
        RESIDENT.set(lang);
        try {
            return work.get();
        } finally {
            RESIDENT.set(before);
        }
    }

    /** {@link #speaking(Lang, Supplier)} for work without a result. */
    public static void speaking(Lang lang, Runnable work) {
        speaking(lang, () -> {
            work.run();
            return null;
        });
    }

    @Override
    public String toString() {
        return code;
    }
}
