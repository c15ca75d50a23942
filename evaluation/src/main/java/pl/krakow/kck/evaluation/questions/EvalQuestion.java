package pl.krakow.kck.evaluation.questions;

/**
 * One line of a question file.
 *
 * @param line    1-based line number in the file, for messages
 * @param id      unique within the file
 * @param text    what the resident typed, exactly
 * @param variant label for grouping scores; {@link #NO_VARIANT} when the line has none
 * @param expect  what the first reply must be
 */
public record EvalQuestion(int line, String id, String text, String variant, Expectation expect) {

    public static final String NO_VARIANT = "(none)";
    public static final String PLAIN = "plain";

    /** The id without its variant suffix ({@code -p}, {@code -d}, {@code -t}): shared by a question's variants. */
    public String stem() {
        return id.replaceFirst("-[pdt]$", "");
    }

    public boolean isPlain() {
        return PLAIN.equals(variant) || id.endsWith("-p");
    }
}
