package pl.krakow.kck.bot.handoff;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import pl.krakow.kck.bot.language.Language;

/**
 * The words of one handoff rule in each served language, matched on that language's lemmas: a Ukrainian message
 * is read with the Ukrainian words and analyser, an English one with the English ones. A language without words
 * has none (its rule cannot fire on what the message says).
 */
public record LanguageWords(Map<Language, List<String>> byLanguage) {

    public LanguageWords {
        Map<Language, List<String>> copy = new EnumMap<>(Language.class);
        byLanguage.forEach((language, words) -> copy.put(language, List.copyOf(words)));
        byLanguage = Map.copyOf(copy);
    }

    public static LanguageWords of(List<String> polish, List<String> ukrainian, List<String> english) {
        return new LanguageWords(Map.of(Language.PL, polish, Language.UK, ukrainian, Language.EN, english));
    }

    /** Polish words only (a rule the other languages do without). */
    public static LanguageWords polish(List<String> words) {
        return new LanguageWords(Map.of(Language.PL, words));
    }

    public List<String> in(Language language) {
        return byLanguage.getOrDefault(language, List.of());
    }

    /** The same words with {@code language}'s replaced. */
    public LanguageWords with(Language language, List<String> words) {
        Map<Language, List<String>> changed = new EnumMap<>(Language.class);
        changed.putAll(byLanguage);
        changed.put(language, words);
        return new LanguageWords(changed);
    }
}
