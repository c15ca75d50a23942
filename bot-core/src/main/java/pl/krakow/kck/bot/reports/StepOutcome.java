package pl.krakow.kck.bot.reports;

import pl.krakow.kck.bot.dialogue.Reply;

/** What a step made of an answer; {@link ReportFlow} acts on it. */
sealed interface StepOutcome {

    /** Taken: the form moves to the next missing step. */
    record Accepted() implements StepOutcome {
    }

    /** The answer does not fit: the reason is told and the question asked again (unless the KB answers it). */
    record Invalid(String reason, boolean mayBeQuestion) implements StepOutcome {
    }

    /** A question the knowledge base answers, typed where free text was expected: answered, then the form resumes. */
    record Interrupted(Reply answer) implements StepOutcome {
    }

    /** The step ends the turn itself (filed, joined, closed for an emergency or another service's matter). */
    record Final(FormTurn turn) implements StepOutcome {
    }

    /** The same question again, without a reason (e.g. every category asked for instead of the likeliest). */
    record Again() implements StepOutcome {
    }

    /** The resident chose what to correct: the step with this id is asked again. */
    record Correct(String step) implements StepOutcome {
    }

    StepOutcome ACCEPTED = new Accepted();
}
