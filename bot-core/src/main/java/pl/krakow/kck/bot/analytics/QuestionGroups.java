package pl.krakow.kck.bot.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import pl.krakow.kck.bot.retrieval.Stopwords;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.retrieval.Word;

/**
 * The same question typed differently is one group: texts are grouped on the set of their words' lemmas
 * (Polish analysis as the index does it: with or without Polish letters, in any inflection), stopwords left out.
 * A group is shown by its most frequent wording, with a few other wordings as examples. Analytics keys the wording
 * with personal data already redacted ({@link #shown}), so that the daily roll-ups keep nothing the redactor takes out.
 */
public final class QuestionGroups {

    /** One group: its key (sorted lemmas), the wording shown, how often it was asked, and other wordings. */
    public record Group(String key, String text, long count, List<String> examples) {
    }

    /** A wording and how often it came. */
    private record Asked(String text, long count) {
    }

    static final int EXAMPLES = 3;

    private final TextAnalyzer analyzer;
    private final Stopwords stopwords;
    private final UnaryOperator<String> redactor;

    /** @param redactor applied to every wording shown (personal data must not reach analytics) */
    public QuestionGroups(TextAnalyzer analyzer, Stopwords stopwords, UnaryOperator<String> redactor) {
        this.analyzer = analyzer;
        this.stopwords = stopwords;
        this.redactor = redactor;
    }

    /** The wording as it may be shown: personal data redacted. */
    public String shown(String text) {
        return redactor.apply(text);
    }

    /** The group key of one text: its content words' lemmas, sorted; the folded text when it has none. */
    public String key(String text) {
        TreeSet<String> lemmas = new TreeSet<>();
        for (Word word : analyzer.words(text)) {
            if (stopwords.isStopword(word)) {
                continue;
            }
            lemmas.add(word.lemmas().stream().min(Comparator.naturalOrder()).orElse(word.folded()));
        }
        return lemmas.isEmpty() ? TextAnalyzer.fold(text.strip()) : String.join(" ", lemmas);
    }

    /**
     * Groups of wordings already keyed and redacted (the daily roll-ups' {@link DayCounts.QuestionCount}s, the same
     * wording possibly on many days), most asked first (ties by wording), at most {@code limit}.
     */
    List<Group> group(List<DayCounts.QuestionCount> counted, int limit) {
        Map<String, Map<String, Long>> byKey = new LinkedHashMap<>();
        counted.forEach(q -> byKey.computeIfAbsent(q.key(), k -> new LinkedHashMap<>()).merge(q.wording(), q.count(), Long::sum));
        List<Group> groups = new ArrayList<>();
        byKey.forEach((key, wordings) -> {
            List<Asked> ranked = new ArrayList<>();
            wordings.forEach((wording, count) -> ranked.add(new Asked(wording, count)));
            ranked.sort(Comparator.comparingLong(Asked::count).reversed().thenComparing(Asked::text));
            long count = ranked.stream().mapToLong(Asked::count).sum();
            groups.add(new Group(key, ranked.getFirst().text(), count, ranked.stream().skip(1).limit(EXAMPLES).map(Asked::text).toList()));
        });
        groups.sort(Comparator.comparingLong(Group::count).reversed().thenComparing(Group::text));
        return groups.size() > limit ? List.copyOf(groups.subList(0, limit)) : groups;
    }
}
