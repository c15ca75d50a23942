package pl.krakow.kck.channels.console;

import java.util.Optional;

import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;

import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;
import pl.krakow.kck.channels.api.ApiException;

/**
 * Which part of the queue the console asks for ({@code ?offset=&limit=}): a flood of requests must not make
 * every consultant's console download all of them on each refresh.
 */
record QueuePage(int offset, int limit) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    static QueuePage of(ServerRequest request) {
        int offset = number(request, "offset").orElse(0);
        int limit = number(request, "limit").orElse(DEFAULT_LIMIT);
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw invalid();
        }
        return new QueuePage(offset, limit);
    }

    private static Optional<Integer> number(ServerRequest request, String name) {
        Optional<String> value = request.query().first(name).asOptional();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(value.get().strip()));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.of(Status.BAD_REQUEST_400, "invalid-page", "Invalid page",
                Messages.text(Lang.PL, "console.invalid-page", MAX_LIMIT),
                "offset must be 0 or more and limit between 1 and " + MAX_LIMIT + ".");
    }
}
