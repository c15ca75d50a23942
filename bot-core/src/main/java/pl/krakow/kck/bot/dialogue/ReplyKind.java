package pl.krakow.kck.bot.dialogue;

import java.util.Locale;

/** What a reply does; the API and the channels render each differently. */
public enum ReplyKind {
    /** A self-service answer from one knowledge-base article. */
    ANSWER,
    /** Several articles could fit: the resident picks one. */
    CLARIFY,
    /** No article answers: says so and points to the infoline. */
    FALLBACK,
    /** A greeting or thanks, answered politely without the knowledge base. */
    SMALLTALK,
    /** About handing the conversation to a consultant: the offer (with consent options), the queue, a callback. */
    HANDOFF;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReplyKind fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
