package pl.krakow.kck.bot.reports;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * The form's questions as the resident reads them: the text of the step a draft waits on, with its
 * options (choices, "Pomiń"), the current value when an answer is being changed, the nearby reports
 * and the summary.
 */
final class ReportQuestions {

    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("d.MM.uuuu", Locale.ROOT);

    private final CategoryCatalogue catalogue;
    private final ReportRepository reports;
    private final int maxPhotoBytes;

    ReportQuestions(CategoryCatalogue catalogue, ReportRepository reports, int maxPhotoBytes) {
        this.catalogue = catalogue;
        this.reports = reports;
        this.maxPhotoBytes = maxPhotoBytes;
    }

    /** The question the draft waits on, after {@code prefix}. */
    Reply ask(ReportDraft draft, String prefix) {
        String step = draft.step();
        ServiceCategory category = draft.category() == null ? null : catalogue.find(draft.category()).orElse(null);
        List<Reply.Option> options = new ArrayList<>();
        StringBuilder text = new StringBuilder(prefix);
        boolean editing = step.equals(draft.editing());
        switch (stepKind(step)) {
            case ReportDraft.CATEGORY -> {
                List<ServiceCategory> shown = draft.categoryChoices().isEmpty() ? catalogue.reportable()
                        : draft.categoryChoices().stream().map(catalogue::find).flatMap(Optional::stream).toList();
                text.append(draft.categoryChoices().isEmpty() ? Messages.text(Lang.PL, "reports.ask-category") : Messages.text(Lang.PL, "reports.ask-category-ambiguous"));
                shown.forEach(c -> options.add(new Reply.Option(ReportFlow.CATEGORY + c.code(), c.name())));
                if (!draft.categoryChoices().isEmpty()) {
                    options.add(new Reply.Option(ReportFlow.ALL_CATEGORIES, Messages.text(Lang.PL, "reports.other-category")));
                }
                current(text, editing, category == null ? null : category.name());
            }
            case ReportDraft.LOCATION -> {
                Location location = draft.location();
                if (location != null && location.detailWanted()) {
                    text.append(ReportPhrases.askLocationDetail(location.address()));
                    options.add(new Reply.Option(ReportFlow.SKIP, Messages.text(Lang.PL, "reports.skip")));
                } else {
                    text.append(Messages.text(Lang.PL, "reports.ask-location"));
                    if (category != null && !category.locationRequired()) {
                        text.append(Messages.text(Lang.PL, "reports.location-optional"));
                        options.add(new Reply.Option(ReportFlow.SKIP, Messages.text(Lang.PL, "reports.skip")));
                    }
                    current(text, editing, location == null ? null : location.label());
                }
            }
            case ReportDraft.DESCRIPTION -> {
                text.append(Messages.text(Lang.PL, "reports.ask-description"));
                current(text, editing, draft.description());
            }
            case ReportDraft.ATTRIBUTE -> {
                CategoryAttribute attribute = category.attribute(step.substring(ReportDraft.ATTRIBUTE.length())).orElseThrow();
                text.append(attribute.description());
                if (!attribute.required()) {
                    text.append(Messages.text(Lang.PL, "reports.optional"));
                }
                attribute.values().forEach(v -> options.add(new Reply.Option(ReportFlow.VALUE + attribute.code() + ":" + v.key(), v.name())));
                if (!attribute.required()) {
                    options.add(new Reply.Option(ReportFlow.SKIP, Messages.text(Lang.PL, "reports.skip")));
                }
                current(text, editing, attributeLabel(attribute, draft.attributes().get(attribute.code())));
            }
            case ReportDraft.PHOTO -> {
                text.append(ReportPhrases.askPhoto(Math.max(1, maxPhotoBytes / (1024 * 1024))));
                options.add(new Reply.Option(ReportFlow.PHOTO, Messages.text(Lang.PL, "reports.photo-option")));
                options.add(new Reply.Option(ReportFlow.SKIP, Messages.text(Lang.PL, "reports.skip")));
                current(text, editing, draft.photoId() == null ? null : Messages.text(Lang.PL, "reports.photo-attached"));
            }
            case ReportDraft.CONTACT -> {
                text.append(Messages.text(Lang.PL, "reports.ask-contact"));
                options.add(new Reply.Option(ReportFlow.SKIP, Messages.text(Lang.PL, "reports.skip")));
                current(text, editing, contactLabel(draft));
            }
            case ReportDraft.CONSENT -> {
                text.append(ReportPhrases.consent(new ContactParser.Contact(draft.email(), draft.phone()).label()));
                options.add(new Reply.Option(ReportFlow.YES, Messages.text(Lang.PL, "reports.yes")));
                options.add(new Reply.Option(ReportFlow.NO, Messages.text(Lang.PL, "reports.no")));
            }
            case ReportDraft.DUPLICATES -> {
                text.append(Messages.text(Lang.PL, "reports.duplicates-intro")).append('\n');
                for (String number : draft.duplicates()) {
                    reports.find(number).ifPresent(r -> text.append("\n- ").append(duplicateLine(r)));
                    options.add(new Reply.Option(ReportFlow.JOIN + number, ReportPhrases.joinOption(number)));
                }
                text.append("\n\n").append(Messages.text(Lang.PL, "reports.duplicates-outro"));
                options.add(new Reply.Option(ReportFlow.NEW, Messages.text(Lang.PL, "reports.new-report")));
            }
            case ReportDraft.SUMMARY -> {
                text.append(Messages.text(Lang.PL, "reports.summary-intro")).append("\n\n").append(summaryLines(draft, category))
                        .append("\n\n").append(Messages.text(Lang.PL, "reports.summary-outro"));
                options.add(new Reply.Option(ReportFlow.CONFIRM, Messages.text(Lang.PL, "reports.send")));
                options.add(new Reply.Option(ReportFlow.EDIT, Messages.text(Lang.PL, "reports.edit")));
                options.add(new Reply.Option(ReportFlow.CANCEL, Messages.text(Lang.PL, "reports.cancel")));
            }
            case ReportDraft.EDIT -> {
                text.append(Messages.text(Lang.PL, "reports.ask-edit"));
                options.addAll(editOptions(draft, category));
            }
            default -> text.append(Messages.text(Lang.PL, "reports.summary-waiting"));
        }
        return ReportFlow.reply(text.toString(), options);
    }

