package pl.krakow.kck.channels.api;

import java.util.List;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Lets the widget call the API from the city's own pages (another origin). The API uses no cookies, so
 * allowing the configured origins (or any, "*") exposes nothing a plain request could not reach.
 */
public final class CorsFilter implements Filter {

    private final String prefix;
    private final List<String> origins;

    public CorsFilter(String prefix, List<String> origins) {
        this.prefix = prefix;
        this.origins = List.copyOf(origins);
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        if (!request.path().path().startsWith(prefix)) {
            chain.proceed();
            return;
        }
        String origin = request.headers().first(HeaderNames.ORIGIN).orElse(null);
        if (origin != null && (origins.contains("*") || origins.contains(origin))) {
            response.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origins.contains("*") ? "*" : origin);
            response.header(HeaderNames.VARY, "Origin");
        }
        if (request.prologue().method() == Method.OPTIONS) {
            response.header(HeaderNames.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, OPTIONS");
            response.header(HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type, Last-Event-ID");
            response.header(HeaderNames.ACCESS_CONTROL_MAX_AGE, "600");
            response.status(Status.NO_CONTENT_204).send();
            return;
        }
        chain.proceed();
    }
}
