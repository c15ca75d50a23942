package pl.krakow.kck.bot.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import pl.krakow.kck.bot.dialogue.AfterCare;
import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.reports.FormChoice.Kind;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;
import pl.krakow.kck.bot.text.Vocabulary;
import pl.krakow.kck.bot.text.Vocabulary.Group;

/**
 * The report form as a conversation, driving its {@link Step}s: one question at a time, asking only what
 * is missing. "wróć" goes back one answer, "popraw" changes any answer, "anuluj" drops the draft; an
 * answer that does not fit is asked again with the reason; a question the knowledge base answers is
 * answered, and the form resumes where it was. Works on a {@link ReportDraft}; the caller stores it.
 */
final class ReportFlow {

    private final FormContext form;
    private final FormSteps steps;

    ReportFlow(CategoryCatalogue catalogue, CategoryMatcher matcher, ReportRepository reports, PhotoRepository photos,
               int maxPhotoBytes) {
        this.form = new FormContext(catalogue, matcher, reports, photos, maxPhotoBytes);
        this.steps = new FormSteps(form);
    }

    /** A draft from a first message that reads as a report, with what it already says filled in. */
    FormTurn open(ReportRecognizer.Report reading, String text) {
        ReportDraft draft = ReportDraft.fresh();
        if (reading.category() != null) {
            draft.category(reading.category().code());
        } else {
            draft.categoryChoices(reading.candidates().stream().map(ServiceCategory::code).toList());
        }
        if (reading.location() != null) {
            draft.location(reading.location());
        }
        if ((reading.category() != null || !reading.candidates().isEmpty()) && StepAnswer.words(text) >= FormLimits.OPENING_DESCRIPTION_WORDS) {
            String description = text.strip();
            draft.description(description.length() <= FormLimits.DESCRIPTION_MAX ? description : description.substring(0, FormLimits.DESCRIPTION_MAX));
        }
        draft.step(steps.next(draft).id());
        StringBuilder intro = new StringBuilder(reading.danger() == null ? "" : reading.danger() + "\n\n")
                .append(Messages.text(Lang.resident(), "reports.start"));
        List<String> understood = new ArrayList<>();
        if (reading.category() != null) {
            understood.add(reading.category().name());
        }
        if (reading.location() != null) {
            understood.add(reading.location().label());
        }
        if (!understood.isEmpty()) {
            intro.append("\n\n").append(Messages.text(Lang.resident(), "reports.understood", String.join(", ", understood)));
        }
        return new FormTurn(draft, ask(draft, intro + "\n\n"));
    }

    /**
     * One answer to the open draft.
     *
     * @param picked        a report option the resident picked (or typed the number or label of), or null
     * @param knowledgeBase the engine's reply to the text, asked only when the text may be an unrelated question
     */
    FormTurn handle(String conversationId, ReportDraft draft, String text, String picked, Supplier<Reply> knowledgeBase) {
        StepAnswer answer = new StepAnswer(conversationId, text, FormChoice.read(picked), knowledgeBase);
        if (answer.picked(Kind.CANCEL) || answer.says(Group.CANCEL)) {
            return new FormTurn(null, FormReplies.report(Messages.text(Lang.resident(), "reports.cancelled"), List.of()));
        }
        if (answer.picked(Kind.BACK) || answer.says(Group.BACK)) {
            return back(draft);
        }
        if (answer.picked(Kind.EDIT) || answer.picked(Kind.EDIT_FIELD) || (answer.typed() && isEditCommand(answer.said()))) {
            return edit(draft, correctionTarget(answer));
        }
        Optional<Reply> aside = FormAsides.reply(answer);
        if (aside.isPresent()) {
            return new FormTurn(draft, resume(aside.get(), draft));
        }
        Optional<ServiceCategory> emergency = answer.typed() ? emergency(text) : Optional.empty();
        FormTurn turn = answer(draft, answer);
        if (emergency.isPresent() && turn.draft() != null) {
            Reply r = turn.reply();
            return new FormTurn(turn.draft(), new Reply(r.kind(), emergency.get().message() + "\n\n"
                    + Messages.text(Lang.resident(), "reports.emergency-continue") + "\n\n" + r.text(), r.article(), r.sources(),
                    r.options(), r.related(), r.confidence()));
        }
        return turn;
    }

