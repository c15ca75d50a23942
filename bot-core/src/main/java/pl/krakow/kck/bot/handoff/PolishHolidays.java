package pl.krakow.kck.bot.handoff;

import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Public holidays in Poland (dni ustawowo wolne od pracy), computed for any year under the Act of 18 January
 * 1951 on days free from work (ustawa o dniach wolnych od pracy) as amended: the fixed days, and the movable
 * ones from Easter Sunday (Gregorian computus). Three amendments are dated: 11 November since 1989,
 * 6 January (Trzech Króli) since 2011, and 24 December (Wigilia) from 2025 (the amending act of
 * 6 December 2024, in force on 1 February 2025).
 */
public final class PolishHolidays {

    private PolishHolidays() {
    }

    /** Easter Sunday of a Gregorian year (the anonymous "Meeus/Jones/Butcher" algorithm). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The holidays of a year, by date, with their Polish names. */
    public static Map<LocalDate, String> of(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        LocalDate easter = easterSunday(year);
        days.put(LocalDate.of(year, Month.JANUARY, 1), "Nowy Rok");
        if (year >= 2011) {
            days.put(LocalDate.of(year, Month.JANUARY, 6), "Święto Trzech Króli");
        }
        days.put(easter, "Wielkanoc");
        days.put(easter.plusDays(1), "Poniedziałek Wielkanocny");
        days.put(LocalDate.of(year, Month.MAY, 1), "Święto Pracy");
        days.put(LocalDate.of(year, Month.MAY, 3), "Święto Konstytucji 3 Maja");
        days.put(easter.plusDays(49), "Zielone Świątki");
        days.put(easter.plusDays(60), "Boże Ciało");
        days.put(LocalDate.of(year, Month.AUGUST, 15), "Wniebowzięcie Najświętszej Maryi Panny");
        days.put(LocalDate.of(year, Month.NOVEMBER, 1), "Wszystkich Świętych");
        if (year >= 1989) {
            days.put(LocalDate.of(year, Month.NOVEMBER, 11), "Narodowe Święto Niepodległości");
        }
        if (year >= 2025) {
            days.put(LocalDate.of(year, Month.DECEMBER, 24), "Wigilia Bożego Narodzenia");
        }
        days.put(LocalDate.of(year, Month.DECEMBER, 25), "Boże Narodzenie");
        days.put(LocalDate.of(year, Month.DECEMBER, 26), "drugi dzień Bożego Narodzenia");
        return days;
    }

    /** The holiday's name when the date is a public holiday. */
    public static Optional<String> holiday(LocalDate date) {
        return Optional.ofNullable(of(date.getYear()).get(date));
    }
}
