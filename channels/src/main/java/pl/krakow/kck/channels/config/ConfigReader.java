package pl.krakow.kck.channels.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import io.helidon.config.Config;

/**
 * Typed values by full key ({@code kck.llm.timeout}) from Helidon config, each with its default given once
 * where it is read. Remembers every key it was asked for: those are the known keys, and anything else under
 * {@code kck.} is a mistake ({@link UnknownKeys}). Every error names the full key.
 */
final class ConfigReader {

    private final Config root;
    private final Set<String> known = new TreeSet<>();

    ConfigReader(Config root) {
        this.root = root;
    }

    /** Every key read so far; a list of objects as {@code key.*.field}. */
    Set<String> known() {
        return Collections.unmodifiableSet(known);
    }

    Optional<String> raw(String key) {
        known.add(key);
        return root.get(key).asString().asOptional();
    }

    /** The value with surrounding spaces removed. */
    String string(String key, String otherwise) {
        return raw(key).map(String::strip).orElse(otherwise);
    }

    /** The value as written, spaces kept ("query: "). */
    String verbatim(String key, String otherwise) {
        return raw(key).orElse(otherwise);
    }

    int integer(String key, int otherwise) {
        return parsed(key, otherwise, Integer::parseInt, "a whole number");
    }

    int positiveInteger(String key, int otherwise) {
        return parsed(key, otherwise, value -> {
            int number = Integer.parseInt(value);
            if (number < 1) {
                throw new IllegalArgumentException();
            }
            return number;
        }, "a whole number of at least 1");
    }

    double decimal(String key, double otherwise) {
        return parsed(key, otherwise, Double::parseDouble, "a number");
    }

    LocalTime time(String key, LocalTime otherwise) {
        return parsed(key, otherwise, LocalTime::parse, "a time of day such as 03:00");
    }

    boolean bool(String key, boolean otherwise) {
        String value = string(key, "");
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "" -> otherwise;
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(key, value, "true or false");
        };
    }

    /** A positive duration with a unit ({@link Durations}). */
    Duration duration(String key, Duration otherwise) {
        String value = string(key, "");
        if (value.isEmpty()) {
            return otherwise;
        }
        Duration parsed = Durations.parse(key, value);
        if (parsed.isZero()) {
            throw invalid(key, value, "a duration longer than 0");
        }
        return parsed;
    }

    /** A path; empty means none ({@code null}). */
    Path path(String key, String otherwise) {
        String value = string(key, otherwise);
        return value.isEmpty() ? null : Path.of(value);
    }

    List<String> list(String key, List<String> otherwise) {
        known.add(key);
        Config node = root.get(key);
        return node.exists() ? node.asList(String.class).orElse(List.of()) : otherwise;
    }

    /** A list of objects ({@code kck.console.accounts}), each with the given fields. */
    List<Config> objects(String key, String... fields) {
        known.add(key);
        for (String field : fields) {
            known.add(key + ".*." + field);
        }
        return root.get(key).asNodeList().orElse(List.of());
    }

    private <T> T parsed(String key, T otherwise, Function<String, T> parse, String expected) {
        String value = string(key, "");
        if (value.isEmpty()) {
            return otherwise;
        }
        try {
            return parse.apply(value);
        } catch (RuntimeException e) { // NumberFormatException, DateTimeParseException
            throw invalid(key, value, expected);
        }
    }

    IllegalArgumentException invalid(String key, String value, String expected) {
        return new IllegalArgumentException(key + " is '" + value + "'; expected " + expected);
    }
}