    private FormTurn answer(ReportDraft draft, StepAnswer answer) {
        String id = draft.step() == null ? steps.next(draft).id() : draft.step();
        StepOutcome outcome;
        if (id.equals(ReportDraft.EDIT)) {
            String target = correctionTarget(answer);
            outcome = target == null ? new StepOutcome.Invalid(Messages.text(Lang.resident(), "reports.ask-edit"), true) : new StepOutcome.Correct(target);
        } else {
            Optional<Step> step = steps.find(id);
            if (step.isEmpty()) {
                draft.step(steps.next(draft).id());
                return new FormTurn(draft, ask(draft, ""));
            }
            outcome = step.get().accept(draft, answer);
        }
        return settle(draft, id, outcome, answer);
    }

    /** Acts on a step's outcome: the next question, the same one again with the reason, an answer and back, … */
    private FormTurn settle(ReportDraft draft, String id, StepOutcome outcome, StepAnswer answer) {
        return switch (outcome) {
            case StepOutcome.Final f -> f.turn();
            case StepOutcome.Accepted a -> {
                List<String> history = draft.history();
                if (history.isEmpty() || !history.getLast().equals(id)) {
                    history.add(id);
                }
                draft.editing(null);
                draft.step(steps.next(draft).id());
                yield new FormTurn(draft, ask(draft, ""));
            }
            case StepOutcome.Again a -> new FormTurn(draft, ask(draft, ""));
            case StepOutcome.Correct c -> edit(draft, c.step());
            case StepOutcome.Interrupted i -> new FormTurn(draft, resume(i.answer(), draft));
            case StepOutcome.Invalid i -> {
                if (answer != null && answer.typed() && i.mayBeQuestion() && AfterCare.asksAfter(answer.text())) {
                    // "a co dalej z tym zgłoszeniem?", "kiedy to usuną?" while filling it in: this report, not sent yet
                    yield new FormTurn(draft, resume(FormAsides.notSentYet(), draft));
                }
                if (answer != null && answer.typed() && i.mayBeQuestion() && looksLikeQuestion(answer.text())) {
                    Reply reply = answer.knowledgeBase().get();
                    if (reply.kind() == ReplyKind.ANSWER || reply.kind() == ReplyKind.CLARIFY) {
                        yield new FormTurn(draft, resume(reply, draft));
                    }
                }
                yield new FormTurn(draft, ask(draft, i.reason() + "\n\n"));
            }
        };
    }

    /**
     * A place shared from the device: the answer to "where is it?", or, shared at another question, the
     * report's place changed (nearby reports are looked up again) and that question asked again.
     */
    FormTurn place(ReportDraft draft, double lat, double lon, String label) {
        StepOutcome outcome = steps.location().shared(draft, lat, lon, label);
        if (ReportDraft.LOCATION.equals(draft.step()) || outcome instanceof StepOutcome.Invalid) {
            return settle(draft, ReportDraft.LOCATION, outcome, null);
        }
        if (ReportDraft.DUPLICATES.equals(draft.step()) || ReportDraft.SUMMARY.equals(draft.step())) {
            draft.step(steps.next(draft).id());
        }
        return new FormTurn(draft, ask(draft, Messages.text(Lang.resident(), "reports.place-taken", draft.location().label()) + "\n\n"));
    }

    /** The form's current question again, after "Wracamy do zgłoszenia." */
    Reply current(ReportDraft draft) {
        return ask(draft, Messages.text(Lang.resident(), "reports.resume"));
    }

    /** The question the draft waits on, after {@code prefix}. */
    private Reply ask(ReportDraft draft, String prefix) {
        StringBuilder text = new StringBuilder(prefix);
        List<Reply.Option> options = new ArrayList<>();
        String id = draft.step();
        if (ReportDraft.EDIT.equals(id)) {
            steps.askCorrection(draft, text, options);
        } else {
            steps.find(id).ifPresentOrElse(step -> step.ask(draft, id.equals(draft.editing()), text, options),
                    () -> text.append(Messages.text(Lang.resident(), "reports.summary-waiting")));
        }
        return FormReplies.report(text.toString(), options);
    }

