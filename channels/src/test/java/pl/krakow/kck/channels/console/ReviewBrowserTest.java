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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import pl.krakow.kck.bot.handoff.TestClock;
import pl.krakow.kck.channels.Assistant;
import pl.krakow.kck.channels.Main;
import pl.krakow.kck.channels.web.Browser;

/**
 * The review loop in real Chromium: a resident's question gets no answer; an editor signs in, finds it on the review
 * page, links it to an article; a new conversation asking the same question gets the answer. The page has no serious
 * accessibility violations (axe-core).
 */
@ServerTest
class ReviewBrowserTest {

    private static final Path AXE = Path.of("../.cache/npm/node_modules/axe-core/axe.min.js");
    private static final String QUESTION = "kiedy przyjeżdża śmieciarka pod blok";
    private static Assistant assistant;
    private final Http1Client client;
    private final String base;
    private ChromeDriver browser;
    private WebDriverWait wait;

    ReviewBrowserTest(Http1Client client, WebServer server) {
        this.client = client;
        this.base = "http://localhost:" + server.port();
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        assistant = ConsoleFixture.start(TestClock.warsaw(ConsoleFixture.MONDAY_MORNING), ConsoleFixture.knowledgeBaseCopy());
        Main.routing(routing, assistant);
    }

    @AfterAll
    static void close() {
        assistant.close();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        Browser.quit(browser);
    }

    private String residentAsks(String text) {
        String id;
        try (Http1ClientResponse response = client.post("/api/v1/conversations").submit("")) {
            id = ConsoleFixture.json(response).getString("id");
        }
        return ConsoleFixture.residentSays(client, id, text).getJsonObject("reply").getString("kind");
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_let_an_editor_link_an_unanswered_question_so_that_the_next_resident_is_answered() throws IOException {
        assertEquals("fallback", residentAsks(QUESTION));
        browser.get(base + "/console/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login"))).sendKeys("ola");
        browser.findElement(By.id("password")).sendKeys(ConsoleFixture.PASSWORD);
        browser.findElement(By.id("sign-in-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-link"))).click();

        By group = By.xpath("//ol[@id='groups']/li[contains(., 'śmieciarka')]");
        WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(group));
        if (Files.exists(AXE)) {
            browser.executeScript(Files.readString(AXE));
            Map<String, Object> results = (Map<String, Object>) browser.executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                            + ".then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length}))}))"
                            + ".catch(e => done({error: String(e)}));");
            assertNull(results.get("error"));
            assertEquals(List.of(), ((List<Map<String, Object>>) results.get("violations")).stream()
                    .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))).toList());
        }
        new Select(item.findElement(By.tagName("select"))).selectByValue("odpady-harmonogram");
        item.findElement(By.cssSelector("button[data-action=linked]")).click();

        wait.until(d -> d.findElement(By.id("status")).getText().startsWith("Zapisano"));
        wait.until(d -> d.findElements(group).isEmpty());
        assertTrue(browser.findElement(By.id("log")).getText().contains("ola"));
        assertEquals("Pytania bez odpowiedzi – Krakowskie Centrum Kontaktu", browser.getTitle(), "texts from the console-review catalogue");
        assertTrue(browser.findElement(By.id("log")).getText().contains("dodano do artykułu"));
        assertEquals("answer", residentAsks(QUESTION));
    }
}
