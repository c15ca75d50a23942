package pl.krakow.kck.channels.server;

import java.nio.charset.StandardCharsets;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;

import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;
import pl.krakow.kck.channels.api.Problem;
import pl.krakow.kck.channels.api.RequestLanguage;

/**
 * The server's own refusals, made before a request reaches routing (a body over {@code server.max-payload-size},
 * a request line or headers too long, a request that cannot be parsed), as problem details instead of an empty
 * body: the widget and the city's IT see the same shape as for every other refusal, in the browser's language. Nothing of the request is
 * echoed beyond a short prefix of its path.
 */
public final class TransportProblems implements DirectHandler {

    static final int MAX_INSTANCE_CHARS = 200;

    /** Every event type handled by this handler. */
    public static DirectHandlers handlers() {
        DirectHandlers.Builder builder = DirectHandlers.builder();
        TransportProblems handler = new TransportProblems();
        for (EventType type : EventType.values()) {
            builder.addHandler(type, handler);
        }
        return builder.build();
    }

    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status status,
                                    ServerResponseHeaders headers, String message) {
        Problem problem = problemFor(status, language(request));
        byte[] body = problem.toJson(instance(request.path())).toString().getBytes(StandardCharsets.UTF_8);
        headers.set(HeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE + "; charset=UTF-8");
        headers.set(HeaderNames.CACHE_CONTROL, "no-store");
        headers.set(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
        return TransportResponse.builder()
                .status(status)
                .headers(headers)
                .entity(body)
                .keepAlive(eventType.keepAlive() && status.code() < 500 && status.code() != 413)
                .build();
    }

    /** The browser's language ({@code Accept-Language}): nothing else of a request refused this early is trusted. */
    static Lang language(TransportRequest request) {
        try {
            return request.headers().first(HeaderNames.ACCEPT_LANGUAGE).flatMap(RequestLanguage::accepted).orElse(Lang.PL);
        } catch (RuntimeException e) { // headers that could not be parsed
            return Lang.PL;
        }
    }

    static Problem problemFor(Status status, Lang lang) {
        return switch (status.code()) {
            case 413 -> problem(status, lang, "payload-too-large", "api-errors.payload-too-large",
                    "The request body is larger than the server accepts.");
            case 414 -> problem(status, lang, "uri-too-long", "api-errors.uri-too-long", "The request line (URI) is too long.");
            case 431 -> problem(status, lang, "headers-too-large", "api-errors.headers-too-large",
                    "The request headers are too large.");
            case 505 -> problem(status, lang, "http-version-not-supported", "api-errors.bad-request",
                    "Only HTTP/1.1 and HTTP/2 are served.");
            default -> status.code() >= 500
                    ? problem(status, lang, "internal-error", "api-errors.internal-error", "Unexpected server error; it has been logged.")
                    : problem(status, lang, "bad-request", "api-errors.bad-request", "The request could not be parsed.");
        };
    }

    private static Problem problem(Status status, Lang lang, String type, String key, String detailEn) {
        return new Problem(status, type, status.reasonPhrase(), Messages.text(lang, key, status.code()), detailEn);
    }

    private static String instance(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        return path.length() <= MAX_INSTANCE_CHARS ? path : path.substring(0, MAX_INSTANCE_CHARS) + "…";
    }
}
