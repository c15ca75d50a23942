package pl.krakow.kck.channels.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.json.JsonObject;

import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import pl.krakow.kck.bot.handoff.TestClock;
import pl.krakow.kck.bot.replies.SavedReplyDraft;
import pl.krakow.kck.channels.Assistant;
import pl.krakow.kck.channels.Main;
import pl.krakow.kck.channels.web.Browser;

/**
 * The console in a real Chromium: a consultant signs in, claims a queued conversation, picks a saved reply with the
 * keyboard, completes it and sends it, and the resident sees the reply; what the resident typed is shown as text, and
 * new messages appear without a reload.
 * Needs /usr/bin/chromium and /usr/bin/chromedriver; without them the test is skipped (under CI=true it fails).
 */
@ServerTest
class ConsoleBrowserTest {

    /** How long to wait for the page to react: an upper bound, not a speed requirement. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String HOSTILE = "Mój sąsiad <img src=x onerror=\"document.title='pwned'\"> hałasuje <b>nocą</b>";

    private static Assistant assistant;
    private final Http1Client client;
    private final String base;
    private ChromeDriver browser;

    ConsoleBrowserTest(Http1Client client, WebServer server) {
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
    }

    @AfterEach
    void closeBrowser() {
        Browser.quit(browser);
    }

    @Test
    void should_let_a_consultant_sign_in_claim_a_queued_conversation_and_reply_to_the_resident() {
        // a supervisor keeps saved replies; the resident writes Polish, so the Polish ones come first, by title
        assistant.savedReplies().create("ewa", SavedReplyDraft.of("Вітання", "Добрий день! Чим можу допомогти?", "uk", null));
        assistant.savedReplies().create("ewa", SavedReplyDraft.of("Hałas – godziny", "Cisza nocna trwa od 22:00 do 6:00.", "pl", null));
        assistant.savedReplies().create("ewa", SavedReplyDraft.of("Powitanie", "Dzień dobry, tu Anna z Krakowskiego Centrum Kontaktu.",
                "pl", null));
        String conversation = ConsoleFixture.queuedConversation(client, HOSTILE);
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);

        browser.get(base + "/console/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login"))).sendKeys("anna");
        browser.findElement(By.id("password")).sendKeys(ConsoleFixture.PASSWORD);
        browser.findElement(By.id("sign-in-button")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "Anna Nowak"));
        // the queue is redrawn live: find and click in one retried step
        wait.until(b -> {
            WebElement button = ExpectedConditions.elementToBeClickable(By.cssSelector("#queue button[data-case-id]")).apply(b);
            if (button == null) {
                return false;
            }
            button.click();
            return true;
        });
        wait.until(b -> {
            WebElement button = ExpectedConditions.elementToBeClickable(By.id("claim")).apply(b);
            if (button == null) {
                return false;
            }
            button.click();
            return true;
        });
        WebElement reply = wait.until(ExpectedConditions.elementToBeClickable(By.id("reply-text")));
        // the saved reply is chosen and inserted by keyboard only, then completed before sending
        WebElement saved = wait.until(ExpectedConditions.elementToBeClickable(By.id("saved-reply")));
        wait.until(b -> "Hałas – godziny".equals(new org.openqa.selenium.support.ui.Select(saved).getFirstSelectedOption().getText()));
        saved.sendKeys(Keys.ARROW_DOWN);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved-preview"), "Dzień dobry, tu Anna"));
        saved.sendKeys(Keys.TAB);
        assertEquals("saved-insert", browser.switchTo().activeElement().getAttribute("id"), "the insert button comes next by Tab");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(b -> reply.getAttribute("value").equals("Dzień dobry, tu Anna z Krakowskiego Centrum Kontaktu."));
        assertEquals("reply-text", browser.switchTo().activeElement().getAttribute("id"), "the reply is focused to be edited");
        reply.sendKeys(" Sprawą hałasu zajmie się straż miejska.");
        browser.findElement(By.id("reply-send")).click();

        wait.until(b -> lastResidentSide(conversation).getString("author").equals("consultant"));
        JsonObject delivered = lastResidentSide(conversation);
        assertEquals("Dzień dobry, tu Anna z Krakowskiego Centrum Kontaktu. Sprawą hałasu zajmie się straż miejska.",
                delivered.getString("text"));

        // the console's own words come from its catalogue (GET /api/v1/texts/console), with the case's figures filled in
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Wysłano odpowiedź."));
        assertTrue(browser.findElement(By.id("case-title")).getText().matches("Sprawa nr \\d+: .+"),
                browser.findElement(By.id("case-title")).getText());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#transcript li.author-resident div.who"),
                "Mieszkaniec"));

        // the transcript is redrawn live, so read it in one step that is retried until it is stable
        String first = wait.until(b -> {
            List<WebElement> shown = b.findElements(By.cssSelector("#transcript li.author-resident p.text"));
            return shown.isEmpty() ? null : shown.getFirst().getText();
        });
        assertEquals(HOSTILE, first, "what the resident typed is shown as text");
        assertTrue(browser.findElements(By.cssSelector("#transcript img, #transcript b")).isEmpty(), "and never as markup");
        assertNotEquals("pwned", browser.getTitle());

        ConsoleFixture.residentSays(client, conversation, "Dziękuję! A co z hałasem w weekend?");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("transcript"), "Dziękuję! A co z hałasem w weekend?"));
    }

    private JsonObject lastResidentSide(String conversation) {
        return ConsoleFixture.transcript(client, conversation).getJsonArray("messages").getValuesAs(JsonObject.class).getLast();
    }
}
