package pl.krakow.kck.bot.dialogue;

/**
 * What the conversation is about, kept between turns (table {@code dialogue_state}).
 *
 * @param article    the article last answered from (the current subject), or null
 * @param topic      its topic, or null
 * @param words      the resident's words that named the subject ("dowód", "samochód z Niemiec"), or null
 * @param facet      what was last asked about the subject (a facet of follow-ups.txt: cost, time, place…), or null
 * @param lastReport the number of the last report filed in the conversation, or null
 * @param missed     the subject words of the last question no article answered while there was no subject
 *                   ({@link RecentMiss}), or null
 */
public record DialogueState(String article, String topic, String words, String facet, String lastReport, String missed) {

    public static final DialogueState EMPTY = new DialogueState(null, null, null, null, null, null);

    public DialogueState(String article, String topic, String words, String facet, String lastReport) {
        this(article, topic, words, facet, lastReport, null);
    }

    public boolean hasSubject() {
        return topic != null && words != null && !words.isBlank();
    }

    /**
     * Whether the assistant last asked which matter a question without one was about ("how long does it take?"): no
     * subject, no words of one, but what the question asked.
     */
    boolean awaitsSubject() {
        return article == null && topic == null && words != null && words.isBlank() && facet != null;
    }

    /** A subject (or the words a clarifying question asks about): the question missed before is behind. */
    DialogueState withSubject(String article, String topic, String words, String facet) {
        return new DialogueState(article, topic, words, facet, lastReport, null);
    }

    /** The subject words of a question no article answered, to read the next message with. */
    DialogueState withMissed(String words) {
        return new DialogueState(article, topic, this.words, facet, lastReport, words);
    }

    /** A subject named by its topic and the words that search it, without an article of its own. */
    public DialogueState withTopic(String topic, String words) {
        return withSubject(null, topic, words, null);
    }

    DialogueState withFacet(String facet) {
        return new DialogueState(article, topic, words, facet, lastReport, missed);
    }

    public DialogueState withLastReport(String number) {
        return new DialogueState(article, topic, words, facet, number, missed);
    }
}
