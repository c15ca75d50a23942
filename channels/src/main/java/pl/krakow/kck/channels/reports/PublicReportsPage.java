package pl.krakow.kck.channels.reports;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import pl.krakow.kck.bot.reports.CategoryCatalogue;
import pl.krakow.kck.bot.reports.Report;
import pl.krakow.kck.bot.reports.ServiceCategory;
import pl.krakow.kck.bot.reports.listing.CityDates;
import pl.krakow.kck.bot.reports.listing.DistrictGazetteer;
import pl.krakow.kck.bot.reports.listing.PublicReports;
import pl.krakow.kck.bot.reports.listing.ResidentStatus;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * {@code GET /zgloszenia}: the public list of reports, rendered on the server (no script), for residents to see
 * whether a problem is already known. Filters by category ({@code kategoria}), district ({@code dzielnica}) and
 * status ({@code stan}: open, closed) in a plain GET form, pages by {@code strona}; an unknown value counts as no
 * filter. Headings, a table with caption and scoped headers, labelled filters; texts from the reports catalogue.
 */
public final class PublicReportsPage implements Handler {

    public static final String PATH = "/zgloszenia";

    private static final List<String> STATUSES = List.of(Report.OPEN, Report.CLOSED);

    private final PublicReports reports;
    private final CategoryCatalogue catalogue;

    public PublicReportsPage(PublicReports reports, CategoryCatalogue catalogue) {
        this.reports = reports;
        this.catalogue = catalogue;
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        Lang lang = request.query().first("lang").asOptional().flatMap(Lang::of).orElse(Lang.PL);
        String category = request.query().first("kategoria").asOptional()
                .filter(code -> catalogue.find(code).isPresent()).orElse(null);
        String district = request.query().first("dzielnica").asOptional()
                .filter(code -> reports.gazetteer().find(code).isPresent()).orElse(null);
        String status = request.query().first("stan").asOptional().filter(STATUSES::contains).orElse(null);
        int page = request.query().first("strona").asOptional().filter(p -> p.matches("\\d{1,6}")).map(Integer::parseInt).orElse(1);
        PublicReports.Filter filter = new PublicReports.Filter(category, district, status);
        response.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
        response.header(HeaderNames.CACHE_CONTROL, "max-age=60");
        response.send(html(lang, filter, reports.page(filter, page)));
    }

