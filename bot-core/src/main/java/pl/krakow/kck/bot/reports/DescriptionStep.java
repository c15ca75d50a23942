package pl.krakow.kck.bot.reports;

import java.util.List;
import java.util.Optional;

import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/** What happened, in the resident's words (often taken from the first message already). */
final class DescriptionStep implements Step {

    @Override
    public String id() {
        return ReportDraft.DESCRIPTION;
    }

    @Override
    public boolean missing(ReportDraft draft) {
        return draft.description() == null;
    }

    @Override
    public void ask(ReportDraft draft, boolean editing, StringBuilder text, List<Reply.Option> options) {
        text.append(Messages.text(Lang.resident(), "reports.ask-description"));
        Step.current(text, editing, draft.description());
    }

    @Override
    public StepOutcome accept(ReportDraft draft, StepAnswer answer) {
        if (!answer.typed()) {
            return new StepOutcome.Invalid(Messages.text(Lang.resident(), "reports.ask-description"), false);
        }
        Optional<Reply> interruption = answer.interruption();
        if (interruption.isPresent()) {
            return new StepOutcome.Interrupted(interruption.get());
        }
        String trimmed = answer.text().strip();
        if (trimmed.length() > FormLimits.DESCRIPTION_MAX) {
            return new StepOutcome.Invalid(Messages.text(Lang.resident(), "reports.description-too-long", FormLimits.DESCRIPTION_MAX), false);
        }
        if (trimmed.codePoints().filter(Character::isLetter).count() < FormLimits.DESCRIPTION_MIN_LETTERS
                || StepAnswer.words(trimmed) < FormLimits.DESCRIPTION_MIN_WORDS) {
            return new StepOutcome.Invalid(Messages.text(Lang.resident(), "reports.description-too-short"), false);
        }
        draft.description(trimmed);
        return StepOutcome.ACCEPTED;
    }

    @Override
    public boolean namedIn(String said) {
        return said.matches(".*\\bopis\\w*.*");
    }

    @Override
    public boolean correctable(ReportDraft draft) {
        return draft.category() != null;
    }
}
