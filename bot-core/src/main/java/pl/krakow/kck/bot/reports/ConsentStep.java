package pl.krakow.kck.bot.reports;

import java.util.List;

import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.reports.FormChoice.Kind;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/** Consent to the processing of the contact given; without it the contact is dropped and the report is anonymous. */
final class ConsentStep implements Step {

    @Override
    public String id() {
        return ReportDraft.CONSENT;
    }

    @Override
    public boolean missing(ReportDraft draft) {
        return !draft.skipped().contains(ReportDraft.CONTACT) && !draft.consent() && (draft.email() != null || draft.phone() != null);
    }

    @Override
    public void ask(ReportDraft draft, boolean editing, StringBuilder text, List<Reply.Option> options) {
        text.append(ReportPhrases.consent(new ContactParser.Contact(draft.email(), draft.phone()).label()));
        options.add(new Reply.Option(FormChoice.id(Kind.YES), Messages.text(Lang.resident(), "reports.yes")));
        options.add(new Reply.Option(FormChoice.id(Kind.NO), Messages.text(Lang.resident(), "reports.no")));
    }

    @Override
    public StepOutcome accept(ReportDraft draft, StepAnswer answer) {
        if (answer.picked(Kind.YES) || answer.confirms()) {
            draft.contact(draft.email(), draft.phone(), true);
            return StepOutcome.ACCEPTED;
        }
        if (answer.picked(Kind.NO) || answer.refuses()) {
            draft.contact(null, null, false);
            draft.skipped().add(ReportDraft.CONTACT);
            return StepOutcome.ACCEPTED;
        }
        return new StepOutcome.Invalid(Messages.text(Lang.resident(), "reports.consent-invalid"), true);
    }
}
