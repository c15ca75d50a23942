package pl.krakow.kck.bot.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.TestClock;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.TestDatabase;

/** The same specification on embedded H2 and on PostgreSQL. */
class ReportRepositoryTest {

    private static final CategoryCatalogue CATALOGUE = Fixtures.catalogue();

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T09:00:00Z"));
    private TestDatabase opened;
    private Database database;

    private ReportRepository repository(String engine) {
        opened = TestDatabase.open(engine);
        database = opened.database();
        return new ReportRepository(database, clock, true);
    }

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_number_reports_per_year_in_the_city_time_zone(String engine) {
        ReportRepository reports = repository(engine);
        assertEquals("KRK-2026-000001", reports.submit(lamp("Karmelicka 12"), "a").report().number());
        assertEquals("KRK-2026-000002", reports.submit(lamp("Karmelicka 14"), "b").report().number());
        clock.set(Instant.parse("2026-12-31T23:30:00Z")); // 00:30 on 1 January in Kraków
        assertEquals("KRK-2027-000001", reports.submit(lamp("Długa 5"), "c").report().number());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_file_one_report_however_often_the_same_draft_is_confirmed(String engine) throws Exception {
        ReportRepository reports = repository(engine);
        ReportRepository.Filed first = reports.submit(lamp("Karmelicka 12"), "draft-1");
        ReportRepository.Filed again = reports.submit(lamp("Karmelicka 12"), "draft-1");
        assertTrue(first.created());
        assertFalse(again.created());
        assertEquals(first.report().number(), again.report().number());

        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> tasks = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String key = "draft-" + (2 + i % 2);
                tasks.add(() -> reports.submit(lamp("Długa " + key), key).report().number());
            }
            Set<String> numbers = new HashSet<>();
            for (Future<String> future : pool.invokeAll(tasks)) {
                numbers.add(future.get());
            }
            assertEquals(Set.of("KRK-2026-000002", "KRK-2026-000003"), numbers);
        } finally {
            pool.shutdown();
        }
        assertEquals(3, reports.search(new ReportQuery(List.of(), List.of(), null, null, List.of(), 100)).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_keep_what_the_resident_gave_and_drop_contact_details_without_consent(String engine) {
        ReportRepository reports = repository(engine);
        NewReport withConsent = new NewReport(null, NewReport.OPEN311, category("oswietlenie"), new Location("Karmelicka 12", 50.0671, 19.9290, false),
                "Latarnia nie świeci od tygodnia.", Map.of("ile", List.of("jedna")), null, "jan@example.pl", "+48 600 123 456", true);
        Report kept = reports.submit(withConsent, "k1").report();
        assertEquals("oswietlenie", kept.serviceCode());
        assertEquals("Nieświecąca lub uszkodzona latarnia", kept.serviceName());
        assertEquals(50.0671, kept.lat());
        assertEquals(List.of("jedna"), kept.attributes().get("ile"));
        assertEquals("jan@example.pl", kept.email());
        assertEquals(Report.OPEN, kept.status());
        NewReport without = new NewReport(null, NewReport.OPEN311, category("oswietlenie"), Location.address("Długa 5"),
                "Latarnia miga całą noc.", Map.of(), null, "jan@example.pl", "+48 600 123 456", false);
        Report anonymous = reports.submit(without, "k2").report();
        assertEquals(null, anonymous.email());
        assertEquals(null, anonymous.phone());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_change_status_and_keep_the_notes_in_order(String engine) {
        ReportRepository reports = repository(engine);
        String number = reports.submit(lamp("Karmelicka 12"), "a").report().number();
        clock.advance(java.time.Duration.ofHours(2));
        reports.updateStatus(number, Report.OPEN, "Zlecono naprawę.", "open311");
        clock.advance(java.time.Duration.ofDays(1));
        Report closed = reports.updateStatus(number, Report.CLOSED, "Wymieniono żarówkę.", "open311").orElseThrow();
        assertEquals(Report.CLOSED, closed.status());
        assertEquals("Wymieniono żarówkę.", closed.statusNotes());
        List<ReportNote> notes = reports.notes(closed.id());
        assertEquals(List.of("open", "open", "closed"), notes.stream().map(ReportNote::status).toList());
        assertEquals("Zlecono naprawę.", notes.get(1).note());
        assertTrue(reports.updateStatus("KRK-2026-999999", Report.CLOSED, null, "open311").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_filter_like_open311(String engine) {
        ReportRepository reports = repository(engine);
        String first = reports.submit(lamp("Karmelicka 12"), "a").report().number();
        clock.advance(java.time.Duration.ofDays(2));
        reports.submit(new NewReport(null, NewReport.OPEN311, category("drogi-nawierzchnia"), Location.address("Wielicka 28"),
                "Głęboka dziura na pasie do skrętu.", Map.of(), null, null, null, false), "b");
        reports.updateStatus(first, Report.CLOSED, null, "open311");
        assertEquals(1, reports.search(query(List.of(), List.of("oswietlenie"), null, null, List.of())).size());
        assertEquals(1, reports.search(query(List.of(), List.of(), null, null, List.of("open"))).size());
        assertEquals(2, reports.search(query(List.of(), List.of(), null, null, List.of("open", "closed"))).size());
        OffsetDateTime day = OffsetDateTime.parse("2026-12-02T00:00:00+01:00");
        assertEquals(List.of("KRK-2026-000002"), numbers(reports.search(query(List.of(), List.of(), day, null, List.of()))));
        assertEquals(List.of(first), numbers(reports.search(query(List.of(), List.of(), null, day, List.of()))));
        assertEquals(List.of(first), numbers(reports.search(query(List.of(first), List.of("drogi-nawierzchnia"), day, null, List.of()))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_find_open_reports_of_the_category_within_fifty_metres_or_at_the_same_address(String engine) {
        ReportRepository reports = repository(engine);
        NewReport near = new NewReport(null, NewReport.CHAT, category("oswietlenie"), Location.coordinates(50.06700, 19.92900),
                "Latarnia nie świeci.", Map.of(), null, null, null, false);
        String nearNumber = reports.submit(near, "near").report().number();
        reports.submit(new NewReport(null, NewReport.CHAT, category("oswietlenie"), Location.coordinates(50.06800, 19.92900),
                "Latarnia nie świeci.", Map.of(), null, null, null, false), "far"); // 111 m north
        reports.submit(new NewReport(null, NewReport.CHAT, category("drogi-nawierzchnia"), Location.coordinates(50.06701, 19.92901),
                "Dziura.", Map.of(), null, null, null, false), "other-category");
        String byAddress = reports.submit(lamp("Karmelicka 12"), "address").report().number();

        List<Report> found = reports.nearbyOpen("oswietlenie", Location.coordinates(50.06730, 19.92900), 50); // 33 m
        assertEquals(List.of(nearNumber), numbers(found));
        assertEquals(List.of(byAddress), numbers(reports.nearbyOpen("oswietlenie", Location.address("karmelicka  12."), 50)));
        reports.updateStatus(nearNumber, Report.CLOSED, null, "open311");
        assertTrue(reports.nearbyOpen("oswietlenie", Location.coordinates(50.06730, 19.92900), 50).isEmpty());
        assertEquals(33.4, GeoDistance.metres(50.06700, 19.92900, 50.06730, 19.92900), 0.2);
    }

    private static ReportQuery query(List<String> numbers, List<String> codes, OffsetDateTime start, OffsetDateTime end, List<String> statuses) {
        return new ReportQuery(numbers, codes, start, end, statuses, 1000);
    }

    private static List<String> numbers(List<Report> reports) {
        return reports.stream().map(Report::number).toList();
    }

    private static NewReport lamp(String address) {
        return new NewReport(null, NewReport.OPEN311, category("oswietlenie"), Location.address(address), "Latarnia nie świeci.",
                Map.of("ile", List.of("jedna")), null, null, null, false);
    }

    private static ServiceCategory category(String code) {
        return CATALOGUE.find(code).orElseThrow();
    }
}
