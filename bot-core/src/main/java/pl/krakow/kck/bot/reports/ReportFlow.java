package pl.krakow.kck.bot.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;
import pl.krakow.kck.bot.text.Vocabulary;
import pl.krakow.kck.bot.text.Vocabulary.Group;
import pl.krakow.kck.bot.text.Words;

/**
 * The report form as a conversation: one question at a time (category → place → description → the
 * category's attributes → photo → contact and consent → nearby open reports → summary), asking only what
 * is missing. "wróć" goes back one answer, "popraw" changes any answer, "anuluj" drops the draft; an
 * answer that does not fit is asked again with the reason; a question the knowledge base answers is
 * answered, and the form resumes where it was. Works on a {@link ReportDraft}; the caller stores it.
 */
final class ReportFlow {

    static final String PREFIX = "report:";
    static final String CANCEL = PREFIX + "cancel";
    static final String BACK = PREFIX + "back";
    static final String EDIT = PREFIX + "edit";
    static final String EDIT_FIELD = PREFIX + "edit:";
    static final String SKIP = PREFIX + "skip";
    static final String YES = PREFIX + "yes";
    static final String NO = PREFIX + "no";
    static final String CONFIRM = PREFIX + "confirm";
    static final String NEW = PREFIX + "new";
    static final String JOIN = PREFIX + "join:";
    static final String CATEGORY = PREFIX + "category:";
    static final String ALL_CATEGORIES = CATEGORY + "*";
    static final String VALUE = PREFIX + "value:";
    static final String PHOTO = PREFIX + "photo";
    static final String PHOTO_ADDED = PREFIX + "photo:";
    static final String LOCATION = PREFIX + "location:";

    static final double DUPLICATE_RADIUS_METRES = 50;


    /** The new state of the draft (null: the draft is closed and dropped) and the reply. */
    record Turn(ReportDraft draft, Reply reply) {
    }

    private sealed interface Outcome permits Accepted, Invalid, Final {
    }

    private record Accepted(String prefix) implements Outcome {
    }

    /** The answer does not fit: the reason is told and the question asked again (unless the KB answers it). */
    private record Invalid(String reason, boolean mayBeQuestion) implements Outcome {
    }

    private record Final(Turn turn) implements Outcome {
    }

    private final CategoryCatalogue catalogue;
    private final CategoryMatcher matcher;
    private final ReportRepository reports;
    private final PhotoRepository photos;
    private final LocationParser locations = new LocationParser();
    private final ContactParser contacts = new ContactParser();
    private final ReportQuestions questions;

    ReportFlow(CategoryCatalogue catalogue, CategoryMatcher matcher, ReportRepository reports, PhotoRepository photos,
               int maxPhotoBytes) {
        this.catalogue = catalogue;
        this.matcher = matcher;
        this.reports = reports;
        this.photos = photos;
        this.questions = new ReportQuestions(catalogue, reports, maxPhotoBytes);
    }

    /** A draft from a first message that reads as a report, with what it already says filled in. */
    Turn open(ReportRecognizer.Report reading, String text) {
        ReportDraft draft = ReportDraft.fresh();
        if (reading.category() != null) {
            draft.category(reading.category().code());
        } else {
            draft.categoryChoices(reading.candidates().stream().map(ServiceCategory::code).toList());
        }
        if (reading.location() != null) {
            draft.location(reading.location());
        }
        if ((reading.category() != null || !reading.candidates().isEmpty()) && words(text) >= 3) {
            draft.description(truncate(text.strip(), 2000));
        }
        draft.step(next(draft));
        StringBuilder intro = new StringBuilder(reading.danger() == null ? "" : reading.danger() + "\n\n")
                .append(Messages.text(Lang.PL, "reports.start"));
        List<String> understood = new ArrayList<>();
        if (reading.category() != null) {
            understood.add(reading.category().name());
        }
        if (reading.location() != null) {
            understood.add(reading.location().label());
        }
        if (!understood.isEmpty()) {
            intro.append("\n\nRozumiem: ").append(String.join(", ", understood)).append('.');
        }
        return new Turn(draft, questions.ask(draft, intro + "\n\n"));
    }

