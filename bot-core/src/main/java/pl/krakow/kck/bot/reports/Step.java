package pl.krakow.kck.bot.reports;

import java.util.List;

import pl.krakow.kck.bot.dialogue.Reply;

/**
 * One question of the report form. A step knows whether the draft still misses its answer, how to ask
 * for it, how to take an answer, and how to be corrected ("popraw miejsce", "wróć"). {@link FormSteps}
 * orders them; {@link ReportFlow} drives them.
 */
sealed interface Step permits CategoryStep, LocationStep, DescriptionStep, AttributeStep, PhotoStep, ContactStep,
        ConsentStep, DuplicatesStep, SummaryStep {

    /** The step's name in the draft ({@link ReportDraft#step()}). */
    String id();

    /** Whether the draft still needs this step's answer (asked in order: the first missing one is asked). */
    boolean missing(ReportDraft draft);

    /**
     * Appends the question and its options.
     *
     * @param editing the answer is being changed: the current value is shown
     */
    void ask(ReportDraft draft, boolean editing, StringBuilder text, List<Reply.Option> options);

    /** Takes an answer (typed or picked) into the draft, or says why it does not fit. */
    StepOutcome accept(ReportDraft draft, StepAnswer answer);

    /** Whether "popraw …" with these (normalised) words names this step. */
    default boolean namedIn(String said) {
        return false;
    }

    /** Whether the resident may go back to this step to change its answer. */
    default boolean correctable(ReportDraft draft) {
        return false;
    }

    /** Prepares the draft for a new answer to this step. */
    default void reopen(ReportDraft draft) {
    }

    /** "Obecnie: …" under a question whose answer is being changed. */
    static void current(StringBuilder text, boolean editing, String value) {
        if (editing && value != null) {
            text.append("\n\n").append(ReportPhrases.currentValue(value));
        }
    }
}
