package pl.krakow.kck.bot.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolishHolidaysTest {

    @ParameterizedTest(name = "Easter {0}: {1}")
    @CsvSource({
            "1818, 1818-03-22", // the earliest possible date
            "2000, 2000-04-23",
            "2019, 2019-04-21",
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2027, 2027-03-28",
            "2028, 2028-04-16",
            "2029, 2029-04-01",
            "2030, 2030-04-21",
            "2038, 2038-04-25"}) // the latest possible date
    void should_compute_easter_sunday(int year, LocalDate easter) {
        assertEquals(easter, PolishHolidays.easterSunday(year));
    }

    @ParameterizedTest(name = "{0}: Easter Monday {1}, Pentecost {2}, Corpus Christi {3}")
    @CsvSource({
            "2024, 2024-04-01, 2024-05-19, 2024-05-30",
            "2025, 2025-04-21, 2025-06-08, 2025-06-19",
            "2026, 2026-04-06, 2026-05-24, 2026-06-04",
            "2027, 2027-03-29, 2027-05-16, 2027-05-27",
            "2028, 2028-04-17, 2028-06-04, 2028-06-15",
            "2029, 2029-04-02, 2029-05-20, 2029-05-31",
            "2030, 2030-04-22, 2030-06-09, 2030-06-20"})
    void should_place_the_movable_holidays_from_easter(int year, LocalDate easterMonday, LocalDate pentecost, LocalDate corpusChristi) {
        Map<LocalDate, String> holidays = PolishHolidays.of(year);
        assertEquals("Poniedziałek Wielkanocny", holidays.get(easterMonday));
        assertEquals("Zielone Świątki", holidays.get(pentecost));
        assertEquals("Boże Ciało", holidays.get(corpusChristi));
    }

    @Test
    void should_list_thirteen_holidays_before_2025_and_fourteen_from_2025() {
        assertEquals(13, PolishHolidays.of(2024).size());
        assertEquals(14, PolishHolidays.of(2025).size());
        assertEquals(14, PolishHolidays.of(2030).size());
    }

    @Test
    void should_make_christmas_eve_a_holiday_from_2025_only() {
        assertFalse(PolishHolidays.holiday(LocalDate.of(2024, 12, 24)).isPresent());
        assertEquals("Wigilia Bożego Narodzenia", PolishHolidays.holiday(LocalDate.of(2025, 12, 24)).orElseThrow());
        assertTrue(PolishHolidays.holiday(LocalDate.of(2026, 12, 24)).isPresent());
    }

    @Test
    void should_keep_the_fixed_holidays() {
        for (String date : new String[] {"2026-01-01", "2026-01-06", "2026-05-01", "2026-05-03", "2026-08-15", "2026-11-01",
                "2026-11-11", "2026-12-25", "2026-12-26"}) {
            assertTrue(PolishHolidays.holiday(LocalDate.parse(date)).isPresent(), date);
        }
        assertFalse(PolishHolidays.holiday(LocalDate.of(2026, 12, 31)).isPresent(), "New Year's Eve is a working day");
        assertFalse(PolishHolidays.holiday(LocalDate.of(2026, 4, 3)).isPresent(), "Good Friday is a working day");
    }

    @Test
    void should_add_epiphany_from_2011() {
        assertFalse(PolishHolidays.holiday(LocalDate.of(2010, 1, 6)).isPresent());
        assertTrue(PolishHolidays.holiday(LocalDate.of(2011, 1, 6)).isPresent());
    }
}
