package pl.krakow.kck.bot.handoff;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When the infoline's consultants work: given weekdays between two times in one time zone, except Polish
 * public holidays (when enabled) and extra closed days. Says in Polish when it opens next.
 */
public final class InfolineHours {

    /** Mon–Fri 7:40–15:30, Europe/Warsaw, public holidays closed. */
    public static final InfolineHours KCK = new InfolineHours(ZoneId.of("Europe/Warsaw"),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(7, 40), LocalTime.of(15, 30), true, Set.of());

    private static final int SEARCH_DAYS = 400;
    private static final List<String> ON_DAY = List.of("w poniedziałek", "we wtorek", "w środę", "w czwartek", "w piątek",
            "w sobotę", "w niedzielę");
    private static final List<String> DAY_SHORT = List.of("pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz.");
    private static final List<String> MONTH_GENITIVE = List.of("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
            "lipca", "sierpnia", "września", "października", "listopada", "grudnia");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final ZoneId zone;
    private final Set<DayOfWeek> days;
    private final LocalTime opens;
    private final LocalTime closes;
    private final boolean publicHolidays;
    private final Set<LocalDate> closedDays;

    /**
     * @param publicHolidays closed on Polish public holidays ({@link PolishHolidays})
     * @param closedDays     further days without service (e.g. a day off granted for a bridge holiday)
     */
    public InfolineHours(ZoneId zone, Set<DayOfWeek> days, LocalTime opens, LocalTime closes, boolean publicHolidays,
                         Set<LocalDate> closedDays) {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("the infoline must open before it closes: " + opens + "–" + closes);
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("the infoline needs at least one working weekday");
        }
        this.zone = zone;
        this.days = Set.copyOf(days);
        this.opens = opens;
        this.closes = closes;
        this.publicHolidays = publicHolidays;
        this.closedDays = Set.copyOf(closedDays);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Whether a date has service at all. */
    public boolean isWorkingDay(LocalDate date) {
        return days.contains(date.getDayOfWeek())
                && !closedDays.contains(date)
                && !(publicHolidays && PolishHolidays.holiday(date).isPresent());
    }

    /** Whether consultants answer at this moment (opening time included, closing time excluded). */
    public boolean isOpen(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        return isWorkingDay(local.toLocalDate()) && !time.isBefore(opens) && time.isBefore(closes);
    }

    /** The next opening strictly after {@code at}; empty only when no day of the next 400 has service. */
    public Optional<ZonedDateTime> nextOpening(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate date = local.toLocalDate();
        for (int i = 0; i <= SEARCH_DAYS; i++) {
            LocalDate day = date.plusDays(i);
            ZonedDateTime opening = day.atTime(opens).atZone(zone);
            if (isWorkingDay(day) && opening.toInstant().isAfter(at)) {
                return Optional.of(opening);
            }
        }
        return Optional.empty();
    }

    /**
     * When the infoline opens next, as a resident reads it: "dziś od 7:40", "jutro od 7:40", "w poniedziałek od
     * 7:40", or with the date when it is a week or more away ("w poniedziałek 4 stycznia od 7:40").
     */
    public String whenOpens(Instant at) {
        Optional<ZonedDateTime> next = nextOpening(at);
        if (next.isEmpty()) {
            return "w najbliższym dniu roboczym";
        }
        LocalDate today = at.atZone(zone).toLocalDate();
        LocalDate day = next.get().toLocalDate();
        String time = "od " + TIME.format(opens);
        if (day.equals(today)) {
            return "dziś " + time;
        }
        if (day.equals(today.plusDays(1))) {
            return "jutro " + time;
        }
        String weekday = ON_DAY.get(day.getDayOfWeek().getValue() - 1);
        if (day.isBefore(today.plusDays(7))) {
            return weekday + " " + time;
        }
        return weekday + " " + day.getDayOfMonth() + " " + MONTH_GENITIVE.get(day.getMonthValue() - 1) + " " + time;
    }

    /** The regular hours in short Polish form, e.g. "pon.–pt. 7:40–15:30". */
    public String hoursText() {
        DayOfWeek first = days.stream().min(DayOfWeek::compareTo).orElseThrow();
        DayOfWeek last = days.stream().max(DayOfWeek::compareTo).orElseThrow();
        boolean range = last.getValue() - first.getValue() + 1 == days.size();
        String dayText = range && days.size() > 1
                ? DAY_SHORT.get(first.getValue() - 1) + "–" + DAY_SHORT.get(last.getValue() - 1)
                : String.join(", ", days.stream().sorted().map(d -> DAY_SHORT.get(d.getValue() - 1)).toList());
        return dayText + " " + TIME.format(opens) + "–" + TIME.format(closes);
    }
}
