package pl.krakow.kck.bot.reports;

import java.util.List;
import java.util.Optional;

import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.dialogue.DialogueState;
import pl.krakow.kck.bot.dialogue.KnowledgeAnswers;
import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.dialogue.ReplyKind;

/**
 * A question typed while a report is being filled in, asked of the knowledge base (only when the form asks it) as a
 * follow-up of what is being reported: "co z nim zrobią?" about an abandoned car is about the abandoned car, the
 * subject the report names (its category), while a question of its own ("a ile kosztuje bilet dobowy?") is
 * answered on its own as any follow-up with a new subject is. An answer about what is reported makes it the
 * conversation's subject ("a jak nikt go nie odbierze?" next is about the car too); an answer to a question of its own
 * leaves the state as it was (the next question is not read as a follow-up of a matter asked in passing).
 */
final class FormQuestion {

    /** The topic of the knowledge base's articles on reporting problems in the city. */
    static final String REPORTS_TOPIC = "zgloszenia";

    private final KnowledgeAnswers engine;
    private final String text;
    private final DialogueState state;
    private final String reported;
    private DialogueEngine.Turn asked;
    private boolean onSubject;

    /** @param reported the words that name what is reported (the category's name), or null */
    FormQuestion(KnowledgeAnswers engine, String text, DialogueState state, String reported) {
        this.engine = engine;
        this.text = text;
        this.state = state;
        this.reported = reported;
    }

    /**
     * The knowledge base's reply to the question (asked once): read in the conversation as it stands, and when that
     * answers nothing (a question without a subject of its own: "co z nim zrobią?"), read again as a follow-up of
     * what is reported.
     */
    Reply reply() {
        if (asked == null) {
            asked = engine.turn(text, null, List.of(), state);
            if (asked.reply().kind() != ReplyKind.ANSWER && reported != null && !reported.isBlank()) {
                DialogueEngine.Turn onReport = engine.turn(text, null, List.of(), state.withTopic(REPORTS_TOPIC, reported));
                if (onReport.reply().kind() == ReplyKind.ANSWER) {
                    asked = onReport;
                    onSubject = true;
                }
            }
        }
        return asked.reply();
    }

    /** The state after the turn when the form gave the answer about what is reported; empty otherwise. */
    Optional<DialogueState> subjectAfter(Reply given) {
        if (!onSubject || given.article() == null || asked.reply().article() == null
                || !asked.reply().article().id().equals(given.article().id())) {
            return Optional.empty();
        }
        return Optional.of(asked.state());
    }
}
