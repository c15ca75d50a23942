package pl.krakow.kck.bot.reports.listing;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import pl.krakow.kck.bot.reports.ReportRepository;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/** A report's dates as residents read them: the day in Kraków's time, words from the calendar catalogue. */
public final class CityDates {

    private CityDates() {
    }

    /** "3 grudnia 2026". */
    public static String day(Lang lang, OffsetDateTime time) {
        ZonedDateTime local = time.atZoneSameInstant(ReportRepository.CITY_ZONE);
        return Messages.text(lang, "calendar.date", String.valueOf(local.getDayOfMonth()),
                Messages.text(lang, "calendar.month-genitive-" + local.getMonthValue()), String.valueOf(local.getYear()));
    }

    /** ISO 8601 with the offset, for machines ({@code <time datetime>}). */
    public static String iso(OffsetDateTime time) {
        return time.atZoneSameInstant(ReportRepository.CITY_ZONE).toOffsetDateTime()
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
