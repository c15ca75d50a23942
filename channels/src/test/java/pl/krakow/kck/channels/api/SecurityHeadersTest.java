package pl.krakow.kck.channels.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.channels.Assistant;
import pl.krakow.kck.channels.Main;
import pl.krakow.kck.channels.TestAssistant;

@ServerTest
class SecurityHeadersTest {

    private static Assistant assistant;
    private final Http1Client client;

    SecurityHeadersTest(Http1Client client) {
        this.client = client;
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

    @Test
    void should_send_security_headers_on_the_page_the_widget_the_openapi_file_and_the_api() {
        for (String path : List.of("/", "/widget.js", "/openapi.yaml", "/api/v1/knowledge-base", "/api/v1/no-such-thing")) {
            try (Http1ClientResponse response = client.get(path).request()) {
                var headers = response.headers();
                assertEquals("nosniff", headers.first(HeaderNames.X_CONTENT_TYPE_OPTIONS).orElse(null), path);
                assertTrue(headers.first(HeaderNames.create("Referrer-Policy")).isPresent(), path);
                String policy = headers.first(HeaderNames.create("Content-Security-Policy")).orElse("");
                assertTrue(policy.contains("frame-ancestors"), path + ": " + policy);
                assertFalse(policy.contains("'unsafe-eval'"), path);
            }
        }
        try (Http1ClientResponse page = client.get("/").request()) {
            String policy = page.headers().first(HeaderNames.create("Content-Security-Policy")).orElseThrow();
            assertTrue(policy.contains("script-src 'self'"), policy);
        }
        for (String residentPage : List.of("/prywatnosc", "/zgloszenia")) {
            try (Http1ClientResponse page = client.get(residentPage).request()) {
                assertEquals(200, page.status().code(), residentPage);
                String policy = page.headers().first(HeaderNames.create("Content-Security-Policy")).orElseThrow();
                assertTrue(policy.contains("style-src 'self' 'unsafe-inline'"), "the page's own styles apply: " + policy);
            }
        }
        try (Http1ClientResponse widget = client.get("/widget.js").request()) {
            assertEquals("cross-origin", widget.headers().first(HeaderNames.create("Cross-Origin-Resource-Policy")).orElse(null),
                    "the city's pages may load the widget");
        }
    }
}
