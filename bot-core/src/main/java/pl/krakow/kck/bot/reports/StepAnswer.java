package pl.krakow.kck.bot.reports;

import java.util.Optional;
import java.util.function.Supplier;

import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Vocabulary;
import pl.krakow.kck.bot.text.Vocabulary.Group;
import pl.krakow.kck.bot.text.Words;

/**
 * One answer to the form's current question: what was typed, or the form option picked.
 *
 * @param conversationId the conversation the draft belongs to
 * @param text           what the resident typed ("" with a picked option)
 * @param picked         the form option picked (or typed the number or label of), or null
 * @param knowledgeBase  the engine's reply to the text, asked only when the text may be an unrelated question
 */
record StepAnswer(String conversationId, String text, FormChoice picked, Supplier<Reply> knowledgeBase) {

    /** The text after {@link Words#normalize}. */
    String said() {
        return Words.normalize(text);
    }

    boolean typed() {
        return picked == null;
    }

    boolean picked(FormChoice.Kind kind) {
        return picked != null && picked.is(kind);
    }

    /** Whether the resident typed (the whole message) one of the group's phrases. */
    boolean says(Group group) {
        return picked == null && Vocabulary.phrases(Lang.resident(), group).contains(said());
    }

    /** "Pomiń" picked or one of the skip words typed. */
    boolean skips() {
        return picked(FormChoice.Kind.SKIP) || says(Group.SKIP);
    }

    /** "tak", "wyślij", "ok wysyłaj", "tak, zgadzam się": yes or send, typed (the whole message). */
    boolean confirms() {
        return picked == null && Vocabulary.composedOf(Lang.resident(), text, Group.YES, Group.SEND);
    }

    /** "nie", "nie, dziękuję", "nie, nie chcę": no, typed. */
    boolean refuses() {
        return picked == null && Vocabulary.composedOf(Lang.resident(), text, Group.NO);
    }

    /** The knowledge base's answer when the text is a question it answers (typed where free text was expected). */
    Optional<Reply> interruption() {
        if (!typed() || !ReportRecognizer.isQuestion(text)) {
            return Optional.empty();
        }
        Reply answer = knowledgeBase.get();
        return answer.kind() == ReplyKind.ANSWER ? Optional.of(answer) : Optional.empty();
    }

    /** The number of words typed. */
    static int words(String text) {
        return Words.of(text).size();
    }
}