    /** Another reply (a knowledge-base answer, a status) followed by the form's current question. */
    Reply resume(Reply other, ReportDraft draft) {
        Reply question = ask(draft, Messages.text(Lang.resident(), "reports.resume"));
        List<Reply.Option> options = new ArrayList<>(other.options());
        options.addAll(question.options());
        return new Reply(other.kind(), other.text() + "\n\n---\n\n" + question.text(), other.article(), other.sources(), options,
                other.related(), other.confidence(), other.language(), other.referred());
    }

    /** The words that name what the draft reports (its category's name), or null before a category is chosen. */
    String subject(ReportDraft draft) {
        return draft.category() == null ? null : form.catalogue().find(draft.category()).map(ServiceCategory::name).orElse(null);
    }

    /** A photo uploaded in the conversation, attached at any step; at the photo question, the form moves on. */
    FormTurn attachPhoto(String conversationId, ReportDraft draft, long photoId) {
        if (!steps.photo().attach(draft, conversationId, photoId)) {
            return new FormTurn(draft, ask(draft, Messages.text(Lang.resident(), "reports.photo-unknown") + "\n\n"));
        }
        if (ReportDraft.PHOTO.equals(draft.step())) {
            if (draft.history().isEmpty() || !draft.history().getLast().equals(ReportDraft.PHOTO)) {
                draft.history().add(ReportDraft.PHOTO);
            }
            draft.editing(null);
            draft.step(steps.next(draft).id());
        }
        return new FormTurn(draft, ask(draft, Messages.text(Lang.resident(), "reports.photo-added") + "\n\n"));
    }

    private FormTurn back(ReportDraft draft) {
        List<String> history = draft.history();
        while (!history.isEmpty() && history.getLast().equals(draft.step())) {
            history.removeLast();
        }
        if (history.isEmpty()) {
            return new FormTurn(draft, ask(draft, Messages.text(Lang.resident(), "reports.back-at-start") + "\n\n"));
        }
        String previous = history.removeLast();
        if (previous.equals(ReportDraft.DUPLICATES)) {
            draft.duplicatesChecked(false);
        }
        draft.step(previous);
        draft.editing(previous);
        return new FormTurn(draft, ask(draft, ""));
    }

    /** The step to correct ({@code target}), or the menu of steps when none (or one that cannot be corrected) is named. */
    private FormTurn edit(ReportDraft draft, String target) {
        Optional<Step> step = steps.find(target).filter(s -> s.correctable(draft));
        if (step.isEmpty()) {
            draft.step(ReportDraft.EDIT);
            return new FormTurn(draft, ask(draft, ""));
        }
        step.get().reopen(draft);
        draft.step(target);
        draft.editing(target);
        return new FormTurn(draft, ask(draft, ""));
    }

    /** The step picked from the menu, or named in "popraw opis", "zmień miejsce"; null when none is. */
    private String correctionTarget(StepAnswer answer) {
        if (answer.picked(Kind.EDIT_FIELD)) {
            return answer.picked().argument();
        }
        return steps.named(answer.said()).map(Step::id).orElse(null);
    }

    private static boolean isEditCommand(String said) {
        String[] words = said.split(" ");
        return Vocabulary.phrases(Lang.resident(), Group.EDIT).contains(words[0]) && words.length <= 4;
    }

    private Optional<ServiceCategory> emergency(String text) {
        return form.matcher().matches(text).stream().map(CategoryMatcher.Match::category)
                .filter(c -> c.handling() == ServiceCategory.Handling.EMERGENCY).findFirst();
    }

    private static boolean looksLikeQuestion(String text) {
        return ReportRecognizer.isQuestion(text) || StepAnswer.words(text) >= 4;
    }

    /** "tak", "wyślij", "potwierdzam": what confirms the summary. */
    static boolean isConfirmation(String text) {
        return Vocabulary.composedOf(Lang.resident(), text, Group.YES, Group.SEND);
    }
}
