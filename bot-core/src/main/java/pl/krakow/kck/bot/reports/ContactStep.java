package pl.krakow.kck.bot.reports;

import java.util.List;

import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.reports.FormChoice.Kind;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/** An e-mail address or phone number for news of the report (optional: without one the report is anonymous). */
final class ContactStep implements Step {

    private final ContactParser contacts = new ContactParser();

    @Override
    public String id() {
        return ReportDraft.CONTACT;
    }

    @Override
    public boolean missing(ReportDraft draft) {
        return !draft.skipped().contains(ReportDraft.CONTACT) && !draft.consent() && draft.email() == null && draft.phone() == null;
    }

    @Override
    public void ask(ReportDraft draft, boolean editing, StringBuilder text, List<Reply.Option> options) {
        text.append(Messages.text(Lang.resident(), "reports.ask-contact"));
        options.add(new Reply.Option(FormChoice.id(Kind.SKIP), Messages.text(Lang.resident(), "reports.skip")));
        Step.current(text, editing, DraftLabels.contact(draft));
    }

    @Override
    public StepOutcome accept(ReportDraft draft, StepAnswer answer) {
        if (answer.skips()) {
            draft.contact(null, null, false);
            draft.skipped().add(ReportDraft.CONTACT);
            return StepOutcome.ACCEPTED;
        }
        if (!answer.typed()) {
            return new StepOutcome.Invalid(Messages.text(Lang.resident(), "reports.contact-invalid"), false);
        }
        ContactParser.Contact contact = contacts.parse(answer.text());
        if (contact.empty() || !contacts.onlyContact(answer.text(), contact)) {
            return new StepOutcome.Invalid(Messages.text(Lang.resident(), "reports.contact-invalid"), true);
        }
        draft.contact(contact.email(), contact.phone(), false);
        draft.skipped().remove(ReportDraft.CONTACT);
        return StepOutcome.ACCEPTED;
    }

    @Override
    public boolean namedIn(String said) {
        return said.matches(".*\\b(kontakt|mail|email|telefon|numer telefonu)\\w*.*");
    }

    @Override
    public boolean correctable(ReportDraft draft) {
        return draft.category() != null;
    }

    @Override
    public void reopen(ReportDraft draft) {
        draft.contact(null, null, false);
    }
}
