package pl.krakow.kck.channels.api;

import io.helidon.webserver.http.ServerRequest;

import pl.krakow.kck.bot.text.Lang;

/** The language a page or its texts are asked in: {@code ?lang=} (a code such as uk, or a tag such as uk-UA), else Polish. */
public final class RequestLanguage {

    private RequestLanguage() {
    }

    public static Lang of(ServerRequest request) {
        return request.query().first("lang").asOptional().flatMap(Lang::of).orElse(Lang.PL);
    }
}
