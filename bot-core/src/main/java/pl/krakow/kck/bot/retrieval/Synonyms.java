package pl.krakow.kck.bot.retrieval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The city's synonym and abbreviation groups ("SCT, strefa czystego transportu"), matched on lemmas so
 * that any inflected form counts. Each group becomes one concept term, put into the index wherever a
 * member occurs and into the query the same way, so "SCT" finds articles that only say "Strefa Czystego
 * Transportu" and the other way round.
 *
 * <p>A member written in capitals that is also an ordinary word in lower case ("BO" against "bo",
 * "because") matches only when written in capitals.
 */
public final class Synonyms {

    /** Where a group matched: words {@code start .. start+length-1}. */
    public record Match(int start, int length, int group, String member) {

        /** The index term standing for the group. */
        public String concept() {
            return Synonyms.concept(group);
        }
    }

    private record Member(int group, String text, List<Word> words, boolean caseSensitive) {
    }

    private final Map<String, List<Member>> byFirstLemma = new HashMap<>();
    private final List<List<String>> groups;
    private final UnaryOperator<List<Word>> reading;

    public Synonyms(List<List<String>> groups, TextAnalyzer analyzer, Stopwords stopwords) {
        this(groups, analyzer, stopwords, UnaryOperator.identity());
    }

    /** Groups whose phrases and texts are both read through {@code reading} ({@link NounsOfAction#read}). */
    Synonyms(List<List<String>> groups, TextAnalyzer analyzer, Stopwords stopwords, UnaryOperator<List<Word>> reading) {
        this.reading = reading;
        this.groups = List.copyOf(groups);
        for (int g = 0; g < groups.size(); g++) {
            for (String text : groups.get(g)) {
                List<Word> words = reading.apply(analyzer.words(text));
                if (words.isEmpty()) {
                    continue;
                }
                Word only = words.getFirst();
                boolean caseSensitive = words.size() == 1 && only.allCaps()
                        && (only.inDictionary() || stopwords.contains(only.folded()));
                Member member = new Member(g, text, words, caseSensitive);
                for (String lemma : only.lemmas()) {
                    byFirstLemma.computeIfAbsent(lemma, k -> new ArrayList<>()).add(member);
                }
            }
        }
    }

    public static Synonyms none(TextAnalyzer analyzer) {
        return new Synonyms(List.of(), analyzer, Stopwords.polish());
    }

    public static String concept(int group) {
        return "~syn:" + group;
    }

    public List<List<String>> groups() {
        return Collections.unmodifiableList(groups);
    }

    /** Every match in the text, longest first at each start; a group matches at most once per start. */
    public List<Match> find(List<Word> typed) {
        List<Word> text = reading.apply(typed);
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            Word word = text.get(i);
            List<Member> candidates = new ArrayList<>();
            for (String lemma : word.lemmas()) {
                candidates.addAll(byFirstLemma.getOrDefault(lemma, List.of()));
            }
            candidates.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
            List<Integer> groupsHere = new ArrayList<>();
            for (Member member : candidates) {
                if (!groupsHere.contains(member.group()) && matchesAt(member, text, i)) {
                    groupsHere.add(member.group());
                    matches.add(new Match(i, member.words().size(), member.group(), member.text()));
                }
            }
        }
        return matches;
    }

    private static boolean matchesAt(Member member, List<Word> text, int start) {
        List<Word> words = member.words();
        if (start + words.size() > text.size()) {
            return false;
        }
        if (member.caseSensitive()) {
            return text.get(start).surface().equals(words.getFirst().surface());
        }
        for (int j = 0; j < words.size(); j++) {
            Word wanted = words.get(j);
            Word seen = text.get(start + j);
            if (!wanted.folded().equals(seen.folded()) && Collections.disjoint(wanted.lemmas(), seen.lemmas())) {
                return false;
            }
        }
        return true;
    }
}