    /**
     * One answer to the open draft.
     *
     * @param picked        a report option the resident picked (or typed the number or label of), or null
     * @param knowledgeBase the engine's reply to the text, asked only when the text may be an unrelated question
     */
    Turn handle(String conversationId, ReportDraft draft, String text, String picked, Supplier<Reply> knowledgeBase) {
        String said = normalize(text);
        if (picked != null && picked.startsWith(PHOTO_ADDED)) {
            return attachPhoto(conversationId, draft, picked.substring(PHOTO_ADDED.length()));
        }
        if (CANCEL.equals(picked) || (picked == null && says(Group.CANCEL, said))) {
            return new Turn(null, reply(Messages.text(Lang.PL, "reports.cancelled"), List.of()));
        }
        if (BACK.equals(picked) || (picked == null && says(Group.BACK, said))) {
            return back(draft);
        }
        if (EDIT.equals(picked) || (picked != null && picked.startsWith(EDIT_FIELD)) || (picked == null && isEditCommand(said))) {
            String target = picked != null && picked.startsWith(EDIT_FIELD) ? picked.substring(EDIT_FIELD.length()) : editTarget(said, draft);
            return edit(draft, target);
        }
        Optional<ServiceCategory> emergency = picked == null ? emergency(text) : Optional.empty();
        Turn turn = answer(conversationId, draft, text, picked, said, knowledgeBase);
        if (emergency.isPresent() && turn.draft() != null) {
            Reply r = turn.reply();
            return new Turn(turn.draft(), new Reply(r.kind(), emergency.get().message() + "\n\n" + Messages.text(Lang.PL, "reports.emergency-continue")
                    + "\n\n" + r.text(), r.article(), r.sources(), r.options(), r.related(), r.confidence()));
        }
        return turn;
    }

    private Turn answer(String conversationId, ReportDraft draft, String text, String picked, String said,
                        Supplier<Reply> knowledgeBase) {
        String step = draft.step() == null ? next(draft) : draft.step();
        Outcome outcome;
        if (step.equals(ReportDraft.CATEGORY)) {
            outcome = category(draft, text, picked);
        } else if (step.equals(ReportDraft.LOCATION)) {
            outcome = location(draft, text, picked, said, knowledgeBase);
        } else if (step.equals(ReportDraft.DESCRIPTION)) {
            outcome = description(draft, text, picked, knowledgeBase);
        } else if (step.startsWith(ReportDraft.ATTRIBUTE)) {
            outcome = attribute(draft, step.substring(ReportDraft.ATTRIBUTE.length()), text, picked, said, knowledgeBase);
        } else if (step.equals(ReportDraft.PHOTO)) {
            outcome = photo(draft, picked, said);
        } else if (step.equals(ReportDraft.CONTACT)) {
            outcome = contact(draft, text, picked, said);
        } else if (step.equals(ReportDraft.CONSENT)) {
            outcome = consent(draft, picked, said);
        } else if (step.equals(ReportDraft.DUPLICATES)) {
            outcome = duplicates(conversationId, draft, picked, said);
        } else if (step.equals(ReportDraft.SUMMARY)) {
            outcome = summary(conversationId, draft, picked, said);
        } else if (step.equals(ReportDraft.EDIT)) {
            String target = picked != null && picked.startsWith(EDIT_FIELD) ? picked.substring(EDIT_FIELD.length()) : editTarget(said, draft);
            outcome = target == null ? new Invalid(Messages.text(Lang.PL, "reports.ask-edit"), true) : new Final(edit(draft, target));
        } else {
            draft.step(next(draft));
            return new Turn(draft, questions.ask(draft, ""));
        }
        return switch (outcome) {
            case Final f -> f.turn();
            case Accepted a -> {
                List<String> history = draft.history();
                if (history.isEmpty() || !history.getLast().equals(step)) {
                    history.add(step);
                }
                draft.editing(null);
                draft.step(next(draft));
                yield new Turn(draft, questions.ask(draft, a.prefix()));
            }
            case Invalid i -> {
                if (picked == null && i.mayBeQuestion() && looksLikeQuestion(text)) {
                    Reply answer = knowledgeBase.get();
                    if (answer.kind() == ReplyKind.ANSWER || answer.kind() == ReplyKind.CLARIFY) {
                        yield new Turn(draft, resume(answer, draft));
                    }
                }
                yield new Turn(draft, questions.ask(draft, i.reason() + "\n\n"));
            }
        };
    }

