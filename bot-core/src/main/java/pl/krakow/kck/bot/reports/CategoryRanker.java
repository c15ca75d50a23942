package pl.krakow.kck.bot.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import pl.krakow.kck.bot.retrieval.Stopwords;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.retrieval.Word;

/**
 * Ranks the reportable categories by how much a statement has in common with each one's name, description,
 * keywords, signals and examples, compared on lemmas: for a statement that names no keyword ("zbita wiata na
 * przystanku Rondo Mogilskie" before shelters had keywords) the form offers the likeliest categories first.
 * Each shared lemma weighs its rarity among the categories (a word every category has says nothing) times
 * its part of speech; the catch-all category is left out (the form always offers "another category").
 */
public final class CategoryRanker {

    static final String CATCH_ALL = "inne";

    private record Profile(ServiceCategory category, Set<String> lemmas) {
    }

    private final TextAnalyzer analyzer;
    private final Stopwords stopwords = Stopwords.polish();
    private final List<Profile> profiles = new ArrayList<>();
    private final Map<String, Double> rarity = new HashMap<>();
    private final Set<String> problemWords = new HashSet<>();

    public CategoryRanker(CategoryCatalogue catalogue, TextAnalyzer analyzer) {
        this.analyzer = analyzer;
        Map<String, Integer> counts = new HashMap<>();
        for (ServiceCategory category : catalogue.reportable()) {
            if (category.code().equals(CATCH_ALL)) {
                continue;
            }
            List<String> texts = new ArrayList<>(List.of(category.name(), category.description()));
            texts.addAll(category.keywords());
            texts.addAll(category.signals());
            texts.addAll(category.examples());
            Set<String> lemmas = new HashSet<>();
            texts.forEach(text -> lemmas.addAll(contentLemmas(text)));
            profiles.add(new Profile(category, lemmas));
            lemmas.forEach(lemma -> counts.merge(lemma, 1, Integer::sum));
        }
        catalogue.cues().problems().forEach(cue -> problemWords.addAll(contentLemmas(cue)));
        counts.forEach((lemma, count) -> rarity.put(lemma, Math.log(1.0 + (double) profiles.size() / count)));
    }

    /** Up to {@code limit} categories sharing something with the text, likeliest first; empty when none does. */
    public List<ServiceCategory> rank(String text, int limit) {
        List<Word> words = analyzer.words(text).stream().filter(w -> !stopwords.isStopword(w)).toList();
        record Scored(ServiceCategory category, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Profile profile : profiles) {
            double score = 0;
            for (Word word : words) {
                double best = 0;
                for (String lemma : word.lemmas()) {
                    if (profile.lemmas().contains(lemma)) {
                        best = Math.max(best, rarity.get(lemma));
                    }
                }
                score += best * word.salience();
            }
            if (score > 0) {
                scored.add(new Scored(profile.category(), score));
            }
        }
        return scored.stream().sorted(Comparator.comparingDouble(Scored::score).reversed()).limit(limit)
                .map(Scored::category).toList();
    }

    /** Whether a noun of the text (not a word of what is wrong) occurs in some category's texts. */
    public boolean sharesNoun(String text) {
        for (Word word : analyzer.words(text)) {
            if (word.inDictionary() && word.salience() == 1.0 && !stopwords.isStopword(word) && !problemWords.containsAll(word.lemmas())
                    && profiles.stream().anyMatch(p -> word.lemmas().stream().anyMatch(p.lemmas()::contains))) {
                return true;
            }
        }
        return false;
    }

    private Set<String> contentLemmas(String text) {
        Set<String> lemmas = new HashSet<>();
        for (Word word : analyzer.words(text)) {
            if (!stopwords.isStopword(word)) {
                lemmas.addAll(word.lemmas());
            }
        }
        return lemmas;
    }
}
