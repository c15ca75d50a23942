package pl.krakow.kck.channels.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import pl.krakow.kck.bot.handoff.TestClock;
import pl.krakow.kck.channels.Assistant;
import pl.krakow.kck.channels.Main;
import pl.krakow.kck.channels.web.Browser;

/**
 * The analytics page in real Chromium: a supervisor signs in, opens the day's analytics and sees the figures, the
 * daily chart (uPlot), the heat map with the infoline's hours marked, and the unanswered question; no serious
 * accessibility violations (axe-core).
 */
@ServerTest
class AnalyticsBrowserTest {

    private static final Path AXE = Path.of("../.cache/npm/node_modules/axe-core/axe.min.js");
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static Assistant assistant;
    private final Http1Client client;
    private final String base;
    private ChromeDriver browser;
    private WebDriverWait wait;

    AnalyticsBrowserTest(Http1Client client, WebServer server) {
        this.client = client;
        this.base = "http://localhost:" + server.port();
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        assistant = ConsoleFixture.start(TestClock.warsaw(ConsoleFixture.MONDAY_MORNING));
        Main.routing(routing, assistant);
    }

    @AfterAll
    static void close() {
        assistant.close();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, PATIENCE);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        Browser.quit(browser);
    }

    private void supervisorOpensTheDaysAnalytics() {
        String conversation;
        try (Http1ClientResponse response = client.post("/api/v1/conversations").submit("")) {
            conversation = ConsoleFixture.json(response).getString("id");
        }
        ConsoleFixture.residentSays(client, conversation, "Jak obliczyć emeryturę w ZUS?");
        browser.get(base + "/console/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login"))).sendKeys("ewa");
        browser.findElement(By.id("password")).sendKeys(ConsoleFixture.PASSWORD);
        browser.findElement(By.id("sign-in-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("analytics-link")));
        browser.get(base + "/console/analytics.html?from=2026-12-07&to=2026-12-07");
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report")));
        } catch (RuntimeException e) {
            System.out.println("PAGE: " + browser.findElement(By.tagName("body")).getText());
            browser.manage().logs().get("browser").forEach(l -> System.out.println("LOG: " + l));
            throw e;
        }
    }

    @Test
    void should_show_a_supervisor_the_figures_charts_heat_map_and_unanswered_questions() {
        supervisorOpensTheDaysAnalytics();

        wait.until(d -> !d.findElements(By.cssSelector("#daily-chart .uplot canvas")).isEmpty());
        assertTrue(Integer.parseInt(browser.findElement(By.cssSelector("[data-figure=conversations]")).getText()) >= 1);
        assertEquals(5 * 9, browser.findElements(By.cssSelector("#heat-map td.open")).size(), "Mon–Fri 7:40–15:30 touches hours 7..15");
        String unanswered = browser.findElement(By.cssSelector("table[data-name=unanswered]")).getText();
        assertTrue(unanswered.contains("Jak obliczyć emeryturę w ZUS?"), unanswered);
        assertEquals("Analizy – Krakowskie Centrum Kontaktu", browser.getTitle(), "texts from the console-analytics catalogue");
        assertEquals("Podsumowanie", browser.findElement(By.id("summary-title")).getText());
        String languages = browser.findElement(By.cssSelector("[data-table=by_language]")).getText();
        assertTrue(languages.startsWith("Języki") && languages.contains("pl"), languages);
        String csv = browser.findElement(By.cssSelector("[data-table=unanswered] h3 a")).getAttribute("href");
        assertTrue(csv.endsWith("/console/api/analytics/csv/unanswered?from=2026-12-07&to=2026-12-07"), csv);
    }

    @Test
    void should_let_a_keyboard_user_change_the_period() {
        supervisorOpensTheDaysAnalytics();
        wait.until(d -> d.findElement(By.id("status")).getText().contains("2026-12-07 – 2026-12-07"));

        var from = browser.findElement(By.id("from"));
        from.click();
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-12-01'", from);
        from.sendKeys(org.openqa.selenium.Keys.ENTER);

        wait.until(d -> d.findElement(By.id("status")).getText().contains("2026-12-01 – 2026-12-07"));
        assertTrue(browser.getCurrentUrl().endsWith("?from=2026-12-01&to=2026-12-07"), browser.getCurrentUrl());
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_have_no_serious_accessibility_violations() throws IOException {
        Browser.require(Files.exists(AXE), "axe-core is needed for the accessibility check: npm install --prefix .cache/npm axe-core@4.14.1 "
                + "(./kck test does it)");
        supervisorOpensTheDaysAnalytics();
        wait.until(d -> !d.findElements(By.cssSelector("#daily-chart .uplot canvas")).isEmpty());
        browser.executeScript(Files.readString(AXE));
        Map<String, Object> results = (Map<String, Object>) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length,"
                        + " html: v.nodes.slice(0, 2).map(n => n.html)}))}))"
                        + ".catch(e => done({error: String(e)}));");
        assertNull(results.get("error"));
        List<Map<String, Object>> serious = ((List<Map<String, Object>>) results.get("violations")).stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .toList();
        assertEquals(List.of(), serious);
    }
}
