package pl.krakow.kck.channels.console;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Security headers on every console response: a Content Security Policy that allows the page's own
 * scripts and styles only (no inline script, no other origin), no framing, no MIME sniffing, no referrer.
 */
public final class ConsoleHeaders implements Filter {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final String prefix;

    public ConsoleHeaders(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        if (request.path().path().startsWith(prefix)) {
            response.header(HeaderNames.create("Content-Security-Policy"), POLICY);
            response.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
            response.header(HeaderNames.create("X-Frame-Options"), "DENY");
            response.header(HeaderNames.create("Referrer-Policy"), "no-referrer");
            response.header(HeaderNames.CACHE_CONTROL, "no-store");
        }
        chain.proceed();
    }
}
