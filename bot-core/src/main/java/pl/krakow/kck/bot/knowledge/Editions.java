package pl.krakow.kck.bot.knowledge;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import pl.krakow.kck.bot.language.Language;

/**
 * The knowledge base in every served language: the Polish articles, and per other language its
 * translations ({@code <id>.uk.md}, {@code <id>.en.md}) plus, for an article not yet translated, the Polish
 * article itself (answered with a sentence saying so: {@link #translated}).
 */
public record Editions(Map<Language, KnowledgeBase> byLanguage) {

    public Editions {
        byLanguage = Map.copyOf(new EnumMap<>(byLanguage));
        if (!byLanguage.containsKey(Language.PL)) {
            throw new IllegalArgumentException("the Polish edition is required");
        }
    }

    /** Polish only: every other language falls back to the Polish articles. */
    public static Editions polishOnly(KnowledgeBase polish) {
        return new Editions(Map.of(Language.PL, polish));
    }

    public KnowledgeBase polish() {
        return byLanguage.get(Language.PL);
    }

    public KnowledgeBase edition(Language language) {
        return byLanguage.getOrDefault(language, polish());
    }

    /** Whether {@code article} is written in {@code language} (false for a Polish article standing in for a translation). */
    public static boolean translated(Article article, Language language) {
        return language == Language.PL ? !TranslationLoader.isTranslationFile(article.file())
                : article.file().endsWith("." + language.code() + ".md");
    }

    /** Translations per language, Polish stand-ins not counted. */
    public int translations(Language language) {
        List<Article> articles = edition(language).articles();
        return (int) articles.stream().filter(a -> translated(a, language)).count();
    }
}