    /** Another reply (a knowledge-base answer, a status) followed by the form's current question. */
    Reply resume(Reply other, ReportDraft draft) {
        Reply question = questions.ask(draft, Messages.text(Lang.PL, "reports.resume"));
        List<Reply.Option> options = new ArrayList<>(other.options());
        options.addAll(question.options());
        return new Reply(other.kind(), other.text() + "\n\n---\n\n" + question.text(), other.article(), other.sources(), options,
                other.related(), other.confidence());
    }

    /** The first step still missing an answer; finds nearby open reports when everything else is known. */
    String next(ReportDraft draft) {
        if (draft.category() == null) {
            return ReportDraft.CATEGORY;
        }
        ServiceCategory category = catalogue.find(draft.category()).orElse(null);
        if (category == null) {
            draft.category(null);
            return ReportDraft.CATEGORY;
        }
        Location location = draft.location();
        if ((location == null && !draft.skipped().contains(ReportDraft.LOCATION)) || (location != null && location.detailWanted())) {
            return ReportDraft.LOCATION;
        }
        if (draft.description() == null) {
            return ReportDraft.DESCRIPTION;
        }
        for (CategoryAttribute attribute : category.attributes()) {
            if (!draft.attributes().containsKey(attribute.code()) && !draft.skipped().contains(ReportDraft.ATTRIBUTE + attribute.code())) {
                return ReportDraft.ATTRIBUTE + attribute.code();
            }
        }
        if (draft.photoId() == null && !draft.skipped().contains(ReportDraft.PHOTO)) {
            return ReportDraft.PHOTO;
        }
        if (!draft.skipped().contains(ReportDraft.CONTACT) && !draft.consent()) {
            return draft.email() == null && draft.phone() == null ? ReportDraft.CONTACT : ReportDraft.CONSENT;
        }
        if (!draft.duplicatesChecked()) {
            List<Report> near = reports.nearbyOpen(category.code(), location, DUPLICATE_RADIUS_METRES);
            if (!near.isEmpty()) {
                draft.duplicates(near.stream().map(Report::number).toList());
                return ReportDraft.DUPLICATES;
            }
            draft.duplicatesChecked(true);
        }
        return ReportDraft.SUMMARY;
    }

    private Outcome category(ReportDraft draft, String text, String picked) {
        String code = null;
        if (ALL_CATEGORIES.equals(picked)) {
            draft.categoryChoices(List.of());
            return new Final(new Turn(draft, questions.ask(draft, "")));
        }
        if (picked != null && picked.startsWith(CATEGORY)) {
            code = picked.substring(CATEGORY.length());
        } else if (picked == null) {
            List<CategoryMatcher.Match> matches = matcher.matches(text);
            if (!matches.isEmpty() && (matches.size() == 1 || matches.get(0).score() > matches.get(1).score())) {
                code = matches.getFirst().category().code();
            }
        }
        Optional<ServiceCategory> category = code == null ? Optional.empty() : catalogue.find(code);
        if (category.isEmpty()) {
            return new Invalid(Messages.text(Lang.PL, "reports.category-unknown"), true);
        }
        if (category.get().handling() == ServiceCategory.Handling.EMERGENCY) {
            return new Final(new Turn(null, reply(category.get().message(), List.of())));
        }
        if (category.get().handling() == ServiceCategory.Handling.REDIRECT) {
            return new Final(new Turn(null, redirect(category.get())));
        }
        draft.category(category.get().code());
        draft.categoryChoices(List.of());
        return new Accepted("");
    }

