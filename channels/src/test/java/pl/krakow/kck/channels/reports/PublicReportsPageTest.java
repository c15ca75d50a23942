package pl.krakow.kck.channels.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;

import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.reports.Location;
import pl.krakow.kck.bot.reports.NewReport;
import pl.krakow.kck.bot.reports.Report;
import pl.krakow.kck.channels.Assistant;
import pl.krakow.kck.channels.Main;
import pl.krakow.kck.channels.TestAssistant;

/** GET /zgloszenia over HTTP: filters, pages, no personal data, escaping, the same reports as the Open311 feed. */
@ServerTest
class PublicReportsPageTest {

    private static final Pattern ROW = Pattern.compile("<tr><th scope=\"row\">(KRK-\\d{4}-\\d+)</th>(.*?)</tr>");
    private static Assistant assistant;
    private static final List<String> FILED = new ArrayList<>();
    private final Http1Client client;

    PublicReportsPageTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        assistant = TestAssistant.start(TestAssistant.roomy(), TestAssistant.reports());
        Main.routing(routing, assistant);
        FILED.add(file("oswietlenie", "Karmelickiej 12", "Nie świeci latarnia.", null));
        FILED.add(file("drogi-nawierzchnia", "Rynek Podgórski 1",
                "Nazywam się Jan Kowalski, PESEL 85010112345, tel. 600 123 456 – głęboka dziura.", "jan.kowalski@example.pl"));
        FILED.add(file("oswietlenie", "<script>alert('x')</script> Długa 5", "\"><img src=x onerror=alert(1)>", null));
        for (int i = 1; i <= 22; i++) {
            FILED.add(file("dzikie-wysypisko", "Lipowa " + i, "Gruz pod wiaduktem.", null));
        }
        assistant.reports().repository().updateStatus(FILED.getFirst(), Report.CLOSED, "Wymieniono oprawę.", "open311").orElseThrow();
    }

    private static String file(String category, String address, String description, String email) {
        NewReport report = new NewReport(null, NewReport.OPEN311, assistant.reports().catalogue().find(category).orElseThrow(),
                Location.address(address), description, Map.of(), null, email, email == null ? null : "600123456", email != null);
        return assistant.reports().repository().submit(report, "page-" + FILED.size()).report().number();
    }

    @AfterAll
    static void close() {
        assistant.close();
    }

    @Test
    void should_render_an_accessible_page_without_script() {
        String page = get("/zgloszenia");
        assertTrue(page.startsWith("<!doctype html>\n<html lang=\"pl\">"), page);
        assertTrue(page.contains("<h1>Zgłoszenia mieszkańców</h1>"));
        assertTrue(page.contains("<caption>Zgłoszenia, najnowsze najpierw (strona 1 z 2)</caption>"), page);
        assertEquals(7, count(page, "<th scope=\"col\">"));
        for (String filter : List.of("kategoria", "dzielnica", "stan")) {
            assertTrue(page.contains("<label for=\"" + filter + "\">") && page.contains("<select id=\"" + filter + "\" name=\"" + filter + "\">"), filter);
        }
        assertTrue(page.contains("<form method=\"get\" action=\"/zgloszenia\""), "filters work without script");
        assertFalse(page.contains("<script"), "no script, not even a resident's");
        assertTrue(page.contains("<option value=\"XIII\">XIII Podgórze</option>"), page);
        assertTrue(page.contains("<a rel=\"next\" href=\"/zgloszenia?strona=2#wyniki\">Następna strona</a>"), page);
        try (Http1ClientResponse response = client.get("/zgloszenia").request()) {
            assertTrue(response.headers().first(io.helidon.http.HeaderNames.create("Content-Security-Policy")).orElse("")
                    .contains("script-src 'self'"));
        }
    }

    @Test
    void should_filter_by_category_district_and_status_and_page_with_the_filters_kept() {
        Map<String, String> closedLights = rows(get("/zgloszenia?kategoria=oswietlenie&stan=closed"));
        assertEquals(List.of(FILED.getFirst()), List.copyOf(closedLights.keySet()));
        assertTrue(closedLights.get(FILED.getFirst()).contains("zamknięte – sprawa załatwiona"));
        assertTrue(closedLights.get(FILED.getFirst()).contains("<td>I Stare Miasto</td>"), closedLights.toString());

        String podgorze = get("/zgloszenia?dzielnica=XIII");
        assertTrue(podgorze.contains("Liczba zgłoszeń: 23. Strona 1 z 2."), podgorze);
        assertTrue(podgorze.contains("<option value=\"XIII\" selected>"), "the chosen filter stays chosen");
        assertTrue(podgorze.contains("href=\"/zgloszenia?dzielnica=XIII&amp;strona=2#wyniki\""), podgorze);
        Map<String, String> second = rows(get("/zgloszenia?dzielnica=XIII&strona=2"));
        assertEquals(3, second.size());
        assertTrue(second.containsKey(FILED.get(1)), "the oldest Podgórze report is last");

        String none = get("/zgloszenia?kategoria=pomysl");
        assertTrue(none.contains("Nie ma zgłoszeń spełniających wybrane warunki.") && !none.contains("<table>"), none);
        assertTrue(get("/zgloszenia?kategoria=nie-ma&stan=cokolwiek&strona=x").contains("Liczba zgłoszeń: 25."),
                "unknown filter values count as no filter");
    }

    @Test
    void should_show_no_personal_data_nor_descriptions_and_only_the_street() {
        String all = get("/zgloszenia") + get("/zgloszenia?strona=2");
        for (String personal : List.of("Kowalski", "85010112345", "600 123 456", "600123456", "jan.kowalski@example.pl", "głęboka dziura",
                "Gruz pod wiaduktem", "Rynek Podgórski 1", "Karmelickiej 12")) {
            assertFalse(all.contains(personal), personal);
        }
        assertTrue(rows(all).get(FILED.get(1)).contains("<td>Rynek Podgórski</td>"), all);
    }

    @Test
    void should_escape_what_residents_wrote() {
        String page = get("/zgloszenia?kategoria=oswietlenie&stan=open");
        assertFalse(page.contains("<script>") || page.contains("<img"), page);
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Długa"), page);
        assertFalse(get("/zgloszenia?kategoria=%22%3E%3Cscript%3E").contains("<script"), "a query value is never echoed raw");
    }

    @Test
    void should_list_the_same_reports_with_the_same_statuses_as_the_open311_feed() {
        JsonArray feed;
        try (var reader = Json.createReader(new StringReader(get("/open311/v2/requests.json?start_date=2000-01-01T00:00:00Z")))) {
            feed = reader.readArray();
        }
        Map<String, String> open311 = new TreeMap<>();
        feed.forEach(r -> open311.put(r.asJsonObject().getString("service_request_id"), r.asJsonObject().getString("status")));
        Map<String, String> listed = new TreeMap<>();
        for (String body : List.of(get("/zgloszenia"), get("/zgloszenia?strona=2"))) {
            rows(body).forEach((number, cells) -> listed.put(number, cells.contains("zamknięte") ? Report.CLOSED : Report.OPEN));
        }
        assertEquals(open311, listed);
        assertEquals(25, listed.size());
    }

    private static Map<String, String> rows(String page) {
        Map<String, String> rows = new java.util.LinkedHashMap<>();
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            rows.put(row.group(1), row.group(2));
        }
        return rows;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private String get(String path) {
        int q = path.indexOf('?');
        var request = client.get(q < 0 ? path : path.substring(0, q));
        if (q >= 0) {
            for (String pair : path.substring(q + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                request.queryParam(kv[0], java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        try (Http1ClientResponse response = request.request()) {
            String body = response.as(String.class);
            assertEquals(Status.OK_200, response.status(), () -> path + ": " + body);
            return body;
        }
    }
}
