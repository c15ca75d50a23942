package pl.krakow.kck.bot.reports.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.TestClock;
import pl.krakow.kck.bot.reports.Location;
import pl.krakow.kck.bot.reports.NewReport;
import pl.krakow.kck.bot.reports.Report;
import pl.krakow.kck.bot.reports.ReportRepository;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.TestDatabase;
import pl.krakow.kck.bot.storage.TestDatabases;

class PublicReportsTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T09:00:00Z"));
    private Database database;
    private ReportRepository reports;
    private PublicReports list;

    private TestDatabase opened;

    @BeforeEach
    void open() throws IOException {
        use(TestDatabases.h2());
    }

    private void use(Database chosen) throws IOException {
        database = chosen;
        reports = new ReportRepository(database, clock, false);
        list = new PublicReports(database, DistrictGazetteer.load(Path.of("../faq-corpus/reports/districts.tsv"), Fixtures.ANALYZER));
    }

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        } else {
            database.close();
        }
    }

    private String file(String category, String address) {
        clock.advance(Duration.ofMinutes(1));
        NewReport report = new NewReport(null, NewReport.OPEN311, Fixtures.catalogue().find(category).orElseThrow(),
                Location.address(address), "Jan Kowalski, tel. 600 123 456, prosi o naprawę.", Map.of(), null,
                "jan@example.pl", "600123456", true);
        return reports.submit(report, "key-" + address + category).report().number();
    }

    private static PublicReports.Filter any() {
        return new PublicReports.Filter(null, null, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void should_filter_by_category_district_and_status_newest_first(String engine) throws IOException {
        if (engine.equals("postgresql")) {
            database.close();
            opened = TestDatabase.open(engine);
            use(opened.database());
        }
        String light = file("oswietlenie", "Karmelickiej 12");
        String hole = file("drogi-nawierzchnia", "Rynek Podgórski 1");
        String other = file("oswietlenie", "ul. Wielicka 28a");
        reports.updateStatus(light, Report.CLOSED, "Naprawione.", "open311").orElseThrow();

        assertEquals(List.of(other, hole, light), numbers(list.page(any(), 1)));
        assertEquals(List.of(other, light), numbers(list.page(new PublicReports.Filter("oswietlenie", null, null), 1)));
        assertEquals(List.of(hole), numbers(list.page(new PublicReports.Filter(null, "XIII", null), 1)));
        assertEquals(List.of(light), numbers(list.page(new PublicReports.Filter("oswietlenie", "I", Report.CLOSED), 1)));
        assertEquals(List.of(other, hole), numbers(list.page(new PublicReports.Filter(null, null, Report.OPEN), 1)));
        assertEquals(List.of(), numbers(list.page(new PublicReports.Filter("drogi-nawierzchnia", "I", null), 1)));
    }

    @Test
    void should_show_only_public_fields_with_the_place_at_street_level() {
        file("oswietlenie", "Karmelickiej 12");
        PublicReports.Entry entry = list.page(any(), 1).entries().getFirst();
        assertEquals("Karmelickiej", entry.place());
        assertEquals("I", entry.district());
        assertEquals(Report.OPEN, entry.status());
        file("oswietlenie", "ul. Wielicka 28a");
        assertNull(list.page(any(), 1).entries().getFirst().district(), "a street the gazetteer does not know has no district");
    }

    @Test
    void should_cut_the_list_into_pages_and_show_the_last_page_when_asked_beyond() {
        for (int i = 1; i <= PublicReports.PAGE_SIZE * 2 + 3; i++) {
            file("oswietlenie", "Karmelicka " + i);
        }
        PublicReports.Page first = list.page(any(), 1);
        assertEquals(PublicReports.PAGE_SIZE, first.entries().size());
        assertEquals(3, first.pages());
        assertEquals(PublicReports.PAGE_SIZE * 2 + 3, first.total());
        assertEquals("Karmelicka", first.entries().getFirst().place());
        PublicReports.Page last = list.page(any(), 99);
        assertEquals(3, last.page());
        assertEquals(3, last.entries().size());
        assertEquals("KRK-2026-000001", last.entries().getLast().number());
        assertEquals(1, list.page(new PublicReports.Filter("pomysl", null, null), 5).pages(), "an empty list has one page");
    }

    private static List<String> numbers(PublicReports.Page page) {
        return page.entries().stream().map(PublicReports.Entry::number).toList();
    }
}
