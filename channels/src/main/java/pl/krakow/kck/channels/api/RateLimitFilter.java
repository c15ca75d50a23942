package pl.krakow.kck.channels.api;

import java.time.Clock;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import pl.krakow.kck.channels.server.ClientAddresses;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/** Limits writes (POST) to the API per client address; answers 429 with Retry-After beyond it. */
public final class RateLimitFilter implements Filter {

    private final RateLimiter limiter;
    private final String prefix;

    public RateLimitFilter(String prefix, int perMinute, int burst, Clock clock) {
        this.prefix = prefix;
        this.limiter = new RateLimiter(perMinute, burst, clock);
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        if (request.prologue().method() != Method.POST || !request.path().path().startsWith(prefix)) {
            chain.proceed();
            return;
        }
        long wait = limiter.acquire(ClientAddresses.client(request));
        if (wait == 0) {
            chain.proceed();
            return;
        }
        response.header(HeaderNames.RETRY_AFTER, String.valueOf(wait));
        new Problem(Status.TOO_MANY_REQUESTS_429, "rate-limited", "Too many requests",
                Messages.text(Lang.resident(), "api-errors.rate-limited", wait),
                "Rate limit exceeded; retry after " + wait + " s.").send(request, response);
    }
}
