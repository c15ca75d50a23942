package pl.krakow.kck.channels.api;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Security headers on everything outside the console (which has its own, stricter ones): no MIME sniffing and
 * a referrer policy everywhere; for the demo page a Content Security Policy that allows only our own scripts
 * (the widget injects its styles, hence inline styles); for the API, the OpenAPI file and the widget script
 * a policy that allows nothing and no framing. The widget is embedded as a script, never in a frame, so
 * the city's pages keep working: {@code widget.js} says it may be loaded from any origin.
 */
public final class SecurityHeaders implements Filter {

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";
    static final String NOTHING_POLICY = "default-src 'none'; frame-ancestors 'none'";
    private static final HeaderName CSP = HeaderNames.create("Content-Security-Policy");
    /** Server-rendered pages for residents (styles inline, no script): the public list of reports, the privacy notice. */
    private static final java.util.Set<String> RESIDENT_PAGES = java.util.Set.of("/zgloszenia", "/prywatnosc");
    private static final HeaderName REFERRER = HeaderNames.create("Referrer-Policy");
    private static final HeaderName RESOURCE_POLICY = HeaderNames.create("Cross-Origin-Resource-Policy");

    private final String consolePrefix;

    public SecurityHeaders(String consolePrefix) {
        this.consolePrefix = consolePrefix;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        String path = request.path().path();
        if (!path.startsWith(consolePrefix)) {
            apply(path, response);
        }
        chain.proceed();
    }

    /** Also called for problem details, whose error path starts from fresh headers. */
    static void apply(String path, io.helidon.webserver.http.ServerResponse response) {
        response.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
        response.header(REFERRER, "strict-origin-when-cross-origin");
        if (path.equals("/") || path.endsWith(".html") || RESIDENT_PAGES.contains(path)) {
            response.header(CSP, PAGE_POLICY);
        } else {
            response.header(CSP, NOTHING_POLICY);
        }
        if (path.equals("/widget.js")) {
            response.header(RESOURCE_POLICY, "cross-origin");
        }
    }
}
