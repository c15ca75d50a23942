package pl.krakow.kck.evaluation.metrics;

import java.util.OptionalDouble;

/**
 * A mean over the lines a score applies to: {@code sum / count}, undefined when no line applies.
 *
 * @param sum   hits, or the sum of reciprocal ranks for MRR
 * @param count the lines the score applies to
 */
public record Share(double sum, int count) {

    public static final Share NONE = new Share(0, 0);

    public OptionalDouble value() {
        return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / count);
    }
}
