package pl.krakow.kck.bot.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The days analytics covers, both inclusive, in the contact centre's time zone: from {@code from} 00:00 to the
 * end of {@code to}. At most {@value #MAX_DAYS} days.
 */
public record Period(LocalDate from, LocalDate to, ZoneId zone) {

    public static final int MAX_DAYS = 732;

    public Period {
        if (from == null || to == null || zone == null) {
            throw new IllegalArgumentException("a period needs from, to and a time zone");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("a period is at most " + MAX_DAYS + " days");
        }
    }

    /** From the request's {@code YYYY-MM-DD} strings; IllegalArgumentException naming the bad one. */
    public static Period parse(String from, String to, ZoneId zone) {
        return new Period(date("from", from), date("to", to), zone);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " is not a date YYYY-MM-DD: " + value);
        }
    }

    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    OffsetDateTime startUtc() {
        return start().atOffset(ZoneOffset.UTC);
    }

    OffsetDateTime endUtc() {
        return end().atOffset(ZoneOffset.UTC);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
