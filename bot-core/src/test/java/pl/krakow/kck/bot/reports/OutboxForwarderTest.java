package pl.krakow.kck.bot.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.TestClock;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.TestDatabases;

/** Forwarding to a real HTTP server on 127.0.0.1 that fails, times out and recovers. */
class OutboxForwarderTest {

    private static final Duration TIMEOUT = Duration.ofMillis(400);
    private static final Duration INITIAL = Duration.ofSeconds(2);

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final Database database = TestDatabases.h2();
    private final ReportRepository reports = new ReportRepository(database, clock, true);
    private final ReportOutbox outbox = new ReportOutbox(database, clock);

    @AfterEach
    void close() {
        database.close();
    }

    private OutboxForwarder forwarder(FakeCityEndpoint city) {
        return new OutboxForwarder(outbox, reports, new OutboxForwarder.Settings(city.endpoint(), "sekret", "krakow.pl", TIMEOUT,
                INITIAL, Duration.ofMinutes(10), Duration.ofSeconds(1)));
    }

    @Test
    void should_retry_with_growing_delays_until_the_city_accepts_and_then_never_send_again() throws Exception {
        try (FakeCityEndpoint city = new FakeCityEndpoint(new FakeCityEndpoint.Fail(503), new FakeCityEndpoint.Hang(3_000),
                new FakeCityEndpoint.Accept("CITY-77"));
             OutboxForwarder forwarder = forwarder(city)) {
            Report report = reports.submit(lamp(), "draft-1").report();

            assertEquals(0, forwarder.runOnce());
            ReportOutbox.Entry failed = outbox.entry(report.id());
            assertEquals(1, failed.attempts());
            assertTrue(failed.lastError().contains("HTTP 503"), failed.lastError());
            assertEquals(clock.instant().plus(INITIAL), failed.nextAttemptAt().toInstant());
            assertEquals(1, outbox.summary().failing().size(), "failures are visible");

            assertEquals(0, forwarder.runOnce(), "not due yet");
            assertEquals(1, city.received().size());

            clock.advance(INITIAL);
            assertEquals(0, forwarder.runOnce());
            ReportOutbox.Entry timedOut = outbox.entry(report.id());
            assertEquals(2, timedOut.attempts());
            assertTrue(timedOut.lastError().contains("Timeout"), timedOut.lastError());
            assertEquals(clock.instant().plus(INITIAL.multipliedBy(2)), timedOut.nextAttemptAt().toInstant(), "the delay doubles");

            clock.advance(INITIAL.multipliedBy(2));
            assertEquals(1, forwarder.runOnce());
            ReportOutbox.Entry sent = outbox.entry(report.id());
            assertEquals("sent", sent.state());
            assertEquals("CITY-77", sent.remoteId());
            assertNull(sent.lastError());

            clock.advance(Duration.ofHours(1));
            assertEquals(0, forwarder.runOnce());
            assertEquals(3, city.received().size(), "sent until accepted, then never again");
            assertEquals(new ReportOutbox.Summary(0, 1, List.of()), outbox.summary());

            FakeCityEndpoint.Received last = city.received().getLast();
            assertEquals("sekret", last.first("api_key"));
            assertEquals("oswietlenie", last.first("service_code"));
            assertEquals("Karmelickiej 12", last.first("address_string"));
            assertEquals("50.067100", last.first("lat"));
            assertEquals("jedna", last.first("attribute[ile]"));
            assertTrue(last.first("description").contains(report.number()));
            assertEquals(report.number(), last.idempotencyKey());
            assertTrue(last.contentType().startsWith("application/x-www-form-urlencoded"));
            assertNull(FakeCityEndpoint.missingRequiredField(last.form()), "the request has what GeoReport v2 requires");
        }
    }

    @Test
    void should_keep_trying_when_the_city_is_down_and_deliver_when_it_comes_back() throws Exception {
        Report report = reports.submit(lamp(), "draft-2").report();
        java.net.URI nowhere;
        try (FakeCityEndpoint gone = new FakeCityEndpoint()) {
            nowhere = gone.endpoint();
        }
        try (OutboxForwarder down = new OutboxForwarder(outbox, reports, new OutboxForwarder.Settings(nowhere, "sekret", null,
                TIMEOUT, INITIAL, Duration.ofSeconds(5), Duration.ofSeconds(1)))) {
            for (int i = 0; i < 4; i++) {
                assertEquals(0, down.runOnce());
                clock.advance(Duration.ofSeconds(5));
            }
            assertEquals(Duration.ofSeconds(5), down.backoff(4), "the delay stops growing at the maximum");
        }
        assertEquals(4, outbox.entry(report.id()).attempts());
        try (FakeCityEndpoint city = new FakeCityEndpoint(); OutboxForwarder forwarder = forwarder(city)) {
            assertEquals(1, forwarder.runOnce());
            assertEquals("sent", outbox.entry(report.id()).state());
        }
    }

    @Test
    void should_not_queue_reports_when_forwarding_is_off() {
        ReportRepository quiet = new ReportRepository(database, clock, false);
        Report report = quiet.submit(lamp(), "draft-3").report();
        assertNull(outbox.entry(report.id()));
    }

    private static NewReport lamp() {
        return new NewReport(null, NewReport.CHAT, Fixtures.catalogue().find("oswietlenie").orElseThrow(),
                new Location("Karmelickiej 12", 50.0671, 19.9290, false), "Latarnia nie świeci.", Map.of("ile", List.of("jedna")),
                null, null, null, false);
    }
}
