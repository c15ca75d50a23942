package pl.krakow.kck.channels.privacy;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import pl.krakow.kck.bot.privacy.PrivacyNotice;
import pl.krakow.kck.bot.privacy.RetentionSettings;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;
import pl.krakow.kck.channels.api.RequestLanguage;

/** {@code GET /prywatnosc?lang=pl|uk|en}: the privacy notice, from the catalogues, with the configured periods. */
public final class PrivacyPage implements Handler {

    private final PrivacyNotice notice;

    public PrivacyPage(PrivacyNotice notice) {
        this.notice = notice;
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        Lang lang = RequestLanguage.of(request);
        response.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
        response.header(HeaderNames.CACHE_CONTROL, "max-age=3600");
        response.send(html(lang));
    }

    String html(Lang lang) {
        RetentionSettings r = notice.retention();
        StringBuilder page = new StringBuilder("<!doctype html>\n<html lang=\"").append(lang.code()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(text(lang, "privacy.page.title")).append("</title>\n")
                .append("<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}"
                        + "h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:1.5rem}</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(text(lang, "privacy.page.title")).append("</h1>\n")
                .append(p(lang, "privacy.page.automated"))
                .append("<h2>").append(text(lang, "privacy.page.controller.title")).append("</h2>\n")
                .append(p(lang, "privacy.page.controller")).append(p(lang, "privacy.page.dpo"))
                .append("<h2>").append(text(lang, "privacy.page.what.title")).append("</h2>\n")
                .append(p(lang, "privacy.page.what"))
                .append("<h2>").append(text(lang, "privacy.page.retention.title")).append("</h2>\n<ul>\n")
                .append(li(lang, "privacy.page.retention.conversations", r.conversations().toDays()))
                .append(li(lang, "privacy.page.retention.drafts", r.drafts().toDays()))
                .append(li(lang, "privacy.page.retention.cases", r.caseContacts().toDays()))
                .append(li(lang, "privacy.page.retention.reports", r.reportContacts().toDays()))
                .append("</ul>\n<h2>").append(text(lang, "privacy.page.rights.title")).append("</h2>\n")
                .append(p(lang, "privacy.page.rights")).append(p(lang, "privacy.page.advice"))
                .append("</main>\n<footer>\n<p><a href=\"/zgloszenia").append(Lang.PL.equals(lang) ? "" : "?lang=" + lang.code())
                .append("\">").append(text(lang, "privacy.page.public-reports")).append("</a></p>\n</footer>\n</body>\n</html>\n");
        return page.toString();
    }

    private static String p(Lang lang, String key) {
        return "<p>" + text(lang, key) + "</p>\n";
    }

    private static String li(Lang lang, String key, long days) {
        return "<li>" + text(lang, key, days) + "</li>\n";
    }

    private static String text(Lang lang, String key, Object... args) {
        return escape(Messages.text(lang, key, args));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
