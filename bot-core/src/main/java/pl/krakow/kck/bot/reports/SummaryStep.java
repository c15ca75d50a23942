package pl.krakow.kck.bot.reports;

import java.util.ArrayList;
import java.util.List;

import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.reports.FormChoice.Kind;
import pl.krakow.kck.bot.reports.listing.MyReports;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/** Every answer shown once more; "wyślij" files the report (once, whatever happens: the draft's id is the key). */
final class SummaryStep implements Step {

    private final FormContext form;

    SummaryStep(FormContext form) {
        this.form = form;
    }

    @Override
    public String id() {
        return ReportDraft.SUMMARY;
    }

    @Override
    public boolean missing(ReportDraft draft) {
        return true;
    }

    @Override
    public void ask(ReportDraft draft, boolean editing, StringBuilder text, List<Reply.Option> options) {
        text.append(Messages.text(Lang.resident(), "reports.summary-intro")).append("\n\n").append(lines(draft, form.category(draft)))
                .append("\n\n").append(Messages.text(Lang.resident(), "reports.summary-outro"));
        options.add(new Reply.Option(FormChoice.id(Kind.CONFIRM), Messages.text(Lang.resident(), "reports.send")));
        options.add(new Reply.Option(FormChoice.id(Kind.EDIT), Messages.text(Lang.resident(), "reports.edit")));
        options.add(new Reply.Option(FormChoice.id(Kind.CANCEL), Messages.text(Lang.resident(), "reports.cancel")));
    }

    private static String lines(ReportDraft draft, ServiceCategory category) {
        List<String> lines = new ArrayList<>();
        lines.add(line("reports.label-category", category.name()));
        lines.add(line("reports.label-location", draft.location() == null ? text("reports.none") : draft.location().label()));
        lines.add(line("reports.label-description", draft.description()));
        for (CategoryAttribute attribute : category.attributes()) {
            String value = DraftLabels.attribute(attribute, draft.attributes().get(attribute.code()));
            lines.add("- " + DraftLabels.shortLabel(attribute.description()) + ": " + (value == null ? text("reports.skipped") : value));
        }
        lines.add(line("reports.label-photo", draft.photoId() == null ? text("reports.none") : text("reports.photo-attached")));
        String contact = DraftLabels.contact(draft);
        lines.add(line("reports.label-contact", contact == null ? text("reports.anonymous") : contact));
        return String.join("\n", lines);
    }

    private static String line(String label, String value) {
        return "- " + text(label) + ": " + value;
    }

    private static String text(String key) {
        return Messages.text(Lang.resident(), key);
    }

    @Override
    public StepOutcome accept(ReportDraft draft, StepAnswer answer) {
        if (!(answer.picked(Kind.CONFIRM) || answer.confirms())) {
            return new StepOutcome.Invalid(Messages.text(Lang.resident(), "reports.summary-waiting"), true);
        }
        ServiceCategory category = form.category(draft);
        String conversationId = answer.conversationId();
        ServiceCategory cityNames = form.catalogue().polish().find(category.code()).orElse(category); // filed in Polish, whatever the resident reads
        NewReport report = new NewReport(conversationId, NewReport.CHAT, cityNames, draft.location(), draft.description(),
                draft.attributes(), draft.photoId(), draft.email(), draft.phone(), draft.consent());
        ReportRepository.Filed filed = form.reports().submit(report, draft.id(),
                new ReportRepository.DraftWrite(conversationId, draft.id(), n -> {
                    draft.submitted(n);
                    return draft.toJson();
                }));
        draft.submitted(filed.report().number());
        return new StepOutcome.Final(new FormTurn(draft,
                FormReplies.report(ReportPhrases.submitted(filed.report().number(), category.notice()), List.of(MyReports.option()))));
    }
}
