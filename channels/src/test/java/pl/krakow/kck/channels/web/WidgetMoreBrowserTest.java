package pl.krakow.kck.channels.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

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

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.channels.Assistant;
import pl.krakow.kck.channels.Main;
import pl.krakow.kck.channels.TestAssistant;

/**
 * In real Chromium: a long answer shows its essential part at once and the rest behind "więcej" (issue 12);
 * clicking it shows the rest and the button goes. The knowledge base is the fixture one plus one long article.
 */
@ServerTest
class WidgetMoreBrowserTest {

    /** The last item of the long article's list: behind "więcej", never in the essential part. */
    private static final String LAST_ITEM = "tekstylia";

    private static Assistant assistant;
    private final String base;
    private ChromeDriver browser;
    private WidgetPage page;

    WidgetMoreBrowserTest(WebServer server) {
        this.base = "http://localhost:" + server.port();
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        try {
            Path kb = withLongArticle(Files.createTempDirectory("kck-kb-long-"));
            assistant = Assistant.start(TestAssistant.settings(kb, "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                    TestAssistant.roomy(), TestAssistant.noTelegram()), TestAssistant.reports());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
    void should_show_the_rest_of_a_long_answer_behind_more() {
        page.waitFor(() -> !browser.findElements(By.cssSelector("[data-kck-widget]")).isEmpty());
        page.widget().findElement(By.cssSelector(".launcher")).click();
        page.waitFor(() -> !page.widget().findElements(By.id("kck-input")).isEmpty());
        WebElement input = page.widget().findElement(By.id("kck-input"));
        input.sendKeys("co przyjmuje punkt selektywnej zbiórki odpadów");
        input.sendKeys(Keys.ENTER);
        page.waitFor(() -> !page.widget().findElements(By.cssSelector(".msg.assistant .more")).isEmpty());

        WebElement answer = page.widget().findElements(By.cssSelector(".msg.assistant")).getLast();
        assertTrue(answer.getText().contains("Punkt selektywnej zbiórki odpadów komunalnych"), answer.getText());
        assertFalse(answer.getText().contains(LAST_ITEM), "the rest waits behind the button: " + answer.getText());
        WebElement more = answer.findElement(By.cssSelector(".more"));
        assertEquals("false", more.getAttribute("aria-expanded"));

        more.click();

        page.waitFor(() -> answer.getText().contains(LAST_ITEM));
        assertTrue(answer.findElements(By.cssSelector(".more")).isEmpty(), "the button goes once the rest is shown");
        assertTrue(answer.getText().contains("Punkt selektywnej zbiórki odpadów komunalnych"), "the essential part stays");
    }

    /** The fixture knowledge base, copied, with an article long enough to be split. */
    private static Path withLongArticle(Path folder) throws IOException {
        Path fixtures = Fixtures.knowledgeBaseFolder();
        try (var files = Files.walk(fixtures)) {
            for (Path from : files.toList()) {
                Path to = folder.resolve(fixtures.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        List<String> items = List.of("świetlówki", "opony", "baterie", "oleje", "przeterminowane leki", "akumulatory",
                "termometry rtęciowe", "meble", "gruz z remontu", "puszki po farbach", "zużyty sprzęt elektryczny i elektroniczny",
                LAST_ITEM);
        StringBuilder body = new StringBuilder("""
                ---
                id: odpady-pszok
                title: Co przyjmuje punkt selektywnej zbiórki odpadów (PSZOK)?
                topic: odpady
                source:
                  - http://www.mpo.krakow.pl/firma/selektywna-zbiorka-odpadow
                updated: 2026-12-01
                questions:
                  - co przyjmuje punkt selektywnej zbiórki odpadów
                ---
                Punkt selektywnej zbiórki odpadów komunalnych (PSZOK) przyjmuje od mieszkańców odpady, których nie wolno \
                wrzucać do pojemników przy domu. Odpady problemowe oddaje się tam zamiast wystawiać je przy altanie \
                śmietnikowej.

                Zanim pojedziesz, sprawdź godziny otwarcia punktu i to, czy przyjmie odpady w ilości, jaką chcesz oddać: \
                przy większym remoncie gruz odbiera się zwykle w kontenerze zamówionym osobno.

                Przyjmowane są między innymi:

                """);
        items.forEach(item -> body.append("- ").append(item).append(" oddawane przez mieszkańców w punkcie\n"));
        Files.writeString(folder.resolve("odpady/odpady-pszok.md"), body.toString());
        return folder;
    }
}
