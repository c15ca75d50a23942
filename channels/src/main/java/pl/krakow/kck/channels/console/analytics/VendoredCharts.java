package pl.krakow.kck.channels.console.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.staticcontent.StaticContentService;

/**
 * uPlot, the charting library of the analytics page, served from its webjar ({@code org.webjars.npm:uplot},
 * version managed in the parent pom) at {@code <base>/uPlot.iife.min.js} and {@code <base>/uPlot.min.css}.
 */
public final class VendoredCharts {

    private static final String POM = "META-INF/maven/org.webjars.npm/uplot/pom.properties";

    private VendoredCharts() {
    }

    public static void register(HttpRouting.Builder routing, String base) {
        routing.register(base, StaticContentService.builder("META-INF/resources/webjars/uplot/" + version() + "/dist").build());
    }

    static String version() {
        try (InputStream in = VendoredCharts.class.getClassLoader().getResourceAsStream(POM)) {
            if (in == null) {
                throw new IllegalStateException("the uplot webjar is missing from the class path (" + POM + ")");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
