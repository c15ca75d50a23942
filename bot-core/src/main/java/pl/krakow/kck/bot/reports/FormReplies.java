package pl.krakow.kck.bot.reports;

import java.util.List;

import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.dialogue.ReplyKind;

/** The kinds of reply the report flow gives. */
final class FormReplies {

    private FormReplies() {
    }

    /** A reply of the form (a question, a status, a report number). */
    static Reply report(String text, List<Reply.Option> options) {
        return new Reply(ReplyKind.REPORT, text, null, List.of(), options, List.of(), 1.0);
    }

    /**
     * Another service's matter (Straż Miejska, a utility's 24-hour line): no form; a fallback that says
     * where to call, as the engine's replies about other institutions' matters are.
     */
    static Reply redirect(ServiceCategory category) {
        return Reply.referral(category.message(), 0);
    }
}
