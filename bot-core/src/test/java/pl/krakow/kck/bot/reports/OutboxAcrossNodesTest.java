package pl.krakow.kck.bot.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.TestDatabases;

/**
 * Two nodes (each its own connection pool) forward one outbox on one PostgreSQL schema, two forwarders
 * each, all at once: every report reaches the city exactly once.
 */
class OutboxAcrossNodesTest {

    private static final int REPORTS = 60;

    @Test
    void should_send_every_report_once_when_forwarders_on_two_nodes_race_for_the_outbox() throws Exception {
        String schema = TestDatabases.freshSchema();
        Database a = TestDatabases.postgres(schema);
        Database b = TestDatabases.postgres(schema);
        try (FakeCityEndpoint city = new FakeCityEndpoint()) {
            ReportRepository reports = new ReportRepository(a, Clock.systemUTC(), true);
            for (int i = 0; i < REPORTS; i++) {
                reports.submit(new NewReport(null, NewReport.CHAT, Fixtures.catalogue().find("oswietlenie").orElseThrow(),
                        new Location("Karmelicka " + (i + 1), 50.06 + i * 0.0005, 19.93, false), "Latarnia nie świeci.",
                        Map.of("ile", List.of("jedna")), null, null, null, false), "draft-" + i);
            }
            List<OutboxForwarder> forwarders = List.of(forwarder(a, city), forwarder(a, city), forwarder(b, city), forwarder(b, city));
            ExecutorService pool = Executors.newFixedThreadPool(forwarders.size());
            List<Future<Integer>> passes = new ArrayList<>();
            for (OutboxForwarder forwarder : forwarders) {
                passes.add(pool.submit(() -> {
                    int accepted = 0;
                    for (int pass = 0; pass < 20; pass++) {
                        accepted += forwarder.runOnce();
                    }
                    return accepted;
                }));
            }
            int accepted = 0;
            for (Future<Integer> pass : passes) {
                accepted += pass.get();
            }
            pool.shutdown();
            forwarders.forEach(OutboxForwarder::close);

            Map<String, Long> sends = city.received().stream()
                    .collect(Collectors.groupingBy(FakeCityEndpoint.Received::idempotencyKey, Collectors.counting()));
            System.out.println("outbox across nodes: " + REPORTS + " reports, " + city.received().size() + " requests, "
                    + forwarders.size() + " forwarders on 2 nodes");
            assertEquals(REPORTS, accepted, "every report accepted");
            assertEquals(REPORTS, sends.size(), "every report sent");
            assertEquals(REPORTS, city.received().size(), "and each exactly once: " + sends);
            assertEquals(new ReportOutbox.Summary(0, REPORTS, List.of()), new ReportOutbox(b, Clock.systemUTC()).summary());
        } finally {
            a.close();
            b.close();
            TestDatabases.dropSchema(schema);
        }
    }

    private static OutboxForwarder forwarder(Database database, FakeCityEndpoint city) {
        return new OutboxForwarder(new ReportOutbox(database, Clock.systemUTC()), new ReportRepository(database, Clock.systemUTC(), true),
                new OutboxForwarder.Settings(city.endpoint(), "sekret", "krakow.pl", Duration.ofSeconds(5), Duration.ofSeconds(1),
                        Duration.ofMinutes(1), Duration.ofSeconds(1)));
    }
}