    private Outcome location(ReportDraft draft, String text, String picked, String said, Supplier<Reply> knowledgeBase) {
        ServiceCategory category = catalogue.find(draft.category()).orElseThrow();
        Location current = draft.location();
        boolean detail = current != null && current.detailWanted();
        if (picked != null && picked.startsWith(LOCATION)) {
            Optional<double[]> point = LocationParser.coordinates(picked.substring(LOCATION.length()));
            if (point.isEmpty()) {
                return new Invalid(Messages.text(Lang.PL, "reports.location-too-vague"), false);
            }
            if (!KrakowBounds.contains(point.get()[0], point.get()[1])) {
                return new Invalid(ReportPhrases.outsideKrakow(point.get()[0], point.get()[1]), false);
            }
            draft.location(new Location(detail ? current.address() : null, point.get()[0], point.get()[1], false));
            draft.skipped().remove(ReportDraft.LOCATION);
            return new Accepted("");
        }
        if (SKIP.equals(picked) || (picked == null && says(Group.SKIP, said))) {
            if (detail) {
                draft.location(new Location(current.address(), current.lat(), current.lon(), false));
                return new Accepted("");
            }
            if (!category.locationRequired()) {
                draft.location(null);
                draft.skipped().add(ReportDraft.LOCATION);
                return new Accepted("");
            }
            return new Invalid(Messages.text(Lang.PL, "reports.location-required"), false);
        }
        if (picked != null) {
            return new Invalid(Messages.text(Lang.PL, "reports.location-too-vague"), false);
        }
        Optional<Reply> interruption = interruption(text, knowledgeBase);
        if (interruption.isPresent()) {
            return new Final(new Turn(draft, resume(interruption.get(), draft)));
        }
        String trimmed = text.strip().replaceAll("\\s+", " ");
        if (detail && LocationParser.coordinates(trimmed).isEmpty()) {
            if (trimmed.length() > 200) {
                return new Invalid(Messages.text(Lang.PL, "reports.location-too-long"), false);
            }
            String address = trimmed.matches("\\d{1,4}[a-zA-Z]?(/\\d{1,4})?") ? current.address() + " " + trimmed
                    : current.address() + ", " + trimmed;
            draft.location(Location.address(address));
            return new Accepted("");
        }
        LocationParser.Answer answer = locations.answer(trimmed);
        if (answer.problem() != null) {
            return new Invalid(answer.problem(), false);
        }
        draft.location(answer.location());
        draft.skipped().remove(ReportDraft.LOCATION);
        return new Accepted("");
    }

    private Outcome description(ReportDraft draft, String text, String picked, Supplier<Reply> knowledgeBase) {
        if (picked != null) {
            return new Invalid(Messages.text(Lang.PL, "reports.ask-description"), false);
        }
        Optional<Reply> interruption = interruption(text, knowledgeBase);
        if (interruption.isPresent()) {
            return new Final(new Turn(draft, resume(interruption.get(), draft)));
        }
        String trimmed = text.strip();
        if (trimmed.length() > 2000) {
            return new Invalid(Messages.text(Lang.PL, "reports.description-too-long"), false);
        }
        if (trimmed.codePoints().filter(Character::isLetter).count() < 8 || words(trimmed) < 2) {
            return new Invalid(Messages.text(Lang.PL, "reports.description-too-short"), false);
        }
        draft.description(trimmed);
        return new Accepted("");
    }

