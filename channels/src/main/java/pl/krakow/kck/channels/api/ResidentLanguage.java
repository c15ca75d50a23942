package pl.krakow.kck.channels.api;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import pl.krakow.kck.bot.text.Lang;

/**
 * Answers the residents' API ({@code /api/v1}) in the language the request asks ({@link RequestLanguage}:
 * {@code ?lang=}, else the browser's {@code Accept-Language}): problem details a resident may see in the widget
 * come from that catalogue ({@link Lang#resident()} while the request is handled).
 */
public final class ResidentLanguage implements Filter {

    private final String prefix;

    public ResidentLanguage(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        if (!request.path().path().startsWith(prefix)) {
            chain.proceed();
            return;
        }
        Lang.speaking(RequestLanguage.of(request), chain::proceed);
    }
}
