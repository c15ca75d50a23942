package pl.krakow.kck.evaluation.dialogues;

import pl.krakow.kck.evaluation.metrics.FactMatcher;
import pl.krakow.kck.evaluation.questions.Expectation;

/**
 * What the service replied to one turn of a dialogue.
 *
 * @param index   0-based turn number; 0 is the first message of the conversation
 * @param kind    the reply's kind on the wire, or {@code none} when the assistant stayed silent
 * @param topic   the reply's article topic (for a clarify, its first option's), or null
 * @param article the reply's article id (for a clarify, its first option's), or null
 * @param lang    the language the reply is written in ({@code pl}, {@code uk}, {@code en}), or null when silent
 */
public record TurnOutcome(Dialogue dialogue, int index, DialogueTurn turn, String kind, String topic, String article,
                          String text, String lang, long latencyNanos) {

    public static final String SILENT = "none";

    public Expectation expect() {
        return turn.expect();
    }

    public boolean followUp() {
        return index > 0;
    }

    public boolean kindHit() {
        return kind.equals(expect().kind());
    }

    /** The reply is about the expected topic; false when no topic is expected. */
    public boolean topicHit() {
        return expect().topic() != null && expect().topic().equals(topic);
    }

    public boolean articleHit() {
        return expect().article() != null && expect().article().equals(article);
    }

    public boolean factsHit() {
        return FactMatcher.containsAll(text, expect().facts());
    }

    /** A confident answer on another topic than the expected one: the worst outcome. */
    public boolean wrongTopicAnswer() {
        return expect().isAnswer() && expect().topic() != null && "answer".equals(kind) && !expect().topic().equals(topic);
    }

    /** The reply is in the expected language; false when no language is expected. */
    public boolean langHit() {
        return expect().lang() != null && expect().lang().equals(lang);
    }

    /** Everything the turn's {@code expect} asks for. */
    public boolean met() {
        return kindHit()
                && (expect().topic() == null || topicHit())
                && (expect().article() == null || articleHit())
                && (expect().lang() == null || langHit())
                && factsHit();
    }
}