    private Outcome attribute(ReportDraft draft, String code, String text, String picked, String said, Supplier<Reply> knowledgeBase) {
        ServiceCategory category = catalogue.find(draft.category()).orElseThrow();
        Optional<CategoryAttribute> found = category.attribute(code);
        if (found.isEmpty()) {
            return new Accepted("");
        }
        CategoryAttribute attribute = found.get();
        String skipKey = ReportDraft.ATTRIBUTE + code;
        boolean skip = SKIP.equals(picked) || (picked == null && (said.equals("pomin") || said.equals("dalej")
                || (!attribute.datatype().isList() && says(Group.SKIP, said))));
        if (skip) {
            if (attribute.required()) {
                return new Invalid(Messages.text(Lang.PL, "reports.required-answer"), false);
            }
            draft.attributes().remove(code);
            draft.skipped().add(skipKey);
            return new Accepted("");
        }
        if (attribute.datatype().isList()) {
            List<String> keys = picked != null && picked.startsWith(VALUE + code + ":")
                    ? List.of(picked.substring((VALUE + code + ":").length()))
                    : picked == null ? AttributeAnswers.list(attribute, text) : List.of();
            keys = keys.stream().filter(k -> attribute.value(k).isPresent()).toList();
            boolean single = attribute.datatype() == CategoryAttribute.Datatype.SINGLEVALUELIST;
            if (keys.isEmpty() || (single && keys.size() > 1)) {
                return new Invalid(single ? Messages.text(Lang.PL, "reports.pick-one") : Messages.text(Lang.PL, "reports.pick-some"), true);
            }
            draft.attributes().put(code, keys);
            draft.skipped().remove(skipKey);
            return new Accepted("");
        }
        if (picked != null) {
            return new Invalid(Messages.text(Lang.PL, "reports.answer-too-long"), false);
        }
        Optional<Reply> interruption = interruption(text, knowledgeBase);
        if (interruption.isPresent()) {
            return new Final(new Turn(draft, resume(interruption.get(), draft)));
        }
        String trimmed = text.strip();
        String value;
        switch (attribute.datatype()) {
            case NUMBER -> {
                try {
                    value = new BigDecimal(trimmed.replace(',', '.').replaceAll("\\s", "")).toPlainString();
                } catch (NumberFormatException e) {
                    return new Invalid(Messages.text(Lang.PL, "reports.need-number"), true);
                }
            }
            case DATETIME -> {
                Optional<String> date = AttributeAnswers.dateTime(trimmed);
                if (date.isEmpty()) {
                    return new Invalid(Messages.text(Lang.PL, "reports.need-date"), true);
                }
                value = date.get();
            }
            default -> {
                if (trimmed.length() > 500) {
                    return new Invalid(Messages.text(Lang.PL, "reports.answer-too-long"), false);
                }
                if (trimmed.isEmpty()) {
                    return new Invalid(Messages.text(Lang.PL, "reports.required-answer"), false);
                }
                value = trimmed;
            }
        }
        draft.attributes().put(code, List.of(value));
        draft.skipped().remove(skipKey);
        return new Accepted("");
    }

    private Outcome photo(ReportDraft draft, String picked, String said) {
        if (SKIP.equals(picked) || (picked == null && says(Group.SKIP, said))) {
            draft.photoId(null);
            draft.skipped().add(ReportDraft.PHOTO);
            return new Accepted("");
        }
        return new Invalid(Messages.text(Lang.PL, "reports.photo-waiting"), picked == null);
    }

    private Outcome contact(ReportDraft draft, String text, String picked, String said) {
        if (SKIP.equals(picked) || (picked == null && says(Group.SKIP, said))) {
            draft.contact(null, null, false);
            draft.skipped().add(ReportDraft.CONTACT);
            return new Accepted("");
        }
        if (picked != null) {
            return new Invalid(Messages.text(Lang.PL, "reports.contact-invalid"), false);
        }
        ContactParser.Contact contact = contacts.parse(text);
        if (contact.empty() || !contacts.onlyContact(text, contact)) {
            return new Invalid(Messages.text(Lang.PL, "reports.contact-invalid"), true);
        }
        draft.contact(contact.email(), contact.phone(), false);
        draft.skipped().remove(ReportDraft.CONTACT);
        return new Accepted("");
    }

    private Outcome consent(ReportDraft draft, String picked, String said) {
        if (YES.equals(picked) || (picked == null && confirms(said))) {
            draft.contact(draft.email(), draft.phone(), true);
            return new Accepted("");
        }
        if (NO.equals(picked) || (picked == null && says(Group.NO, said))) {
            draft.contact(null, null, false);
            draft.skipped().add(ReportDraft.CONTACT);
            return new Accepted("");
        }
        return new Invalid(Messages.text(Lang.PL, "reports.consent-invalid"), true);
    }

