package pl.krakow.kck.bot.reports;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import pl.krakow.kck.bot.dialogue.Reply;

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
                text.append(draft.categoryChoices().isEmpty() ? ReportPhrases.ASK_CATEGORY : ReportPhrases.ASK_CATEGORY_AMBIGUOUS);
                shown.forEach(c -> options.add(new Reply.Option(ReportFlow.CATEGORY + c.code(), c.name())));
                if (!draft.categoryChoices().isEmpty()) {
                    options.add(new Reply.Option(ReportFlow.ALL_CATEGORIES, ReportPhrases.OTHER_CATEGORY));
                }
                current(text, editing, category == null ? null : category.name());
            }
            case ReportDraft.LOCATION -> {
                Location location = draft.location();
                if (location != null && location.detailWanted()) {
                    text.append(ReportPhrases.askLocationDetail(location.address()));
                    options.add(new Reply.Option(ReportFlow.SKIP, ReportPhrases.SKIP));
                } else {
                    text.append(ReportPhrases.ASK_LOCATION);
                    if (category != null && !category.locationRequired()) {
                        text.append(ReportPhrases.LOCATION_OPTIONAL);
                        options.add(new Reply.Option(ReportFlow.SKIP, ReportPhrases.SKIP));
                    }
                    current(text, editing, location == null ? null : location.label());
                }
            }
            case ReportDraft.DESCRIPTION -> {
                text.append(ReportPhrases.ASK_DESCRIPTION);
                current(text, editing, draft.description());
            }
            case ReportDraft.ATTRIBUTE -> {
                CategoryAttribute attribute = category.attribute(step.substring(ReportDraft.ATTRIBUTE.length())).orElseThrow();
                text.append(attribute.description());
                if (!attribute.required()) {
                    text.append(ReportPhrases.OPTIONAL);
                }
                attribute.values().forEach(v -> options.add(new Reply.Option(ReportFlow.VALUE + attribute.code() + ":" + v.key(), v.name())));
                if (!attribute.required()) {
                    options.add(new Reply.Option(ReportFlow.SKIP, ReportPhrases.SKIP));
                }
                current(text, editing, attributeLabel(attribute, draft.attributes().get(attribute.code())));
            }
            case ReportDraft.PHOTO -> {
                text.append(ReportPhrases.askPhoto(Math.max(1, maxPhotoBytes / (1024 * 1024))));
                options.add(new Reply.Option(ReportFlow.PHOTO, ReportPhrases.PHOTO_OPTION));
                options.add(new Reply.Option(ReportFlow.SKIP, ReportPhrases.SKIP));
                current(text, editing, draft.photoId() == null ? null : ReportPhrases.PHOTO_ATTACHED);
            }
            case ReportDraft.CONTACT -> {
                text.append(ReportPhrases.ASK_CONTACT);
                options.add(new Reply.Option(ReportFlow.SKIP, ReportPhrases.SKIP));
                current(text, editing, contactLabel(draft));
            }
            case ReportDraft.CONSENT -> {
                text.append(ReportPhrases.consent(new ContactParser.Contact(draft.email(), draft.phone()).label()));
                options.add(new Reply.Option(ReportFlow.YES, ReportPhrases.YES));
                options.add(new Reply.Option(ReportFlow.NO, ReportPhrases.NO));
            }
            case ReportDraft.DUPLICATES -> {
                text.append(ReportPhrases.DUPLICATES_INTRO).append('\n');
                for (String number : draft.duplicates()) {
                    reports.find(number).ifPresent(r -> text.append("\n- ").append(duplicateLine(r)));
                    options.add(new Reply.Option(ReportFlow.JOIN + number, ReportPhrases.joinOption(number)));
                }
                text.append("\n\n").append(ReportPhrases.DUPLICATES_OUTRO);
                options.add(new Reply.Option(ReportFlow.NEW, ReportPhrases.NEW_REPORT));
            }
            case ReportDraft.SUMMARY -> {
                text.append(ReportPhrases.SUMMARY_INTRO).append("\n\n").append(summaryLines(draft, category))
                        .append("\n\n").append(ReportPhrases.SUMMARY_OUTRO);
                options.add(new Reply.Option(ReportFlow.CONFIRM, ReportPhrases.SEND));
                options.add(new Reply.Option(ReportFlow.EDIT, ReportPhrases.EDIT));
                options.add(new Reply.Option(ReportFlow.CANCEL, ReportPhrases.CANCEL));
            }
            case ReportDraft.EDIT -> {
                text.append(ReportPhrases.ASK_EDIT);
                options.addAll(editOptions(draft, category));
            }
            default -> text.append(ReportPhrases.SUMMARY_WAITING);
        }
        return ReportFlow.reply(text.toString(), options);
    }

    private List<Reply.Option> editOptions(ReportDraft draft, ServiceCategory category) {
        List<Reply.Option> options = new ArrayList<>();
        options.add(new Reply.Option(ReportFlow.EDIT_FIELD + ReportDraft.CATEGORY, ReportPhrases.LABEL_CATEGORY));
        if (category != null) {
            options.add(new Reply.Option(ReportFlow.EDIT_FIELD + ReportDraft.LOCATION, ReportPhrases.LABEL_LOCATION));
            options.add(new Reply.Option(ReportFlow.EDIT_FIELD + ReportDraft.DESCRIPTION, ReportPhrases.LABEL_DESCRIPTION));
            for (CategoryAttribute attribute : category.attributes()) {
                options.add(new Reply.Option(ReportFlow.EDIT_FIELD + ReportDraft.ATTRIBUTE + attribute.code(), shortLabel(attribute.description())));
            }
            options.add(new Reply.Option(ReportFlow.EDIT_FIELD + ReportDraft.PHOTO, ReportPhrases.LABEL_PHOTO));
            options.add(new Reply.Option(ReportFlow.EDIT_FIELD + ReportDraft.CONTACT, ReportPhrases.LABEL_CONTACT));
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
        lines.add("- " + ReportPhrases.LABEL_CATEGORY + ": " + category.name());
        lines.add("- " + ReportPhrases.LABEL_LOCATION + ": " + (draft.location() == null ? ReportPhrases.NONE : draft.location().label()));
        lines.add("- " + ReportPhrases.LABEL_DESCRIPTION + ": " + draft.description());
        for (CategoryAttribute attribute : category.attributes()) {
            String value = attributeLabel(attribute, draft.attributes().get(attribute.code()));
            lines.add("- " + shortLabel(attribute.description()) + ": " + (value == null ? ReportPhrases.SKIPPED : value));
        }
        lines.add("- " + ReportPhrases.LABEL_PHOTO + ": " + (draft.photoId() == null ? ReportPhrases.NONE : ReportPhrases.PHOTO_ATTACHED));
        String contact = contactLabel(draft);
        lines.add("- " + ReportPhrases.LABEL_CONTACT + ": " + (contact == null ? ReportPhrases.ANONYMOUS : contact));
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
