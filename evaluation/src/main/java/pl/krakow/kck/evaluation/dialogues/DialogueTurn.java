package pl.krakow.kck.evaluation.dialogues;

import pl.krakow.kck.evaluation.questions.Expectation;

/**
 * One turn of a dialogue: what the resident sends and what the reply must be. Exactly one of
 * {@code text}, {@code choice} (an option id) and {@code option} (1-based number of the previous reply's
 * option; 0 when absent) is set.
 */
public record DialogueTurn(String text, String choice, int option, Expectation expect) {

    /** What the turn looks like in a transcript. */
    public String shown() {
        if (text != null) {
            return text;
        }
        return choice != null ? "[choice " + choice + "]" : "[option " + option + "]";
    }
}
