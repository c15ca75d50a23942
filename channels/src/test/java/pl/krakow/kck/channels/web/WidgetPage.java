package pl.krakow.kck.channels.web;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The chat widget on a page in real Chromium, as a resident uses it: its shadow root, bubbles, option buttons, typing. */
final class WidgetPage {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private final ChromeDriver browser;

    WidgetPage(ChromeDriver browser) {
        this.browser = browser;
    }

    /** The widget's shadow root. */
    SearchContext widget() {
        return browser.findElement(By.cssSelector("[data-kck-widget]")).getShadowRoot();
    }

    /** Opens the chat with the launcher and waits until the input has the focus. */
    void open() {
        waitFor(() -> !browser.findElements(By.cssSelector("[data-kck-widget]")).isEmpty());
        widget().findElement(By.cssSelector(".launcher")).click();
        waitFor(() -> "kck-input".equals(activeId()));
    }

    void type(String text) {
        WebElement input = widget().findElement(By.id("kck-input"));
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
    }

    /** The id of the element that has the focus inside the widget (null: none). */
    String activeId() {
        Object id = ((JavascriptExecutor) browser).executeScript(
                "const a = document.querySelector('[data-kck-widget]').shadowRoot.activeElement; return a ? a.id : null;");
        return id == null ? null : id.toString();
    }

    List<WebElement> bubbles(String author) {
        return widget().findElements(By.cssSelector(".msg." + author));
    }

    /** The n-th (0-based) bubble of that author, once it is there. */
    WebElement waitForBubble(String author, int index) {
        waitFor(() -> bubbles(author).size() > index);
        return bubbles(author).get(index);
    }

    WebElement waitForElement(By by) {
        waitFor(() -> !widget().findElements(by).isEmpty());
        return widget().findElement(by);
    }

    /** The option button with this label, once it is shown. */
    WebElement optionButton(String label) {
        WebElement[] found = new WebElement[1];
        waitFor(() -> {
            for (WebElement button : widget().findElements(By.cssSelector(".options button"))) {
                if (button.getText().strip().equals(label)) {
                    found[0] = button;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    void waitFor(BooleanSupplier condition) {
        new WebDriverWait(browser, PATIENCE).until(driver -> condition.getAsBoolean());
    }
}
