package pl.krakow.kck.channels.privacy;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import pl.krakow.kck.bot.privacy.PrivacyNotice;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;
import pl.krakow.kck.channels.api.RequestLanguage;

/**
 * {@code GET /api/v1/privacy-notice?lang=}: what the widget shows under its greeting — the notice, the path of
 * the full notice page and the link's label.
 */
public final class NoticeApi implements Handler {

    private final PrivacyNotice notice;

    public NoticeApi(PrivacyNotice notice) {
        this.notice = notice;
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        Lang lang = RequestLanguage.of(request);
        response.header(HeaderNames.CONTENT_TYPE, "application/json; charset=UTF-8");
        response.header(HeaderNames.CACHE_CONTROL, "max-age=300");
        response.send(JSON.createObjectBuilder()
                .add("lang", lang.code())
                .add("text", notice.text(lang))
                .add("page", notice.page(lang))
                .add("link", Messages.text(lang, "privacy.notice.link"))
                .build().toString());
    }
}
