package pl.krakow.kck.bot.reports;

import java.util.Optional;

import pl.krakow.kck.bot.dialogue.AfterCare;
import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.dialogue.SmallTalk;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * What a resident says in the middle of a report that answers none of its questions, read before the current
 * question's step could take it for an answer: thanks or a goodbye ("dzięki") get the polite reply, and a question
 * after the report itself ("kiedy to naprawią?", "co się dzieje z moim zgłoszeniem?") gets the honest one: no one
 * can say yet, the report is not sent. Words the form's questions expect (yes, no, skip) are never asides.
 */
final class FormAsides {

    private FormAsides() {
    }

    /** The reply to an aside, to be followed by the form's current question; empty when the words are an answer. */
    static Optional<Reply> reply(StepAnswer answer) {
        if (!answer.typed() || answer.text() == null || answer.confirms() || answer.refuses() || answer.skips()) {
            return Optional.empty();
        }
        String text = answer.text();
        if (SmallTalk.beforeHandoff(text)) {
            Reply polite = answer.knowledgeBase().get();
            return polite.kind() == ReplyKind.SMALLTALK ? Optional.of(polite) : Optional.empty();
        }
        if (ReportRecognizer.isQuestion(text) && AfterCare.asksAfter(text, AfterCare.IN_FORM_WORDS)) {
            return Optional.of(notSentYet());
        }
        return Optional.empty();
    }

    /**
     * When the report will be dealt with, asked before it is sent: not known (the unit that takes it on decides), and
     * the report is not sent yet. A fallback that says who decides, not a miss of the knowledge base.
     */
    static Reply notSentYet() {
        return Reply.referral(Messages.text(Lang.resident(), "reports.not-sent-yet"), 0);
    }
}
