package pl.krakow.kck.channels.api;

import java.util.Arrays;
import java.util.Optional;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

import pl.krakow.kck.bot.text.Lang;

/**
 * The language a page or its texts are asked in: {@code ?lang=} (a code such as uk, or a tag such as uk-UA),
 * else the first served language of the browser's {@code Accept-Language}, else Polish.
 */
public final class RequestLanguage {

    private RequestLanguage() {
    }

    /** Only {@code ?lang=}, else Polish: for the consultants' pages, Polish whatever the browser. */
    public static Lang asked(ServerRequest request) {
        return request.query().first("lang").asOptional().flatMap(Lang::of).orElse(Lang.PL);
    }

    public static Lang of(ServerRequest request) {
        return request.query().first("lang").asOptional().flatMap(Lang::of)
                .or(() -> request.headers().first(HeaderNames.ACCEPT_LANGUAGE).flatMap(RequestLanguage::accepted))
                .orElse(Lang.PL);
    }

    /** "uk-UA,uk;q=0.9,en;q=0.8" → uk: the first tag the catalogues have (browsers list them by preference). */
    public static Optional<Lang> accepted(String header) {
        return Arrays.stream(header.split(",")).map(tag -> tag.split(";")[0].strip()).filter(tag -> !tag.equals("*"))
                .map(Lang::of).flatMap(Optional::stream).findFirst();
    }
}
