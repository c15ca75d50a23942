package pl.krakow.kck.bot.reports;

import java.util.List;
import java.util.Optional;

import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.reports.FormChoice.Kind;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/** What the report is about: picked from the likeliest categories, from all, or named in words. */
final class CategoryStep implements Step {

    private final FormContext form;

    CategoryStep(FormContext form) {
        this.form = form;
    }

    @Override
    public String id() {
        return ReportDraft.CATEGORY;
    }

    @Override
    public boolean missing(ReportDraft draft) {
        if (draft.category() == null) {
            return true;
        }
        if (form.catalogue().find(draft.category()).isEmpty()) { // the catalogue changed under the draft
            draft.category(null);
            return true;
        }
        return false;
    }

    @Override
    public void ask(ReportDraft draft, boolean editing, StringBuilder text, List<Reply.Option> options) {
        CategoryCatalogue catalogue = form.catalogue();
        boolean ranked = !draft.categoryChoices().isEmpty();
        List<ServiceCategory> shown = ranked
                ? draft.categoryChoices().stream().map(catalogue::find).flatMap(Optional::stream).toList()
                : catalogue.reportable();
        text.append(Messages.text(Lang.resident(), ranked ? "reports.ask-category-ambiguous" : "reports.ask-category"));
        shown.forEach(c -> options.add(new Reply.Option(FormChoice.id(Kind.CATEGORY, c.code()), c.name())));
        if (ranked) {
            options.add(new Reply.Option(FormChoice.id(Kind.CATEGORY, FormChoice.ALL_CATEGORIES),
                    Messages.text(Lang.resident(), "reports.other-category")));
        }
        String current = draft.category() == null ? null : catalogue.find(draft.category()).map(ServiceCategory::name).orElse(null);
        Step.current(text, editing, current);
    }

    @Override
    public StepOutcome accept(ReportDraft draft, StepAnswer answer) {
        String code = null;
        if (answer.picked(Kind.CATEGORY) && FormChoice.ALL_CATEGORIES.equals(answer.picked().argument())) {
            draft.categoryChoices(List.of());
            return new StepOutcome.Again();
        }
        if (answer.picked(Kind.CATEGORY)) {
            code = answer.picked().argument();
        } else if (answer.typed()) {
            List<CategoryMatcher.Match> matches = form.matcher().matches(answer.text());
            if (!matches.isEmpty() && (matches.size() == 1 || matches.get(0).score() > matches.get(1).score())) {
                code = matches.getFirst().category().code();
            }
        }
        Optional<ServiceCategory> category = code == null ? Optional.empty() : form.catalogue().find(code);
        if (category.isEmpty()) {
            return new StepOutcome.Invalid(Messages.text(Lang.resident(), "reports.category-unknown"), true);
        }
        switch (category.get().handling()) {
            case EMERGENCY -> {
                return new StepOutcome.Final(new FormTurn(null, FormReplies.report(category.get().message(), List.of())));
            }
            case REDIRECT -> {
                return new StepOutcome.Final(new FormTurn(null, FormReplies.redirect(category.get())));
            }
            default -> {
                draft.category(category.get().code());
                draft.categoryChoices(List.of());
                return StepOutcome.ACCEPTED;
            }
        }
    }

    @Override
    public boolean namedIn(String said) {
        return said.matches(".*\\bkategori\\w*.*|.*\\brodzaj\\w*.*");
    }

    @Override
    public boolean correctable(ReportDraft draft) {
        return true;
    }
}
