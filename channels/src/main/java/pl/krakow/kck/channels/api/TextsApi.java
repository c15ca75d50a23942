package pl.krakow.kck.channels.api;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.util.Set;

import jakarta.json.JsonObjectBuilder;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * {@code GET /api/v1/texts/{widget|console|console-analytics|console-review|console-tools}?lang=pl}: the texts a page shows, from the message catalogues,
 * with the configured infoline filled in. An unknown or missing language gets Polish.
 */
public final class TextsApi implements HttpService {

    private static final Set<String> PAGES = Set.of("widget", "console", "console-analytics", "console-review",
            "console-tools");

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{page}", this::texts);
    }

    private void texts(ServerRequest request, ServerResponse response) {
        String page = request.path().pathParameters().get("page");
        if (!PAGES.contains(page)) {
            throw ApiException.of(Status.NOT_FOUND_404, "not-found", "Not found",
                    Messages.text(Lang.resident(), "api-errors.bad-request", 404), "No texts for '" + page + "'; one of "
                            + String.join(", ", new java.util.TreeSet<>(PAGES)) + ".");
        }
        Lang lang = page.startsWith("console") ? RequestLanguage.asked(request) : RequestLanguage.of(request);
        JsonObjectBuilder texts = JSON.createObjectBuilder();
        Messages.area(lang, page).forEach(texts::add);
        response.header(HeaderNames.CONTENT_TYPE, "application/json; charset=UTF-8");
        response.header(HeaderNames.CACHE_CONTROL, "public, max-age=300");
        response.send(JSON.createObjectBuilder().add("lang", lang.code()).add("texts", texts).build().toString());
    }
}
