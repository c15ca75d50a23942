package pl.krakow.kck.channels.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import pl.krakow.kck.channels.Assistant;
import pl.krakow.kck.channels.Main;
import pl.krakow.kck.channels.TestAssistant;

/** The widget on the demo page, in real headless Chromium. */
@ServerTest
class WidgetBrowserTest {

    static final Path AXE = Path.of("../.cache/npm/node_modules/axe-core/axe.min.js");

    private static Assistant assistant;
    private final String base;
    private ChromeDriver browser;
    private WidgetPage page;

    WidgetBrowserTest(WebServer server) {
        this.base = "http://localhost:" + server.port();
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        assistant = TestAssistant.start(TestAssistant.roomy());
        Main.routing(routing, assistant);
    }

    @AfterAll
    static void close() {
        assistant.close();
    }

    @BeforeEach
    void open() {
        browser = Browser.start();
        page = new WidgetPage(browser);
        browser.get(base + "/");
    }

    @AfterEach
    void quit() {
        Browser.quit(browser);
    }

    @Test
    void should_answer_a_question_asked_with_the_keyboard_only_and_link_the_source() {
        tabUntilLauncherHasFocus();
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        page.waitFor(() -> "kck-input".equals(page.activeId()));
        new Actions(browser).sendKeys("jak wyrobic dowod osobisty").sendKeys(Keys.ENTER).perform();

        WebElement answer = page.waitForBubble("assistant", 1);
        assertTrue(answer.getText().contains("Wniosek o dowód osobisty"), answer.getText());
        WebElement source = answer.findElement(By.cssSelector(".sources a"));
        assertEquals("https://www.gov.pl/web/gov/uzyskaj-dowod-osobisty", source.getDomAttribute("href"));
        assertEquals("polite", page.widget().findElement(By.cssSelector(".log")).getDomAttribute("aria-live"));
    }

    @Test
    void should_take_a_report_through_choice_buttons_to_its_number() {
        page.open();
        page.type("Na Karmelickiej 12 nie świeci latarnia");
        WebElement question = page.waitForBubble("assistant", 1);
        assertTrue(question.getText().contains("Ile latarni nie działa?"), question.getText());
        clickOption(question, "Jedna");
        // optional steps (photo, contact) skipped by typing, as a resident would
        for (int bubble = 2; bubble < 8; bubble++) {
            WebElement next = page.waitForBubble("assistant", bubble);
            if (next.getText().contains("Sprawdź zgłoszenie")) {
                clickOption(next, "Wyślij zgłoszenie");
                WebElement accepted = page.waitForBubble("assistant", bubble + 1);
                assertTrue(accepted.getText().contains("KRK-2026-"), accepted.getText());
                return;
            }
            page.type("pomiń");
        }
        throw new AssertionError("the form never reached its summary");
    }

    private void clickOption(WebElement bubble, String label) {
        WebElement button = bubble.findElements(By.cssSelector(".options button")).stream()
                .filter(b -> b.getText().strip().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no option '" + label + "' in: " + bubble.getText()));
        button.click();
    }

    @Test
    void should_keep_the_conversation_after_a_reload() {
        page.open();
        page.type("zgubiłem dowód");
        page.waitForBubble("assistant", 1);
        browser.navigate().refresh();
        page.open();
        // no greeting this time: the transcript is replayed from the server
        WebElement again = page.waitForBubble("assistant", 0);
        assertTrue(again.getText().contains("utratę"), again.getText());
        assertEquals(List.of("Ty\nzgubiłem dowód"), page.bubbles("resident").stream().map(WebElement::getText).toList());
    }

    @Test
    void should_show_what_a_resident_typed_as_text_never_as_html() {
        page.open();
        String attack = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>";
        page.type(attack);
        WebElement mine = page.waitForBubble("resident", 0);
        page.waitForBubble("assistant", 1);
        assertTrue(mine.getText().contains(attack), mine.getText());
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__xss === undefined ? null : window.__xss;"));
        assertTrue(mine.findElements(By.tagName("img")).isEmpty());
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_have_no_serious_accessibility_violations() throws IOException {
        Browser.require(Files.exists(AXE), "axe-core is needed for the accessibility check: npm install --prefix .cache/npm axe-core@4.14.1 "
                + "(./kck test does it)");
        page.open();
        page.type("zgubiłem dowód");
        page.waitForBubble("assistant", 1);
        JavascriptExecutor js = browser;
        js.executeScript(Files.readString(AXE));
        Map<String, Object> results = (Map<String, Object>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length}))}))"
                        + ".catch(e => done({error: String(e)}));");
        assertNull(results.get("error"));
        List<Map<String, Object>> serious = ((List<Map<String, Object>>) results.get("violations")).stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .toList();
        assertEquals(List.of(), serious);
    }

    private void tabUntilLauncherHasFocus() {
        for (int i = 0; i < 12; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            Object launcher = ((JavascriptExecutor) browser).executeScript(
                    "const a = document.querySelector('[data-kck-widget]').shadowRoot.activeElement;"
                            + "return a !== null && a.classList.contains('launcher');");
            if (Boolean.TRUE.equals(launcher)) {
                return;
            }
        }
        throw new AssertionError("the launcher cannot be reached with Tab");
    }
}
