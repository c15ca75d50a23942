package pl.krakow.kck.channels.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

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

import pl.krakow.kck.bot.analytics.Period;
import pl.krakow.kck.channels.Assistant;
import pl.krakow.kck.channels.Main;
import pl.krakow.kck.channels.TestAssistant;

/** In real Chromium: a resident gives an answer a thumb down with a reason, by mouse; it is stored with that reply. */
@ServerTest
class WidgetFeedbackBrowserTest {

    private static Assistant assistant;
    private final String base;
    private ChromeDriver browser;
    private WidgetPage page;

    WidgetFeedbackBrowserTest(WebServer server) {
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
    void should_store_a_thumb_down_and_its_reason_with_the_answer() {
        page.waitFor(() -> !browser.findElements(By.cssSelector("[data-kck-widget]")).isEmpty());
        page.widget().findElement(By.cssSelector(".launcher")).click();
        page.waitFor(() -> !page.widget().findElements(By.id("kck-input")).isEmpty());
        WebElement input = page.widget().findElement(By.id("kck-input"));
        input.sendKeys("zgubiłem dowód osobisty");
        input.sendKeys(Keys.ENTER);
        page.waitFor(() -> !page.widget().findElements(By.cssSelector(".msg.assistant .rate [data-rating=down]")).isEmpty());
        assertTrue(page.widget().findElements(By.cssSelector(".msg.assistant")).getFirst().findElements(By.cssSelector(".rate")).isEmpty(),
                "the greeting is no answer to rate");

        page.widget().findElement(By.cssSelector(".msg.assistant .rate [data-rating=down]")).click();
        page.waitFor(() -> page.widget().findElement(By.cssSelector("[data-reason=unclear]")).isDisplayed());
        page.widget().findElement(By.cssSelector("[data-reason=unclear]")).click();
        page.waitFor(() -> "true".equals(page.widget().findElement(By.cssSelector("[data-reason=unclear]")).getAttribute("aria-pressed")));

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
        List<List<Object>> rows = assistant.analytics().report(new Period(today.minusDays(1), today.plusDays(1), ZoneId.of("Europe/Warsaw")))
                .table("feedback").rows();
        assertEquals(1, rows.size(), rows::toString);
        assertEquals(Arrays.asList("down", "unclear"), rows.getFirst().subList(0, 2));
    }
}
