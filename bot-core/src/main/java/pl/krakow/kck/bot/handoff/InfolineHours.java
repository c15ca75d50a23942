package pl.krakow.kck.bot.handoff;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

import pl.krakow.kck.bot.text.Infoline;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * When the infoline's consultants work: given weekdays between two times in one time zone, except Polish
 * public holidays (when enabled) and extra closed days. Says in Polish when it opens next.
 */
public final class InfolineHours {

    /** The infoline of {@link Infoline#KCK} (Mon–Fri 7:40–15:30), Europe/Warsaw, public holidays closed. */
    public static final InfolineHours KCK = new InfolineHours(ZoneId.of("Europe/Warsaw"), Infoline.KCK.days(),
            Infoline.KCK.opens(), Infoline.KCK.closes(), true, Set.of());

    private static final int SEARCH_DAYS = 400;
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

    /** The weekdays it works, when it opens and closes (the regular hours, e.g. to draw them on a chart). */
    public Set<DayOfWeek> days() {
        return days;
    }

    public LocalTime opens() {
        return opens;
    }

    public LocalTime closes() {
        return closes;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Closed on Polish public holidays. */
    public boolean publicHolidays() {
        return publicHolidays;
    }

    /** Further days without service. */
    public Set<LocalDate> closedDays() {
        return closedDays;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InfolineHours o && zone.equals(o.zone) && days.equals(o.days) && opens.equals(o.opens)
                && closes.equals(o.closes) && publicHolidays == o.publicHolidays && closedDays.equals(o.closedDays);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(zone, days, opens, closes, publicHolidays, closedDays);
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
        return whenOpens(Lang.resident(), at);
    }

    /** {@link #whenOpens(Instant)} in {@code lang}. */
    public String whenOpens(Lang lang, Instant at) {
        Optional<ZonedDateTime> next = nextOpening(at);
        if (next.isEmpty()) {
            return Messages.text(lang, "calendar.next-working-day");
        }
        LocalDate today = at.atZone(zone).toLocalDate();
        LocalDate day = next.get().toLocalDate();
        String time = Messages.text(lang, "calendar.from-time", TIME.format(opens));
        if (day.equals(today)) {
            return Messages.text(lang, "calendar.today", time);
        }
        if (day.equals(today.plusDays(1))) {
            return Messages.text(lang, "calendar.tomorrow", time);
        }
        String weekday = Messages.text(lang, "calendar.on-day-" + day.getDayOfWeek().getValue());
        if (day.isBefore(today.plusDays(7))) {
            return Messages.text(lang, "calendar.on-weekday", weekday, time);
        }
        return Messages.text(lang, "calendar.on-date", weekday, day.getDayOfMonth(),
                Messages.text(lang, "calendar.month-genitive-" + day.getMonthValue()), time);
    }

    /** The regular hours in short Polish form, e.g. "pon.–pt. 7:40–15:30". */
    public String hoursText() {
        return infoline("-").hours(Lang.PL);
    }

    /** These hours with the infoline's {@code phone}: what the texts' {@code {infoline.…}} placeholders say. */
    public Infoline infoline(String phone) {
        return new Infoline(phone, days, opens, closes);
    }
}
