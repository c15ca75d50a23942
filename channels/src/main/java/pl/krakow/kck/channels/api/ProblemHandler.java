package pl.krakow.kck.channels.api;

import java.util.logging.Level;
import java.util.logging.Logger;

import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.webserver.http.ErrorHandler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import pl.krakow.kck.bot.storage.StorageException;
import pl.krakow.kck.channels.server.ClientAddresses;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * Every failure becomes problem details in the resident's language ({@link ResidentLanguage#of}: the residents' API in
 * the conversation's or the browser's, other pages in their {@code ?lang=}, else Polish); nothing internal (no stack
 * trace) reaches the client. A refused
 * request (4xx) is logged as one line with its request id, at most {@value #CLIENT_LINES_A_MINUTE} a minute
 * (then one line saying how many were left out), never with a stack trace: a client's bad input must not
 * be able to fill the disk. Our own faults (5xx) keep their stack trace.
 */
public final class ProblemHandler implements ErrorHandler<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemHandler.class.getName());
    static final int CLIENT_LINES_A_MINUTE = 60;

    private long minute;
    private int lines;
    private int skipped;

    @Override
    public void handle(ServerRequest request, ServerResponse response, Throwable error) {
        Lang lang = ResidentLanguage.of(request);
        Problem problem;
        if (error instanceof ApiException api) {
            problem = api.problem();
            if (api.retryAfterSeconds() >= 0 && !response.isSent()) {
                response.header(HeaderNames.RETRY_AFTER, String.valueOf(api.retryAfterSeconds()));
            }
        } else if (error instanceof HttpException http && http.status().code() < 400) {
            response.status(http.status()).send(); // e.g. 304 Not Modified from static content
            return;
        } else if (error instanceof HttpException http && http.status().code() < 500) {
            problem = new Problem(http.status(), http.status().code() == 404 ? "not-found" : "bad-request",
                    http.status().reasonPhrase(), Messages.text(lang, "api-errors.bad-request", http.status().code()),
                    http.getMessage());
        } else if (error instanceof jakarta.json.JsonException || error instanceof StackOverflowError) {
            problem = new Problem(Status.BAD_REQUEST_400, "invalid-json", "Bad request", Messages.text(lang, "api-errors.invalid-json"), "Malformed JSON.");
        } else if (error instanceof StorageException) {
            LOG.log(Level.SEVERE, "storage failure on " + request.path().path(), error);
            problem = new Problem(Status.SERVICE_UNAVAILABLE_503, "storage-unavailable", "Storage unavailable",
                    Messages.text(lang, "api-errors.storage-unavailable"),
                    "The conversation store is unavailable; retry later.");
        } else {
            LOG.log(Level.SEVERE, "unexpected failure on " + request.path().path(), error);
            problem = new Problem(Status.INTERNAL_SERVER_ERROR_500, "internal-error", "Internal error",
                    Messages.text(lang, "api-errors.internal-error"),
                    "Unexpected server error; it has been logged.");
        }
        if (problem.status().code() < 500) {
            logRefusal(request, problem);
        }
        if (!response.isSent()) {
            problem.send(request, response);
        }
    }

    private void logRefusal(ServerRequest request, Problem problem) {
        if (!LOG.isLoggable(Level.INFO)) {
            return;
        }
        long now = System.currentTimeMillis() / 60_000;
        int left;
        synchronized (this) {
            left = 0;
            if (now != minute) {
                left = skipped;
                minute = now;
                lines = 0;
                skipped = 0;
            }
            if (++lines > CLIENT_LINES_A_MINUTE) {
                skipped++;
                return;
            }
        }
        if (left > 0) {
            int count = left;
            LOG.info(() -> "refused: " + count + " more refusals were not logged in the previous minute");
        }
        LOG.info(() -> "refused " + problem.status().code() + " " + problem.type() + " " + request.prologue().method().text() + " "
                + request.path().path() + " request " + RequestIds.of(request) + " from " + ClientAddresses.client(request));
    }
}
