package pl.krakow.kck.bot.reports;

import java.util.List;

/**
 * The category catalogue's words that hold for every category (faq-corpus/reports/categories.json, top level).
 *
 * @param problems      say something is wrong: broken, dirty, dangerous, missing ("nie działa", "brakuje")
 * @param dangers       make a statement a danger whatever its category ("ktoś może wpaść", "zaraz będzie wypadek")
 * @param dangerNotice  told first for a danger whose category has no notice of its own; may be empty
 * @param privatePlaces places and things that are not the city's public space ("klatka schodowa", "mój samochód",
 *                      "aplikacja"): a statement about one opens no report
 * @param publicPlaces  nouns of public space ("ulica", "skwer", "przejście"): a statement that names no category
 *                      opens the form only when it speaks of public space (one of these, a place, or a category's words)
 * @param opinions      make a message an opinion or thanks ("moim zdaniem", "dziękuję"): it opens a report only when a
 *                      category's own signal says what is wrong
 * @param repairs       say a thing was put right ("naprawić", "załatany"): a message saying so opens no report, unless it
 *                      says "nie", "znowu" or "nadal"
 */
public record CatalogueCues(List<String> problems, List<String> dangers, String dangerNotice, List<String> privatePlaces,
                            List<String> publicPlaces, List<String> opinions, List<String> repairs) {
    public static final CatalogueCues NONE = new CatalogueCues(List.of(), List.of(), "", List.of());

    public CatalogueCues {
        problems = List.copyOf(problems);
        dangers = List.copyOf(dangers);
        privatePlaces = List.copyOf(privatePlaces);
        publicPlaces = List.copyOf(publicPlaces);
        opinions = List.copyOf(opinions);
        repairs = List.copyOf(repairs);
    }

    public CatalogueCues(List<String> problems, List<String> dangers, String dangerNotice, List<String> privatePlaces) {
        this(problems, dangers, dangerNotice, privatePlaces, List.of(), List.of(), List.of());
    }
}
