package pl.krakow.kck.bot.text;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the texts' {@code {infoline.phone}} and {@code {infoline.hours}} stand for: the infoline's number and
 * regular hours, as configured ({@code kck.infoline}).
 */
public record Infoline(String phone, Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {

    /** Krakowskie Centrum Kontaktu: 12 616 55 55, Mon–Fri 7:40–15:30 (facts file). */
    public static final Infoline KCK = new Infoline("12 616 55 55", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(7, 40), LocalTime.of(15, 30));

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    public Infoline {
        if (phone == null || phone.isBlank()) {
            throw new IllegalArgumentException("the infoline needs a phone number");
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("the infoline needs at least one working weekday");
        }
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("the infoline must open before it closes: " + opens + "–" + closes);
        }
        days = Set.copyOf(days);
    }

    /** The regular hours in short form in {@code lang}, e.g. "pon.–pt. 7:40–15:30". */
    public String hours(Lang lang) {
        DayOfWeek first = days.stream().min(DayOfWeek::compareTo).orElseThrow();
        DayOfWeek last = days.stream().max(DayOfWeek::compareTo).orElseThrow();
        boolean range = last.getValue() - first.getValue() + 1 == days.size();
        String dayText = range && days.size() > 1
                ? dayShort(lang, first) + "–" + dayShort(lang, last)
                : String.join(", ", days.stream().sorted().map(d -> dayShort(lang, d)).toList());
        return dayText + " " + TIME.format(opens) + "–" + TIME.format(closes);
    }

    private static String dayShort(Lang lang, DayOfWeek day) {
        return Messages.text(lang, "calendar.day-short-" + day.getValue());
    }
}
