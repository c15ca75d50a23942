package pl.krakow.kck.bot.reports;

import java.util.List;
import java.util.Optional;

import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.reports.FormChoice.Kind;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * Where the problem is: an address, a landmark or coordinates (typed or shared). A street that came with
 * the first message without a number is asked about once more ("Gdzie dokładnie?").
 */
final class LocationStep implements Step {

    private final FormContext form;
    private final LocationParser locations = new LocationParser();

    LocationStep(FormContext form) {
        this.form = form;
    }

    @Override
    public String id() {
        return ReportDraft.LOCATION;
    }

    @Override
    public boolean missing(ReportDraft draft) {
        Location location = draft.location();
        return location == null ? !draft.skipped().contains(ReportDraft.LOCATION) : location.detailWanted();
    }

    @Override
    public void ask(ReportDraft draft, boolean editing, StringBuilder text, List<Reply.Option> options) {
        Location location = draft.location();
        if (location != null && location.detailWanted()) {
            text.append(ReportPhrases.askLocationDetail(location.address()));
            options.add(skip());
            return;
        }
        text.append(Messages.text(Lang.resident(), "reports.ask-location"));
        if (!form.category(draft).locationRequired()) {
            text.append(Messages.text(Lang.resident(), "reports.location-optional"));
            options.add(skip());
        }
        Step.current(text, editing, location == null ? null : location.label());
    }

    private static Reply.Option skip() {
        return new Reply.Option(FormChoice.id(Kind.SKIP), Messages.text(Lang.resident(), "reports.skip"));
    }

    @Override
    public StepOutcome accept(ReportDraft draft, StepAnswer answer) {
        Location current = draft.location();
        boolean detail = current != null && current.detailWanted();
        if (answer.skips()) {
            if (detail) {
                draft.location(new Location(current.address(), current.lat(), current.lon(), false));
                return StepOutcome.ACCEPTED;
            }
            if (!form.category(draft).locationRequired()) {
                draft.location(null);
                draft.skipped().add(ReportDraft.LOCATION);
                return StepOutcome.ACCEPTED;
            }
            return invalid("reports.location-required");
        }
        if (!answer.typed()) {
            return invalid("reports.location-too-vague");
        }
        if (!detail && LocationParser.vague(answer.text())) {
            return invalid("reports.location-too-vague"); // "tam gdzie zawsze czekam na autobus": where is that?
        }
        Optional<Reply> interruption = answer.interruption();
        if (interruption.isPresent()) {
            return new StepOutcome.Interrupted(interruption.get());
        }
        String trimmed = answer.text().strip().replaceAll("\\s+", " ");
        if (detail && asks(trimmed)) {
            // "a kto właściwie dba o drzewa w mieście?" while the building number is awaited: answered (or asked
            // which article is meant) by the knowledge base and the form resumes; never taken for the place
            return new StepOutcome.Invalid(Messages.text(Lang.resident(), "reports.question-not-place"), true);
        }
        if (detail && LocationParser.coordinates(trimmed).isEmpty()) {
            if (trimmed.length() > FormLimits.PLACE_MAX) {
                return invalid("reports.location-too-long");
            }
            String address = trimmed.matches("\\d{1,4}[a-zA-Z]?(/\\d{1,4})?") ? current.address() + " " + trimmed
                    : current.address() + ", " + trimmed;
            draft.location(Location.address(address));
            return StepOutcome.ACCEPTED;
        }
        LocationParser.Answer read = locations.answer(trimmed);
        if (read.problem() != null) {
            return new StepOutcome.Invalid(read.problem(), false);
        }
        draft.location(read.location());
        draft.skipped().remove(ReportDraft.LOCATION);
        return StepOutcome.ACCEPTED;
    }

    /**
     * A point shared from the device: taken when it lies in Kraków, labelled with the name shared with it or
     * else with the street being detailed.
     */
    StepOutcome shared(ReportDraft draft, double lat, double lon, String label) {
        Location current = draft.location();
        if (label == null && current != null && current.detailWanted()) {
            label = current.address();
        }
        if (!KrakowBounds.contains(lat, lon)) {
            return new StepOutcome.Invalid(ReportPhrases.outsideKrakow(lat, lon), false);
        }
        draft.location(new Location(label, lat, lon, false));
        draft.skipped().remove(ReportDraft.LOCATION);
        return StepOutcome.ACCEPTED;
    }

    /**
     * A question rather than a detail of the place: one with a question word ("kto", "gdzie", "ile"…), or a
     * question mark after {@value #QUESTION_WORDS} words or more ("przy sklepie?" is a place the resident is unsure of).
     */
    static boolean asks(String text) {
        if (text.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        return ReportRecognizer.isQuestion(text.replace('?', ' ')) || text.contains("?") && StepAnswer.words(text) >= QUESTION_WORDS;
    }

    /** A question mark after this many words at least makes a message a question, not a place. */
    static final int QUESTION_WORDS = 4;

    private static StepOutcome invalid(String key) {
        return new StepOutcome.Invalid(Messages.text(Lang.resident(), key, FormLimits.PLACE_MAX), false);
    }

    @Override
    public boolean namedIn(String said) {
        return said.matches(".*\\b(miejsc|lokalizacj|adres|ulic|lokacj|wspolrzedn)\\w*.*");
    }

    @Override
    public boolean correctable(ReportDraft draft) {
        return draft.category() != null;
    }

    @Override
    public void reopen(ReportDraft draft) {
        Location location = draft.location();
        if (location != null && location.detailWanted()) {
            draft.location(new Location(location.address(), location.lat(), location.lon(), false));
        }
    }
}