    private Outcome duplicates(String conversationId, ReportDraft draft, String picked, String said) {
        String number = null;
        if (picked != null && picked.startsWith(JOIN)) {
            number = picked.substring(JOIN.length());
        } else if (picked == null && says(Group.JOIN, said) && draft.duplicates().size() == 1) {
            number = draft.duplicates().getFirst();
        } else if (picked == null && said.startsWith("dolacz")) {
            number = ReportNumber.find(said.toUpperCase(Locale.ROOT).replace(' ', '-')).orElse(null);
            if (number == null) {
                return new Invalid(Messages.text(Lang.PL, "reports.duplicates-pick"), false);
            }
        }
        if (number != null) {
            if (!draft.duplicates().contains(number)) {
                return new Invalid(Messages.text(Lang.PL, "reports.duplicates-pick"), false);
            }
            String joining = number;
            boolean joined = reports.join(number, draft.id(), conversationId, draft.consent() ? draft.email() : null,
                    draft.consent() ? draft.phone() : null, draft.description(),
                    new ReportRepository.DraftWrite(conversationId, draft.id(), n -> {
                        draft.submitted(n);
                        return draft.toJson();
                    }));
            if (joined) {
                draft.submitted(joining);
                return new Final(new Turn(draft, reply(ReportPhrases.joined(joining), List.of())));
            }
            List<String> left = new ArrayList<>(draft.duplicates());
            left.remove(joining);
            draft.duplicates(left);
            if (left.isEmpty()) {
                draft.duplicatesChecked(true);
                return new Accepted("");
            }
            return new Invalid(Messages.text(Lang.PL, "reports.duplicates-pick"), false);
        }
        if (NEW.equals(picked) || (picked == null && says(Group.NEW, said))) {
            draft.duplicatesChecked(true);
            return new Accepted("");
        }
        return new Invalid(Messages.text(Lang.PL, "reports.duplicates-pick"), true);
    }

    private Outcome summary(String conversationId, ReportDraft draft, String picked, String said) {
        if (!(CONFIRM.equals(picked) || (picked == null && confirms(said)))) {
            return new Invalid(Messages.text(Lang.PL, "reports.summary-waiting"), true);
        }
        ServiceCategory category = catalogue.find(draft.category()).orElseThrow();
        NewReport report = new NewReport(conversationId, NewReport.CHAT, category, draft.location(), draft.description(),
                draft.attributes(), draft.photoId(), draft.email(), draft.phone(), draft.consent());
        ReportRepository.Filed filed = reports.submit(report, draft.id(), new ReportRepository.DraftWrite(conversationId, draft.id(), n -> {
            draft.submitted(n);
            return draft.toJson();
        }));
        draft.submitted(filed.report().number());
        return new Final(new Turn(draft, reply(ReportPhrases.submitted(filed.report().number(), category.notice()), List.of())));
    }

    private Turn attachPhoto(String conversationId, ReportDraft draft, String id) {
        long photoId;
        try {
            photoId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return new Turn(draft, questions.ask(draft, Messages.text(Lang.PL, "reports.photo-unknown") + "\n\n"));
        }
        if (!photos.belongsTo(photoId, conversationId)) {
            return new Turn(draft, questions.ask(draft, Messages.text(Lang.PL, "reports.photo-unknown") + "\n\n"));
        }
        draft.photoId(photoId);
        draft.skipped().remove(ReportDraft.PHOTO);
        if (ReportDraft.PHOTO.equals(draft.step())) {
            if (draft.history().isEmpty() || !draft.history().getLast().equals(ReportDraft.PHOTO)) {
                draft.history().add(ReportDraft.PHOTO);
            }
            draft.editing(null);
            draft.step(next(draft));
        }
        return new Turn(draft, questions.ask(draft, Messages.text(Lang.PL, "reports.photo-added") + "\n\n"));
    }

    private Turn back(ReportDraft draft) {
        List<String> history = draft.history();
        while (!history.isEmpty() && history.getLast().equals(draft.step())) {
            history.removeLast();
        }
        if (history.isEmpty()) {
            return new Turn(draft, questions.ask(draft, Messages.text(Lang.PL, "reports.back-at-start") + "\n\n"));
        }
        String previous = history.removeLast();
        if (previous.equals(ReportDraft.DUPLICATES)) {
            draft.duplicatesChecked(false);
        }
        draft.step(previous);
        draft.editing(previous);
        return new Turn(draft, questions.ask(draft, ""));
    }

