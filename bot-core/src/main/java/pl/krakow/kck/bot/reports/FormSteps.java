package pl.krakow.kck.bot.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.reports.FormChoice.Kind;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * The form's steps in the order they are asked: category → place → description → the category's own
 * questions → photo → contact and consent → nearby open reports → summary. Also the "co chcesz
 * poprawić?" menu of the steps that may be corrected.
 */
final class FormSteps {

    private final FormContext form;
    private final CategoryStep category;
    private final PhotoStep photo;
    private final LocationStep location;
    /** The steps before the category's own questions, and after them. */
    private final List<Step> before;
    private final List<Step> after;
    /** The steps "popraw …" may name, in the order they are tried. */
    private final List<Step> nameable;

    FormSteps(FormContext form) {
        this.form = form;
        this.category = new CategoryStep(form);
        this.photo = new PhotoStep(form);
        this.location = new LocationStep(form);
        DescriptionStep description = new DescriptionStep();
        ContactStep contact = new ContactStep();
        this.before = List.of(location, description);
        this.after = List.of(photo, contact, new ConsentStep(), new DuplicatesStep(form), new SummaryStep(form));
        this.nameable = List.of(category, location, description, photo, contact);
    }

    /** Every step of the draft's form, in order (only the category while it is not known). */
    List<Step> all(ReportDraft draft) {
        List<Step> steps = new ArrayList<>(List.of(category));
        if (category.missing(draft)) {
            return steps;
        }
        steps.addAll(before);
        form.category(draft).attributes().forEach(a -> steps.add(new AttributeStep(form, a.code())));
        steps.addAll(after);
        return steps;
    }

    /** The first step still missing an answer (the summary when nothing is). */
    Step next(ReportDraft draft) {
        for (Step step : all(draft)) {
            if (step.missing(draft)) {
                return step;
            }
        }
        throw new IllegalStateException("the summary is never complete");
    }

    /** The step of this id ("location", "attr:ile"); empty for "edit", "done" or an unknown id. */
    Optional<Step> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        if (id.startsWith(ReportDraft.ATTRIBUTE)) {
            return Optional.of(new AttributeStep(form, id.substring(ReportDraft.ATTRIBUTE.length())));
        }
        return Stream.of(List.<Step>of(category), before, after).flatMap(List::stream).filter(s -> s.id().equals(id)).findFirst();
    }

    LocationStep location() {
        return location;
    }

    PhotoStep photo() {
        return photo;
    }

    /** The step "popraw opis", "zmień miejsce" names; empty when none is named. */
    Optional<Step> named(String said) {
        return nameable.stream().filter(s -> s.namedIn(said)).findFirst();
    }

    /** "Co chcesz poprawić?" with every step that may be corrected. */
    void askCorrection(ReportDraft draft, StringBuilder text, List<Reply.Option> options) {
        text.append(Messages.text(Lang.resident(), "reports.ask-edit"));
        options.add(correction(ReportDraft.CATEGORY, Messages.text(Lang.resident(), "reports.label-category")));
        if (category.missing(draft)) {
            return;
        }
        options.add(correction(ReportDraft.LOCATION, Messages.text(Lang.resident(), "reports.label-location")));
        options.add(correction(ReportDraft.DESCRIPTION, Messages.text(Lang.resident(), "reports.label-description")));
        for (CategoryAttribute attribute : form.category(draft).attributes()) {
            options.add(correction(ReportDraft.ATTRIBUTE + attribute.code(), DraftLabels.shortLabel(attribute.description())));
        }
        options.add(correction(ReportDraft.PHOTO, Messages.text(Lang.resident(), "reports.label-photo")));
        options.add(correction(ReportDraft.CONTACT, Messages.text(Lang.resident(), "reports.label-contact")));
    }

    private static Reply.Option correction(String step, String label) {
        return new Reply.Option(FormChoice.id(Kind.EDIT_FIELD, step), label);
    }
}
