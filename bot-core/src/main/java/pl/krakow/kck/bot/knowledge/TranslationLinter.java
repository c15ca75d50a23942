package pl.krakow.kck.bot.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import pl.krakow.kck.bot.language.Language;

/**
 * A translation says what its Polish article says: every link, number (amount, date, hour, phone, house or
 * account number) and Polish street name of one is in the other, and the translation's {@code updated} is not
 * older than the Polish article's. Problems name the file and line of the fact: the translation's for a fact
 * the Polish article lacks, the Polish article's for a fact the translation lost.
 */
public final class TranslationLinter {

    public List<Problem> lint(Path folder, Editions editions) throws IOException {
        List<Problem> problems = new ArrayList<>();
        for (Language language : Language.values()) {
            if (language == Language.PL) {
                continue;
            }
            for (Article translation : editions.edition(language).articles()) {
                if (!Editions.translated(translation, language)) {
                    continue;
                }
                Article original = editions.polish().article(translation.id()).orElseThrow();
                lintOne(folder, original, translation, language, problems);
            }
        }
        return problems;
    }

    private static void lintOne(Path folder, Article original, Article translation, Language language, List<Problem> problems)
            throws IOException {
        List<String> originalLines = lines(folder, original);
        List<String> translatedLines = lines(folder, translation);
        if (translation.updated().isBefore(original.updated())) {
            problems.add(new Problem(translation.file(), lineOf(translatedLines, "updated:"), "'updated' " + translation.updated()
                    + " is older than the Polish article's " + original.updated() + ": check the translation against it"));
        }
        Map<String, String> originalFacts = TranslationFacts.of(text(original));
        Map<String, String> translatedFacts = TranslationFacts.of(text(translation));
        String translatedText = text(translation);
        String name = language == Language.UK ? "Ukrainian" : "English";
        for (Map.Entry<String, String> fact : originalFacts.entrySet()) {
            boolean kept = fact.getKey().startsWith("street ")
                    ? TranslationFacts.mentions(translatedText, fact.getValue())
                    : translatedFacts.containsKey(fact.getKey());
            if (!kept) {
                problems.add(new Problem(original.file(), lineOf(originalLines, fact.getValue()),
                        kind(fact.getKey()) + " '" + fact.getValue() + "' is missing from the " + name + " translation " + translation.file()));
            }
        }
        for (Map.Entry<String, String> fact : translatedFacts.entrySet()) {
            if (!fact.getKey().startsWith("street ") && !originalFacts.containsKey(fact.getKey())) {
                problems.add(new Problem(translation.file(), lineOf(translatedLines, fact.getValue()),
                        kind(fact.getKey()) + " '" + fact.getValue() + "' is not in the Polish article " + original.file()));
            }
        }
    }

    /** What the facts are read from: the body and the sources. */
    private static String text(Article article) {
        StringBuilder text = new StringBuilder(article.body());
        article.sources().forEach(s -> text.append('\n').append(s));
        return text.toString();
    }

    private static String kind(String key) {
        return key.substring(0, key.indexOf(' '));
    }

    private static List<String> lines(Path folder, Article article) throws IOException {
        return Files.readAllLines(folder.resolve(article.file()), StandardCharsets.UTF_8);
    }

    private static int lineOf(List<String> lines, String fragment) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        return 0;
    }
}
