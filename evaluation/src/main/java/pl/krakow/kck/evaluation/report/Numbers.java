package pl.krakow.kck.evaluation.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalDouble;

import pl.krakow.kck.evaluation.metrics.Share;

/** Number formatting shared by the text report and the JSON lines. */
public final class Numbers {

    public static final String UNDEFINED = "–";

    private Numbers() {
    }

    /** A score as 0.xxxx, or {@link #UNDEFINED} when no line applies. */
    public static String share(Share share) {
        OptionalDouble value = share.value();
        return value.isPresent() ? String.format(Locale.ROOT, "%.4f", value.getAsDouble()) : UNDEFINED;
    }

    public static String fixed(double value, int decimals) {
        return Double.isNaN(value) ? UNDEFINED : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** Rounded half-up, for JSON: short and stable. */
    public static BigDecimal rounded(double value, int decimals) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded; // 10, not 1E+1
    }
}