    private Turn edit(ReportDraft draft, String target) {
        if (target == null || !editable(draft, target)) {
            draft.step(ReportDraft.EDIT);
            return new Turn(draft, questions.ask(draft, ""));
        }
        if (target.equals(ReportDraft.CONTACT)) {
            draft.contact(null, null, false);
        }
        if (target.equals(ReportDraft.LOCATION) && draft.location() != null && draft.location().detailWanted()) {
            draft.location(new Location(draft.location().address(), draft.location().lat(), draft.location().lon(), false));
        }
        draft.step(target);
        draft.editing(target);
        return new Turn(draft, questions.ask(draft, ""));
    }

    private boolean editable(ReportDraft draft, String target) {
        if (Set.of(ReportDraft.CATEGORY, ReportDraft.LOCATION, ReportDraft.DESCRIPTION, ReportDraft.PHOTO, ReportDraft.CONTACT).contains(target)) {
            return draft.category() != null || target.equals(ReportDraft.CATEGORY);
        }
        if (target.startsWith(ReportDraft.ATTRIBUTE) && draft.category() != null) {
            return catalogue.find(draft.category()).flatMap(c -> c.attribute(target.substring(ReportDraft.ATTRIBUTE.length()))).isPresent();
        }
        return false;
    }

    private static boolean isEditCommand(String said) {
        String first = said.split(" ", 2)[0];
        return says(Group.EDIT, first) && said.split(" ").length <= 4;
    }

    /** "popraw opis" → description; "zmień miejsce" → location; null when no field is named. */
    private String editTarget(String said, ReportDraft draft) {
        if (said.matches(".*\\bkategori\\w*.*|.*\\brodzaj\\w*.*")) {
            return ReportDraft.CATEGORY;
        }
        if (said.matches(".*\\b(miejsc|lokalizacj|adres|ulic|lokacj|wspolrzedn)\\w*.*")) {
            return ReportDraft.LOCATION;
        }
        if (said.matches(".*\\bopis\\w*.*")) {
            return ReportDraft.DESCRIPTION;
        }
        if (said.matches(".*\\b(zdjeci|foto|fotk)\\w*.*")) {
            return ReportDraft.PHOTO;
        }
        if (said.matches(".*\\b(kontakt|mail|email|telefon|numer telefonu)\\w*.*")) {
            return ReportDraft.CONTACT;
        }
        return null;
    }

    private Optional<ServiceCategory> emergency(String text) {
        return matcher.matches(text).stream().map(CategoryMatcher.Match::category)
                .filter(c -> c.handling() == ServiceCategory.Handling.EMERGENCY).findFirst();
    }

    /** A question the knowledge base answers, typed where free text was expected. */
    private static Optional<Reply> interruption(String text, Supplier<Reply> knowledgeBase) {
        if (!ReportRecognizer.isQuestion(text)) {
            return Optional.empty();
        }
        Reply answer = knowledgeBase.get();
        return answer.kind() == ReplyKind.ANSWER ? Optional.of(answer) : Optional.empty();
    }

    private static boolean looksLikeQuestion(String text) {
        return ReportRecognizer.isQuestion(text) || words(text) >= 4;
    }

    /** "tak", "wyślij", "potwierdzam": what confirms the summary. */
    static boolean isConfirmation(String text) {
        return confirms(normalize(text));
    }

    static String normalize(String text) {
        return Words.normalize(text);
    }

    /** Whether the normalised message is one of the group's phrases. */
    private static boolean says(Group group, String said) {
        return Vocabulary.phrases(Lang.PL, group).contains(said);
    }

    /** "tak", "wyślij", "zgoda": yes or send. */
    private static boolean confirms(String said) {
        return says(Group.YES, said) || says(Group.SEND, said);
    }

    private static int words(String text) {
        String cleaned = normalize(text);
        return cleaned.isEmpty() ? 0 : cleaned.split(" ").length;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /**
     * Another service's matter (Straż Miejska, a utility's 24-hour line): no form; a fallback that says
     * where to call, as the engine's replies about other institutions' matters are.
     */
    static Reply redirect(ServiceCategory category) {
        return new Reply(ReplyKind.FALLBACK, category.message(), null, List.of(), List.of(), List.of(), 0);
    }

    static Reply reply(String text, List<Reply.Option> options) {
        return new Reply(ReplyKind.REPORT, text, null, List.of(), options, List.of(), 1.0);
    }
}