    String html(Lang lang, PublicReports.Filter filter, PublicReports.Page page) {
        StringBuilder out = new StringBuilder("<!doctype html>\n<html lang=\"").append(lang.code()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(text(lang, "title-page", page.page(), page.pages())).append("</title>\n")
                .append("<style>body{font:16px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}"
                        + "h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:1.5rem}form div{display:inline-block;margin:0 1rem .5rem 0}"
                        + "label{display:block;font-weight:600}select,button{font:inherit;padding:.3rem}"
                        + "table{border-collapse:collapse;width:100%}caption{text-align:left;font-weight:600;padding:.5rem 0}"
                        + "th,td{border-bottom:1px solid #999;padding:.4rem;text-align:left;vertical-align:top}"
                        + "thead th{background:#eef2f7}nav ul{list-style:none;padding:0;display:flex;gap:1rem}"
                        + "a{color:#0b4f9c}a:focus,select:focus,button:focus{outline:3px solid #f5a623}</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(text(lang, "title")).append("</h1>\n")
                .append("<p>").append(text(lang, "intro")).append("</p>\n");
        form(out, lang, filter);
        out.append("<h2 id=\"wyniki\">").append(text(lang, "results")).append("</h2>\n")
                .append("<p>").append(text(lang, "count", page.total(), page.page(), page.pages())).append("</p>\n");
        if (page.entries().isEmpty()) {
            out.append("<p>").append(text(lang, "empty")).append("</p>\n");
        } else {
            table(out, lang, filter, page);
        }
        pages(out, lang, filter, page);
        out.append("</main>\n<footer>\n<p>").append(text(lang, "how-to-report")).append("</p>\n<p>")
                .append(text(lang, "open311")).append(" <a href=\"/open311/v2/requests.json\">/open311/v2/requests.json</a></p>\n")
                .append("<p><a href=\"/prywatnosc?lang=").append(lang.code()).append("\">").append(text(lang, "privacy")).append("</a></p>\n")
                .append("</footer>\n</body>\n</html>\n");
        return out.toString();
    }

    private void form(StringBuilder out, Lang lang, PublicReports.Filter filter) {
        out.append("<form method=\"get\" action=\"").append(PATH).append("\" aria-labelledby=\"filtry\">\n")
                .append("<h2 id=\"filtry\">").append(text(lang, "filters")).append("</h2>\n");
        if (!Lang.PL.equals(lang)) {
            out.append("<input type=\"hidden\" name=\"lang\" value=\"").append(lang.code()).append("\">\n");
        }
        Map<String, String> categories = new LinkedHashMap<>();
        catalogue.reportable().stream().sorted(Comparator.comparing(ServiceCategory::name))
                .forEach(c -> categories.put(c.code(), c.name()));
        select(out, lang, "kategoria", "category", categories, filter.serviceCode());
        if (!reports.gazetteer().districts().isEmpty()) {
            Map<String, String> districts = new LinkedHashMap<>();
            reports.gazetteer().districts().forEach(d -> districts.put(d.code(), d.code() + " " + d.name()));
            select(out, lang, "dzielnica", "district", districts, filter.district());
        }
        Map<String, String> statuses = new LinkedHashMap<>();
        STATUSES.forEach(s -> statuses.put(s, Messages.text(lang, "reports." + ResidentStatus.key(s))));
        select(out, lang, "stan", "status", statuses, filter.status());
        out.append("<div><button type=\"submit\">").append(text(lang, "show")).append("</button></div>\n")
                .append("<div><a href=\"").append(PATH).append(Lang.PL.equals(lang) ? "" : "?lang=" + lang.code()).append("\">")
                .append(text(lang, "clear")).append("</a></div>\n</form>\n");
    }

    private static void select(StringBuilder out, Lang lang, String name, String label, Map<String, String> values, String chosen) {
        out.append("<div><label for=\"").append(name).append("\">").append(text(lang, "label-" + label)).append("</label>\n")
                .append("<select id=\"").append(name).append("\" name=\"").append(name).append("\">\n<option value=\"\">")
                .append(text(lang, "all-" + label)).append("</option>\n");
        values.forEach((value, shown) -> out.append("<option value=\"").append(escape(value)).append('"')
                .append(value.equals(chosen) ? " selected" : "").append('>').append(escape(shown)).append("</option>\n"));
        out.append("</select></div>\n");
    }

    private void table(StringBuilder out, Lang lang, PublicReports.Filter filter, PublicReports.Page page) {
        out.append("<table>\n<caption>").append(text(lang, "caption", page.page(), page.pages()));
        String described = described(lang, filter);
        if (!described.isEmpty()) {
            out.append(" – ").append(described);
        }
        out.append("</caption>\n<thead>\n<tr>");
        for (String column : List.of("number", "category", "place", "district", "status", "requested", "updated")) {
            out.append("<th scope=\"col\">").append(text(lang, "column-" + column)).append("</th>");
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (PublicReports.Entry entry : page.entries()) {
            out.append("<tr><th scope=\"row\">").append(escape(entry.number())).append("</th>")
                    .append("<td>").append(escape(entry.serviceName())).append("</td>")
                    .append("<td>").append(entry.place() == null ? text(lang, "unknown") : escape(entry.place())).append("</td>")
                    .append("<td>").append(districtName(lang, entry.district())).append("</td>")
                    .append("<td>").append(escape(Messages.text(lang, "reports." + ResidentStatus.key(entry.status())))).append("</td>")
                    .append("<td>").append(time(lang, entry.requestedAt())).append("</td>")
                    .append("<td>").append(time(lang, entry.updatedAt())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void pages(StringBuilder out, Lang lang, PublicReports.Filter filter, PublicReports.Page page) {
        if (page.pages() <= 1) {
            return;
        }
        out.append("<nav aria-label=\"").append(text(lang, "pages")).append("\">\n<ul>\n");
        if (page.page() > 1) {
            out.append("<li><a rel=\"prev\" href=\"").append(escape(link(lang, filter, page.page() - 1))).append("\">")
                    .append(text(lang, "previous")).append("</a></li>\n");
        }
        out.append("<li aria-current=\"page\">").append(text(lang, "page", page.page(), page.pages())).append("</li>\n");
        if (page.page() < page.pages()) {
            out.append("<li><a rel=\"next\" href=\"").append(escape(link(lang, filter, page.page() + 1))).append("\">")
                    .append(text(lang, "next")).append("</a></li>\n");
        }
        out.append("</ul>\n</nav>\n");
    }

    /** The same filters on another page. */
    static String link(Lang lang, PublicReports.Filter filter, int page) {
        List<String> query = new ArrayList<>();
        if (!Lang.PL.equals(lang)) {
            query.add("lang=" + lang.code());
        }
        Optional.ofNullable(filter.serviceCode()).ifPresent(v -> query.add("kategoria=" + encode(v)));
        Optional.ofNullable(filter.district()).ifPresent(v -> query.add("dzielnica=" + encode(v)));
        Optional.ofNullable(filter.status()).ifPresent(v -> query.add("stan=" + encode(v)));
        query.add("strona=" + page);
        return PATH + "?" + String.join("&", query) + "#wyniki";
    }

    private String described(Lang lang, PublicReports.Filter filter) {
        List<String> parts = new ArrayList<>();
        Optional.ofNullable(filter.serviceCode()).flatMap(catalogue::find).ifPresent(c -> parts.add(escape(c.name())));
        Optional.ofNullable(filter.district()).ifPresent(d -> parts.add(districtName(lang, d)));
        Optional.ofNullable(filter.status()).ifPresent(s -> parts.add(escape(Messages.text(lang, "reports." + ResidentStatus.key(s)))));
        return String.join(", ", parts);
    }

    private String districtName(Lang lang, String code) {
        return code == null ? text(lang, "unknown")
                : reports.gazetteer().find(code).map(d -> escape(d.code() + " " + d.name())).orElse(escape(code));
    }

    private static String time(Lang lang, java.time.OffsetDateTime time) {
        return "<time datetime=\"" + CityDates.iso(time) + "\">" + escape(CityDates.day(lang, time)) + "</time>";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String text(Lang lang, String name, Object... args) {
        return escape(Messages.text(lang, "reports.list-" + name, args));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
