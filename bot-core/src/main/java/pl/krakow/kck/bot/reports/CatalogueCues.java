package pl.krakow.kck.bot.reports;

import java.util.List;

/**
 * The category catalogue's words that hold for every category (faq-corpus/reports/categories.json, top level).
 *
 * @param problems      say something is wrong: broken, dirty, dangerous, missing ("nie działa", "brakuje")
 * @param dangers       make a statement a danger whatever its category ("ktoś może wpaść", "zaraz będzie wypadek")
 * @param dangerNotice  told first for a danger whose category has no notice of its own; may be empty
 * @param privatePlaces places that are not public space ("klatka schodowa", "mój samochód"): a statement about
 *                      one opens no report unless it names a category
 */
public record CatalogueCues(List<String> problems, List<String> dangers, String dangerNotice, List<String> privatePlaces) {
    public static final CatalogueCues NONE = new CatalogueCues(List.of(), List.of(), "", List.of());

    public CatalogueCues {
        problems = List.copyOf(problems);
        dangers = List.copyOf(dangers);
        privatePlaces = List.copyOf(privatePlaces);
    }
}

