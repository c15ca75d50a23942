package pl.krakow.kck.channels.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;

import pl.krakow.kck.bot.reports.Location;
import pl.krakow.kck.bot.reports.NewReport;
import pl.krakow.kck.channels.Assistant;
import pl.krakow.kck.channels.Main;
import pl.krakow.kck.channels.TestAssistant;

/** The public list of reports in real headless Chromium: WCAG 2.1 AA by axe-core, the filters by keyboard. */
@ServerTest
class PublicReportsBrowserTest {

    private static Assistant assistant;
    private final String base;
    private ChromeDriver browser;

    PublicReportsBrowserTest(WebServer server) {
        this.base = "http://localhost:" + server.port();
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        assistant = TestAssistant.start(TestAssistant.roomy());
        Main.routing(routing, assistant);
        file("oswietlenie", "Karmelickiej 12", "a");
        file("drogi-nawierzchnia", "Rynek Podgórski 1", "b");
    }

    private static void file(String category, String address, String key) {
        assistant.reports().repository().submit(new NewReport(null, NewReport.OPEN311,
                assistant.reports().catalogue().find(category).orElseThrow(), Location.address(address), "Opis.", Map.of(), null,
                null, null, false), "browser-" + key);
    }

    @AfterAll
    static void close() {
        assistant.close();
    }

    @AfterEach
    void quit() {
        Browser.quit(browser);
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_have_no_serious_accessibility_violations() throws IOException {
        Browser.require(Files.exists(WidgetBrowserTest.AXE), "axe-core is needed for the accessibility check: "
                + "npm install --prefix .cache/npm axe-core@4.14.1 (./kck test does it)");
        browser = Browser.start();
        browser.get(base + "/zgloszenia");
        JavascriptExecutor js = browser;
        js.executeScript(Files.readString(WidgetBrowserTest.AXE));
        Map<String, Object> results = (Map<String, Object>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length}))}))"
                        + ".catch(e => done({error: String(e)}));");
        assertNull(results.get("error"));
        assertEquals(List.of(), results.get("violations"), "no violations of any impact");
    }

    @Test
    void should_filter_with_the_keyboard_alone() {
        browser = Browser.start();
        browser.get(base + "/zgloszenia");
        assertEquals(2, browser.findElements(By.cssSelector("tbody tr")).size());
        browser.findElement(By.id("dzielnica")).sendKeys("XIII");
        browser.switchTo().activeElement().sendKeys(Keys.TAB); // to the status filter
        browser.switchTo().activeElement().sendKeys(Keys.TAB); // to the button
        assertEquals("Pokaż zgłoszenia", browser.switchTo().activeElement().getText());
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .until(driver -> driver.getCurrentUrl().contains("dzielnica=XIII"));
        List<String> places = browser.findElements(By.cssSelector("tbody tr td:nth-of-type(2)")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
        assertEquals(List.of("Rynek Podgórski"), places);
        assertTrue(browser.findElement(By.tagName("caption")).getText().contains("XIII Podgórze"));
    }
}
