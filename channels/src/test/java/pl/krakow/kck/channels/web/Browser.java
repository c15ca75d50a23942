package pl.krakow.kck.channels.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real headless Chromium from Debian's packages, driven by Selenium. Missing Chromium skips the browser
 * tests with the command that installs it; under CI (CI=true) it fails them instead. Each browser gets its own
 * profile folder, removed by {@link #quit(ChromeDriver)}.
 */
public final class Browser {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Map<ChromeDriver, Path> PROFILES = new ConcurrentHashMap<>();

    private Browser() {
    }

    public static ChromeDriver start() {
        require(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Chromium and ChromeDriver are needed for browser tests: apt-get install -y chromium chromium-driver");
        try {
            Path profile = Files.createTempDirectory("kck-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                    "--window-size=1280,900", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            PROFILES.put(driver, profile);
            return driver;
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a Chromium profile folder", e);
        }
    }

    /** Closes the browser (null: nothing started) and removes its profile folder. */
    public static void quit(ChromeDriver driver) {
        if (driver == null) {
            return;
        }
        try {
            driver.quit();
        } finally {
            Path profile = PROFILES.remove(driver);
            if (profile != null) {
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    // a leftover folder under the temporary directory is harmless
                }
            }
        }
    }

    /** Fails under CI, skips elsewhere, when a component the test needs is missing. */
    public static void require(boolean present, String whatToInstall) {
        if (present) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("CI requires it: " + whatToInstall);
        }
        Assumptions.abort("skipping: " + whatToInstall);
    }
}
