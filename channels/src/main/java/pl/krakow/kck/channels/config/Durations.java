package pl.krakow.kck.channels.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as the configuration writes them: a number and a unit, {@code 500ms}, {@code 8s}, {@code 30m},
 * {@code 48h}, {@code 7d} (a fraction is allowed: {@code 2.5m}). A bare number is refused: its unit is what
 * the old {@code …-ms}, {@code …-minutes} keys got wrong.
 */
public final class Durations {

    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)");
    private static final Map<String, Long> MILLIS = Map.of("ms", 1L, "s", 1_000L, "m", 60_000L, "h", 3_600_000L,
            "d", 86_400_000L);

    private Durations() {
    }

    /** @throws IllegalArgumentException naming {@code key} when {@code text} is no duration with a unit */
    public static Duration parse(String key, String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(key + " is '" + text + "'; expected a duration with a unit: 500ms, 8s, 30m, 48h, 7d");
        }
        BigDecimal millis = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(MILLIS.get(m.group(2))));
        return Duration.ofMillis(millis.longValue());
    }
}
