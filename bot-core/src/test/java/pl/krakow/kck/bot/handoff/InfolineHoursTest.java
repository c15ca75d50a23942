package pl.krakow.kck.bot.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InfolineHoursTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private final InfolineHours hours = InfolineHours.KCK;

    private static Instant warsaw(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WARSAW).toInstant();
    }

    @ParameterizedTest(name = "{0} open: {1}")
    @CsvSource({
            "2026-12-07T07:39:59, false", // Monday, a second before opening
            "2026-12-07T07:40:00, true",
            "2026-12-07T12:00:00, true",
            "2026-12-07T15:29:59, true",
            "2026-12-07T15:30:00, false", // closing time is closed
            "2026-12-05T10:00:00, false", // Saturday
            "2026-12-06T10:00:00, false", // Sunday
            "2026-04-06T10:00:00, false", // Easter Monday
            "2026-06-04T10:00:00, false", // Corpus Christi
            "2025-12-24T10:00:00, false", // Christmas Eve, a holiday from 2025
            "2024-12-24T10:00:00, true", // a working Tuesday in 2024
            "2026-12-31T10:00:00, true"}) // New Year's Eve is a working day
    void should_know_when_consultants_work(String at, boolean open) {
        assertEquals(open, hours.isOpen(warsaw(at)));
    }

    @Test
    void should_use_the_warsaw_time_zone_across_daylight_saving_time() {
        // 07:45 in Warsaw is 05:45 UTC in summer and 06:45 UTC in winter
        assertTrue(hours.isOpen(Instant.parse("2026-07-01T05:45:00Z")));
        assertFalse(hours.isOpen(Instant.parse("2026-12-01T05:45:00Z")));
        assertTrue(hours.isOpen(Instant.parse("2026-12-01T06:45:00Z")));
    }

    @ParameterizedTest(name = "{0}: opens {1}")
    @CsvSource({
            "2026-12-04T16:00:00, w poniedziałek od 7:40", // Friday evening
            "2026-12-05T09:00:00, w poniedziałek od 7:40", // Saturday
            "2026-12-07T06:00:00, dziś od 7:40", // Monday before opening
            "2026-12-07T12:00:00, jutro od 7:40", // Monday while open: the next opening is tomorrow
            "2026-12-07T18:00:00, jutro od 7:40",
            "2026-04-03T16:00:00, we wtorek od 7:40", // Good Friday: Easter Sunday and Monday follow
            "2026-06-03T16:00:00, w piątek od 7:40", // the eve of Corpus Christi
            "2025-12-23T16:00:00, w poniedziałek od 7:40"}) // 24–26 December 2025, then the weekend
    void should_say_in_polish_when_the_infoline_opens_next(String at, String expected) {
        assertEquals(expected, hours.whenOpens(warsaw(at)));
    }

    @Test
    void should_name_the_date_when_the_next_opening_is_a_week_or_more_away() {
        InfolineHours winterBreak = new InfolineHours(WARSAW, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(7, 40),
                LocalTime.of(15, 30), true, Set.of(LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 30),
                LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 4)));
        assertEquals("we wtorek 5 stycznia od 7:40", winterBreak.whenOpens(warsaw("2026-12-23T16:00:00")));
    }

    @Test
    void should_close_on_configured_extra_days() {
        InfolineHours bridge = new InfolineHours(WARSAW, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(7, 40),
                LocalTime.of(15, 30), true, Set.of(LocalDate.of(2026, 11, 10)));
        assertFalse(bridge.isOpen(warsaw("2026-11-10T10:00:00")));
        assertTrue(hours.isOpen(warsaw("2026-11-10T10:00:00")));
        assertEquals(warsaw("2026-11-12T07:40:00"), bridge.nextOpening(warsaw("2026-11-09T16:00:00")).orElseThrow().toInstant());
    }

    @Test
    void should_ignore_public_holidays_when_told_to() {
        InfolineHours always = new InfolineHours(WARSAW, EnumSet.allOf(DayOfWeek.class), LocalTime.of(8, 0), LocalTime.of(20, 0), false, Set.of());
        assertTrue(always.isOpen(warsaw("2026-12-25T10:00:00")));
        assertEquals("pon.–niedz. 8:00–20:00", always.hoursText());
    }

    @Test
    void should_describe_the_regular_hours() {
        assertEquals("pon.–pt. 7:40–15:30", hours.hoursText());
        InfolineHours someDays = new InfolineHours(WARSAW, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), LocalTime.of(9, 0),
                LocalTime.of(12, 0), true, Set.of());
        assertEquals("pon., śr. 9:00–12:00", someDays.hoursText());
    }

    @Test
    void should_refuse_hours_that_close_before_they_open() {
        assertThrows(IllegalArgumentException.class, () -> new InfolineHours(WARSAW, EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(16, 0),
                LocalTime.of(8, 0), true, Set.of()));
    }
}
