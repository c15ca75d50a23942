package pl.krakow.kck.bot.reports;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.reports.FormChoice.Kind;
import pl.krakow.kck.bot.reports.listing.MyReports;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;
import pl.krakow.kck.bot.text.Vocabulary.Group;

/** Open reports of the same category nearby, offered to join instead of filing a new one. */
final class DuplicatesStep implements Step {

    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("d.MM.uuuu", Locale.ROOT);

    private final FormContext form;

    DuplicatesStep(FormContext form) {
        this.form = form;
    }

    @Override
    public String id() {
        return ReportDraft.DUPLICATES;
    }

    /** Looks for nearby open reports once everything else is known (again after the category or place changes). */
    @Override
    public boolean missing(ReportDraft draft) {
        if (draft.duplicatesChecked()) {
            return false;
        }
        List<Report> near = form.reports().nearbyOpen(draft.category(), draft.location(), FormLimits.DUPLICATE_RADIUS_METRES);
        if (near.isEmpty()) {
            draft.duplicatesChecked(true);
            return false;
        }
        draft.duplicates(near.stream().map(Report::number).toList());
        return true;
    }

    @Override
    public void ask(ReportDraft draft, boolean editing, StringBuilder text, List<Reply.Option> options) {
        text.append(Messages.text(Lang.resident(), "reports.duplicates-intro", FormLimits.DUPLICATE_RADIUS_METRES)).append('\n');
        for (String number : draft.duplicates()) {
            form.reports().find(number).ifPresent(r -> text.append("\n- ").append(line(r)));
            options.add(new Reply.Option(FormChoice.id(Kind.JOIN, number), ReportPhrases.joinOption(number)));
        }
        text.append("\n\n").append(Messages.text(Lang.resident(), "reports.duplicates-outro"));
        options.add(new Reply.Option(FormChoice.id(Kind.NEW), Messages.text(Lang.resident(), "reports.new-report")));
    }

    private static String line(Report report) {
        String place = report.address() != null ? report.address()
                : String.format(Locale.ROOT, "%.5f, %.5f", report.lat(), report.lon());
        String when = report.requestedAt().atZoneSameInstant(ReportRepository.CITY_ZONE).format(SHOWN_DATE);
        String voices = report.supporters() > 0 ? Messages.text(Lang.resident(), "reports.duplicate-supporters", report.supporters()) : "";
        return Messages.text(Lang.resident(), "reports.duplicate-line", report.number(), report.serviceName(), place, when, voices);
    }

    @Override
    public StepOutcome accept(ReportDraft draft, StepAnswer answer) {
        String said = answer.said();
        String number = null;
        if (answer.picked(Kind.JOIN)) {
            number = answer.picked().argument();
        } else if (answer.says(Group.JOIN) && draft.duplicates().size() == 1) {
            number = draft.duplicates().getFirst();
        } else if (answer.typed() && said.startsWith("dolacz")) {
            number = ReportNumber.find(said.toUpperCase(Locale.ROOT).replace(' ', '-')).orElse(null);
            if (number == null) {
                return pick(false);
            }
        }
        if (number != null) {
            return join(draft, answer.conversationId(), number);
        }
        if (answer.picked(Kind.NEW) || answer.says(Group.NEW)) {
            draft.duplicatesChecked(true);
            return StepOutcome.ACCEPTED;
        }
        return pick(true);
    }

    private StepOutcome join(ReportDraft draft, String conversationId, String number) {
        if (!draft.duplicates().contains(number)) {
            return pick(false);
        }
        boolean joined = form.reports().join(number, draft.id(), conversationId, draft.consent() ? draft.email() : null,
                draft.consent() ? draft.phone() : null, draft.description(),
                new ReportRepository.DraftWrite(conversationId, draft.id(), n -> {
                    draft.submitted(n);
                    return draft.toJson();
                }));
        if (joined) {
            draft.submitted(number);
            return new StepOutcome.Final(new FormTurn(draft, FormReplies.report(ReportPhrases.joined(number), List.of(MyReports.option()))));
        }
        List<String> left = new ArrayList<>(draft.duplicates()); // closed meanwhile
        left.remove(number);
        draft.duplicates(left);
        if (left.isEmpty()) {
            draft.duplicatesChecked(true);
            return StepOutcome.ACCEPTED;
        }
        return pick(false);
    }

    private static StepOutcome pick(boolean mayBeQuestion) {
        return new StepOutcome.Invalid(Messages.text(Lang.resident(), "reports.duplicates-pick"), mayBeQuestion);
    }
}
