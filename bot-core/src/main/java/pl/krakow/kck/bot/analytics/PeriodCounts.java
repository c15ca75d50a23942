package pl.krakow.kck.bot.analytics;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The {@link DayCounts} of a period: closed days from their roll-ups, rolling up on the way every closed day that
 * has none yet; the days still open (today, and a day until {@link #SETTLE} after its midnight, while replies
 * written before midnight may still be committing) counted live. A period in another time zone than the
 * roll-ups' is counted live. Days before the first message are empty without being rolled up, so data imported
 * later for them still counts.
 */
final class PeriodCounts {

    /** How long after a day's end it is rolled up. */
    static final Duration SETTLE = Duration.ofMinutes(10);

    private final AnalyticsSql sql;
    private final Rollups rollups;
    private final DayCounter counter;
    private final Clock clock;

    PeriodCounts(AnalyticsSql sql, Rollups rollups, QuestionGroups groups, Clock clock) {
        this.sql = sql;
        this.rollups = rollups;
        this.counter = new DayCounter(sql, groups);
        this.clock = clock;
    }

    DayCounts of(Period period) {
        if (!period.zone().equals(rollups.zone())) {
            return live(period.from(), period.to(), period.zone());
        }
        LocalDate closed = lastClosedDay();
        LocalDate rollFrom = max(period.from(), firstMessageDay());
        LocalDate rollTo = min(period.to(), closed);
        if (!rollFrom.isAfter(rollTo)) {
            Set<LocalDate> rolled = rollups.rolled(rollFrom, rollTo);
            OffsetDateTime now = OffsetDateTime.now(clock);
            for (LocalDate day = rollFrom; !day.isAfter(rollTo); day = day.plusDays(1)) {
                if (!rolled.contains(day)) {
                    rollups.store(day, counter.count(day, rollups.zone()), now);
                }
            }
        }
        DayCounts counts = rollups.read(period.from(), min(period.to(), closed));
        LocalDate open = max(period.from(), closed.plusDays(1));
        return counts.plus(live(open, min(period.to(), lastMessageDay()), period.zone()));
    }

    /** Rolls up every closed day since the first message that has no roll-up yet; returns how many it rolled up. */
    int rollUp() {
        LocalDate first = firstMessageDay();
        LocalDate closed = lastClosedDay();
        if (first.isAfter(closed)) {
            return 0;
        }
        Set<LocalDate> rolled = rollups.rolled(first, closed);
        int stored = 0;
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (LocalDate day = first; !day.isAfter(closed); day = day.plusDays(1)) {
            if (!rolled.contains(day) && rollups.store(day, counter.count(day, rollups.zone()), now)) {
                stored++;
            }
        }
        return stored;
    }

    private DayCounts live(LocalDate from, LocalDate to, ZoneId zone) {
        DayCounts counts = DayCounts.EMPTY;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            counts = counts.plus(counter.count(day, zone));
        }
        return counts;
    }

    /** The last day of the roll-ups' zone that ended at least {@link #SETTLE} ago. */
    LocalDate lastClosedDay() {
        ZonedDateTime settled = ZonedDateTime.now(clock).withZoneSameInstant(rollups.zone()).minus(SETTLE);
        return settled.toLocalDate().minusDays(1);
    }

    private LocalDate firstMessageDay() {
        return messageDay("MIN", LocalDate.MAX);
    }

    private LocalDate lastMessageDay() {
        return messageDay("MAX", LocalDate.MIN);
    }

    private LocalDate messageDay(String aggregate, LocalDate none) {
        OffsetDateTime at = sql.single("SELECT " + aggregate + "(created_at) FROM message", (ResultSet r) -> r.getObject(1, OffsetDateTime.class));
        return at == null ? none : at.atZoneSameInstant(rollups.zone()).toLocalDate();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
