package pl.krakow.kck.bot.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.retrieval.Word;

/**
 * Finds the categories a text is about by their keywords and signals, compared on lemmas
 * ({@link TextAnalyzer}): "latarni", "latarnie" and "latarnia" match "latarnia", "swieci" matches
 * "świecić". A phrase matches when all its words occur close together (within its length plus three
 * words, in any order), so "nie świeci" matches "latarnia nie świeci" but not a "nie" at the other end
 * of a long message.
 */
public final class CategoryMatcher {

    private static final int SLACK = 3;

    /** One category's score for a text. */
    public record Match(ServiceCategory category, double score, boolean signalled) {
    }

    private record Phrase(List<Set<String>> words) {
        double weight() {
            return 1 + 0.5 * (words.size() - 1);
        }
    }

    private record Entry(ServiceCategory category, List<Phrase> keywords, List<Phrase> signals) {
    }

    private final TextAnalyzer analyzer;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Phrase> cues;

    public CategoryMatcher(CategoryCatalogue catalogue, TextAnalyzer analyzer) {
        this.analyzer = analyzer;
        for (ServiceCategory category : catalogue.categories()) {
            entries.add(new Entry(category, phrases(category.keywords()), phrases(category.signals())));
        }
        this.cues = phrases(catalogue.problemCues());
    }

    /** The categories the text names, best first; empty when none. */
    public List<Match> matches(String text) {
        List<Set<String>> words = lemmas(text);
        List<Match> matches = new ArrayList<>();
        for (Entry entry : entries) {
            double score = 0;
            boolean signalled = false;
            for (Phrase keyword : entry.keywords()) {
                if (occurs(keyword, words)) {
                    score += keyword.weight();
                }
            }
            for (Phrase signal : entry.signals()) {
                if (occurs(signal, words)) {
                    score += signal.weight();
                    signalled = true;
                }
            }
            if (score > 0) {
                matches.add(new Match(entry.category(), score, signalled));
            }
        }
        matches.sort(Comparator.comparingDouble(Match::score).reversed());
        return matches;
    }

    /** Whether the text holds one of the catalogue's general problem cues ("nie działa", "zepsuty"). */
    public boolean hasProblemCue(String text) {
        List<Set<String>> words = lemmas(text);
        return cues.stream().anyMatch(cue -> occurs(cue, words));
    }

    private List<Phrase> phrases(List<String> texts) {
        List<Phrase> phrases = new ArrayList<>();
        for (String text : texts) {
            List<Set<String>> words = lemmas(text);
            if (!words.isEmpty()) {
                phrases.add(new Phrase(words));
            }
        }
        return phrases;
    }

    private List<Set<String>> lemmas(String text) {
        List<Set<String>> lemmas = new ArrayList<>();
        for (Word word : analyzer.words(text)) {
            lemmas.add(word.lemmas());
        }
        return lemmas;
    }

    private static boolean occurs(Phrase phrase, List<Set<String>> words) {
        List<Set<String>> wanted = phrase.words();
        int span = wanted.size() + SLACK;
        for (int start = 0; start < words.size(); start++) {
            if (!intersects(words.get(start), wanted)) {
                continue;
            }
            int end = Math.min(words.size(), start + span);
            if (allWithin(wanted, words, start, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean intersects(Set<String> word, List<Set<String>> wanted) {
        for (Set<String> lemmas : wanted) {
            if (!disjoint(word, lemmas)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allWithin(List<Set<String>> wanted, List<Set<String>> words, int start, int end) {
        boolean[] used = new boolean[end - start];
        for (Set<String> lemmas : wanted) {
            boolean found = false;
            for (int i = start; i < end && !found; i++) {
                if (!used[i - start] && !disjoint(words.get(i), lemmas)) {
                    used[i - start] = true;
                    found = true;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String lemma : a) {
            if (b.contains(lemma)) {
                return false;
            }
        }
        return true;
    }
}
