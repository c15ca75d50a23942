package pl.krakow.kck.channels.api;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;

/**
 * Gives every request an id, returned in {@code X-Request-Id}, written into problem details and into the
 * log line of a refused request, so a resident's or the city's report can be matched with the log. A
 * well-formed id sent by the reverse proxy is kept.
 */
public final class RequestIds implements Filter {

    public static final HeaderName HEADER = HeaderNames.create("X-Request-Id");
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        String id = request.headers().first(HEADER).filter(v -> ACCEPTED.matcher(v).matches()).orElseGet(RequestIds::fresh);
        request.context().register(RequestIds.class, id);
        response.header(HEADER, id);
        chain.proceed();
    }

    /** The request's id ("-" outside the filter, as in tests of a single service). */
    public static String of(ServerRequest request) {
        return request.context().get(RequestIds.class, String.class).orElse("-");
    }

    private static String fresh() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
