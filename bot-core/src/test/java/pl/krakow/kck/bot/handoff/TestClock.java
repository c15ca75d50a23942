package pl.krakow.kck.bot.handoff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock the test sets: handoff rules depend on the infoline's hours, never on the wall clock. */
public final class TestClock extends Clock {

    public static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private volatile Instant now;

    public TestClock(Instant now) {
        this.now = now;
    }

    /** At a local Warsaw time, e.g. "2026-12-07T10:00" (a Monday). */
    public static TestClock warsaw(String localDateTime) {
        return new TestClock(LocalDateTime.parse(localDateTime).atZone(WARSAW).toInstant());
    }

    public void set(String localDateTime) {
        now = LocalDateTime.parse(localDateTime).atZone(WARSAW).toInstant();
    }

    public void advance(java.time.Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return WARSAW;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
