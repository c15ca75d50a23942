package pl.krakow.kck.channels.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import pl.krakow.kck.bot.handoff.HandoffCase;
import pl.krakow.kck.channels.Assistant;
import pl.krakow.kck.channels.Main;
import pl.krakow.kck.channels.TestAssistant;

/**
 * In real Chromium: the resident asks for a person, accepts with the choice button, and a consultant's
 * reply arrives in the widget live, shown as text.
 */
@ServerTest
class WidgetHandoffBrowserTest {

    /** A Tuesday at 10:00 in Kraków: the infoline is open. */
    private static final Clock OPEN = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneId.of("Europe/Warsaw"));

    private static Assistant assistant;
    private final String base;
    private ChromeDriver browser;
    private WidgetPage page;

    WidgetHandoffBrowserTest(WebServer server) {
        this.base = "http://localhost:" + server.port();
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        try {
            assistant = Assistant.start(TestAssistant.settings("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                    TestAssistant.roomy(), TestAssistant.noTelegram()), TestAssistant.reports(), OPEN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Main.routing(routing, assistant);
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
    void should_hand_over_with_a_choice_button_and_show_the_consultants_reply_live() {
        browser = Browser.start();
        page = new WidgetPage(browser);
        browser.get(base + "/");
        page.waitFor(() -> !browser.findElements(By.cssSelector("[data-kck-widget]")).isEmpty());
        page.widget().findElement(By.cssSelector(".launcher")).click();
        WebElement input = page.waitForElement(By.id("kck-input"));
        input.sendKeys("chcę rozmawiać z konsultantem");
        input.sendKeys(Keys.ENTER);

        WebElement yes = page.optionButton("Tak");
        yes.click();

        HandoffCase queued = waitForCase();
        assertTrue(assistant.handoffs().accepted(queued.id(), "anna", "Anna"));
        assistant.handoffs().consultantWrote(queued.id(), "anna", "Dzień dobry, tu Anna. <i>W czym mogę pomóc?</i>").orElseThrow();

        page.waitFor(() -> page.widget().findElements(By.cssSelector(".msg.consultant")).stream()
                .anyMatch(m -> m.getText().contains("Dzień dobry, tu Anna. <i>W czym mogę pomóc?</i>")));
        WebElement reply = page.widget().findElements(By.cssSelector(".msg.consultant")).getLast();
        assertTrue(reply.findElements(By.tagName("i")).isEmpty(), "consultant text is shown as text");
        assertTrue(reply.getText().startsWith("Konsultant"), reply.getText());
    }

    private HandoffCase waitForCase() {
        HandoffCase[] found = new HandoffCase[1];
        page.waitFor(() -> {
            List<HandoffCase> queued = assistant.handoffs().cases().queued();
            if (queued.isEmpty()) {
                return false;
            }
            found[0] = queued.getFirst();
            return true;
        });
        return found[0];
    }
}
