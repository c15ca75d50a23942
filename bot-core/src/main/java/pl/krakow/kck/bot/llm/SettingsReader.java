package pl.krakow.kck.bot.llm;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the model settings from any key-value source (Helidon config in the service, system properties
 * and environment variables in the evaluation), keys relative to a prefix such as {@code kck.llm}.
 */
final class SettingsReader {

    private final Function<String, Optional<String>> source;
    private final String prefix;

    SettingsReader(Function<String, Optional<String>> source, String prefix) {
        this.source = source;
        this.prefix = prefix;
    }

    String string(String key, String otherwise) {
        return source.apply(prefix + "." + key).map(String::strip).orElse(otherwise);
    }

    int integer(String key, int otherwise) {
        String value = string(key, "");
        try {
            return value.isEmpty() ? otherwise : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalid(key, value, "a whole number");
        }
    }

    Double decimal(String key, Double otherwise) {
        String value = string(key, "");
        try {
            return value.isEmpty() ? otherwise : Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw invalid(key, value, "a number");
        }
    }

    /** A duration: seconds as a number ({@code 8}, {@code 2.5}) or ISO-8601 ({@code PT8S}). */
    Duration duration(String key, Duration otherwise) {
        String value = string(key, "");
        if (value.isEmpty()) {
            return otherwise;
        }
        try {
            Duration parsed = value.matches("\\d+(\\.\\d+)?")
                    ? Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000))
                    : Duration.parse(value);
            if (parsed.isNegative() || parsed.isZero()) {
                throw invalid(key, value, "a positive duration");
            }
            return parsed;
        } catch (RuntimeException e) {
            throw invalid(key, value, "seconds (8, 2.5) or an ISO-8601 duration (PT8S)");
        }
    }

    ModelProvider provider() {
        try {
            return ModelProvider.fromWire(string("provider", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(prefix + ".provider: " + e.getMessage(), e);
        }
    }

    IllegalArgumentException invalid(String key, String value, String expected) {
        return new IllegalArgumentException(prefix + "." + key + " is '" + value + "'; expected " + expected);
    }
}
