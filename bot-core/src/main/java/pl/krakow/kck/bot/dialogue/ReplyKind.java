package pl.krakow.kck.bot.dialogue;

import java.util.Locale;

/** What a reply does; the API and the channels render each differently. */
public enum ReplyKind {
    /** A self-service answer from one knowledge-base article. */
    ANSWER,
    /** Several articles could fit: the resident picks one. */
    CLARIFY,
    /**
     * No article answers: says so and points to the infoline, or to whose matter it is (another
     * institution; Straż Miejska 986 or a utility's 24-hour line for a problem the city's form does not take).
     */
    FALLBACK,
    /** A greeting or thanks, answered politely without the knowledge base. */
    SMALLTALK,
    /** About handing the conversation to a consultant: the offer (with consent options), the queue, a callback. */
    HANDOFF,
    /**
     * The problem-report flow (pl.krakow.kck.bot.reports): a question of the form, its summary, the
     * report's number once accepted, a status lookup, or the stop that sends an emergency to 112.
     */
    REPORT;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReplyKind fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