    private List<Reply.Option> editOptions(ReportDraft draft, ServiceCategory category) {
        List<Reply.Option> options = new ArrayList<>();
        options.add(new Reply.Option(ReportFlow.EDIT_FIELD + ReportDraft.CATEGORY, Messages.text(Lang.PL, "reports.label-category")));
        if (category != null) {
            options.add(new Reply.Option(ReportFlow.EDIT_FIELD + ReportDraft.LOCATION, Messages.text(Lang.PL, "reports.label-location")));
            options.add(new Reply.Option(ReportFlow.EDIT_FIELD + ReportDraft.DESCRIPTION, Messages.text(Lang.PL, "reports.label-description")));
            for (CategoryAttribute attribute : category.attributes()) {
                options.add(new Reply.Option(ReportFlow.EDIT_FIELD + ReportDraft.ATTRIBUTE + attribute.code(), shortLabel(attribute.description())));
            }
            options.add(new Reply.Option(ReportFlow.EDIT_FIELD + ReportDraft.PHOTO, Messages.text(Lang.PL, "reports.label-photo")));
            options.add(new Reply.Option(ReportFlow.EDIT_FIELD + ReportDraft.CONTACT, Messages.text(Lang.PL, "reports.label-contact")));
        }
        return options;
    }

    private static String stepKind(String step) {
        return step.startsWith(ReportDraft.ATTRIBUTE) ? ReportDraft.ATTRIBUTE : step;
    }

    private static void current(StringBuilder text, boolean editing, String value) {
        if (editing && value != null) {
            text.append("\n\n").append(ReportPhrases.currentValue(value));
        }
    }

    private String summaryLines(ReportDraft draft, ServiceCategory category) {
        List<String> lines = new ArrayList<>();
        lines.add("- " + Messages.text(Lang.PL, "reports.label-category") + ": " + category.name());
        lines.add("- " + Messages.text(Lang.PL, "reports.label-location") + ": " + (draft.location() == null ? Messages.text(Lang.PL, "reports.none") : draft.location().label()));
        lines.add("- " + Messages.text(Lang.PL, "reports.label-description") + ": " + draft.description());
        for (CategoryAttribute attribute : category.attributes()) {
            String value = attributeLabel(attribute, draft.attributes().get(attribute.code()));
            lines.add("- " + shortLabel(attribute.description()) + ": " + (value == null ? Messages.text(Lang.PL, "reports.skipped") : value));
        }
        lines.add("- " + Messages.text(Lang.PL, "reports.label-photo") + ": " + (draft.photoId() == null ? Messages.text(Lang.PL, "reports.none") : Messages.text(Lang.PL, "reports.photo-attached")));
        String contact = contactLabel(draft);
        lines.add("- " + Messages.text(Lang.PL, "reports.label-contact") + ": " + (contact == null ? Messages.text(Lang.PL, "reports.anonymous") : contact));
        return String.join("\n", lines);
    }

    private static String contactLabel(ReportDraft draft) {
        if (draft.email() == null && draft.phone() == null) {
            return null;
        }
        return new ContactParser.Contact(draft.email(), draft.phone()).label() + (draft.consent() ? " (zgoda na kontakt)" : "");
    }

    private static String attributeLabel(CategoryAttribute attribute, List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (!attribute.datatype().isList()) {
            return String.join(", ", values);
        }
        return String.join(", ", values.stream().map(k -> attribute.value(k).map(CategoryAttribute.Value::name).orElse(k)).toList());
    }

    private static String duplicateLine(Report report) {
        String place = report.address() != null ? report.address()
                : String.format(Locale.ROOT, "%.5f, %.5f", report.lat(), report.lon());
        String when = report.requestedAt().atZoneSameInstant(ReportRepository.CITY_ZONE).format(SHOWN_DATE);
        String voices = report.supporters() > 0 ? ", dołączyło osób: " + report.supporters() : "";
        return "**" + report.number() + "** – " + report.serviceName() + ", " + place + " (zgłoszone " + when + voices + ")";
    }

    private static String shortLabel(String question) {
        String label = question.replaceAll("\\s*\\([^)]*\\)", "").replaceAll("\\?.*$", "").strip();
        return label.length() > 60 ? label.substring(0, 57) + "…" : label;
    }
}
