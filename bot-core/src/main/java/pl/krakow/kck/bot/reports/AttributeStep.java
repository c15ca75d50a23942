package pl.krakow.kck.bot.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.reports.FormChoice.Kind;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;
import pl.krakow.kck.bot.text.Vocabulary.Group;

/** One of the category's own questions ({@link CategoryAttribute}): a choice from a list, a number, a date or text. */
final class AttributeStep implements Step {

    private final FormContext form;
    private final String code;

    AttributeStep(FormContext form, String code) {
        this.form = form;
        this.code = code;
    }

    @Override
    public String id() {
        return ReportDraft.ATTRIBUTE + code;
    }

    @Override
    public boolean missing(ReportDraft draft) {
        return !draft.attributes().containsKey(code) && !draft.skipped().contains(id());
    }

    private Optional<CategoryAttribute> attribute(ReportDraft draft) {
        return form.category(draft).attribute(code);
    }

    @Override
    public void ask(ReportDraft draft, boolean editing, StringBuilder text, List<Reply.Option> options) {
        CategoryAttribute attribute = attribute(draft).orElseThrow();
        text.append(attribute.description());
        if (!attribute.required()) {
            text.append(Messages.text(Lang.resident(), "reports.optional"));
        }
        attribute.values().forEach(v -> options.add(new Reply.Option(FormChoice.id(Kind.VALUE, code + ":" + v.key()), v.name())));
        if (!attribute.required()) {
            options.add(new Reply.Option(FormChoice.id(Kind.SKIP), Messages.text(Lang.resident(), "reports.skip")));
        }
        Step.current(text, editing, DraftLabels.attribute(attribute, draft.attributes().get(code)));
    }

    @Override
    public StepOutcome accept(ReportDraft draft, StepAnswer answer) {
        Optional<CategoryAttribute> found = attribute(draft);
        if (found.isEmpty()) {
            return StepOutcome.ACCEPTED;
        }
        CategoryAttribute attribute = found.get();
        // "nie", "brak", "nie wiem" may be a list's values; only "pomiń" and "dalej" skip a list question
        boolean skip = answer.picked(Kind.SKIP) || answer.says(Group.PASS) || (!attribute.datatype().isList() && answer.skips());
        if (skip) {
            if (attribute.required()) {
                return invalid("reports.required-answer", false);
            }
            draft.attributes().remove(code);
            draft.skipped().add(id());
            return StepOutcome.ACCEPTED;
        }
        if (attribute.datatype().isList()) {
            return choose(draft, attribute, answer);
        }
        if (!answer.typed()) {
            return invalid("reports.answer-too-long", false);
        }
        Optional<Reply> interruption = answer.interruption();
        if (interruption.isPresent()) {
            return new StepOutcome.Interrupted(interruption.get());
        }
        String trimmed = answer.text().strip();
        String value;
        switch (attribute.datatype()) {
            case NUMBER -> {
                try {
                    value = new BigDecimal(trimmed.replace(',', '.').replaceAll("\\s", "")).toPlainString();
                } catch (NumberFormatException e) {
                    return invalid("reports.need-number", true);
                }
            }
            case DATETIME -> {
                Optional<String> date = AttributeAnswers.dateTime(trimmed);
                if (date.isEmpty()) {
                    return invalid("reports.need-date", true);
                }
                value = date.get();
            }
            default -> {
                if (trimmed.length() > FormLimits.ANSWER_MAX) {
                    return invalid("reports.answer-too-long", false);
                }
                if (trimmed.isEmpty()) {
                    return invalid("reports.required-answer", false);
                }
                value = trimmed;
            }
        }
        draft.attributes().put(code, List.of(value));
        draft.skipped().remove(id());
        return StepOutcome.ACCEPTED;
    }

    private StepOutcome choose(ReportDraft draft, CategoryAttribute attribute, StepAnswer answer) {
        String prefix = code + ":";
        List<String> keys = answer.picked(Kind.VALUE) && answer.picked().argument().startsWith(prefix)
                ? List.of(answer.picked().argument().substring(prefix.length()))
                : answer.typed() ? AttributeAnswers.list(attribute, answer.text(), form.matcher()::lemmas) : List.of();
        keys = keys.stream().filter(k -> attribute.value(k).isPresent()).toList();
        boolean single = attribute.datatype() == CategoryAttribute.Datatype.SINGLEVALUELIST;
        if (keys.isEmpty() || (single && keys.size() > 1)) {
            return invalid(single ? "reports.pick-one" : "reports.pick-some", true);
        }
        draft.attributes().put(code, keys);
        draft.skipped().remove(id());
        return StepOutcome.ACCEPTED;
    }

    private static StepOutcome invalid(String key, boolean mayBeQuestion) {
        return new StepOutcome.Invalid(Messages.text(Lang.resident(), key, FormLimits.ANSWER_MAX), mayBeQuestion);
    }

    @Override
    public boolean correctable(ReportDraft draft) {
        return draft.category() != null && form.catalogue().find(draft.category()).flatMap(c -> c.attribute(code)).isPresent();
    }
}
