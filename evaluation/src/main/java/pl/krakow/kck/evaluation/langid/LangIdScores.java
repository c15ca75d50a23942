package pl.krakow.kck.evaluation.langid;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import pl.krakow.kck.evaluation.metrics.Share;

/**
 * How one system identified the lines' languages.
 *
 * @param accuracy     over lines with a language (not neutral), no conversation yet
 * @param byGroup      the same per group: each label, Polish with and without Polish letters, one or two words
 * @param confusion    expected label to identified label to count (no conversation yet)
 * @param neutralKept  neutral lines that kept the conversation's language, over the three served priors; null
 *                     for a library alone, which always guesses
 * @param priorOther   lines in a served language, in a conversation in another served language: identified right
 * @param priorSame    lines with a language, in a conversation already in that language: identified right
 */
public record LangIdScores(String system, Share accuracy, Map<String, Share> byGroup,
                           Map<String, Map<String, Integer>> confusion, Share neutralKept, Share priorOther,
                           Share priorSame, double millisPerMessage, long buildMillis) {

    public static final List<String> LABELS = List.of("pl", "uk", "en", "ru", "other");

    static Map<String, Map<String, Integer>> emptyConfusion() {
        Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        for (String label : LABELS) {
            confusion.put(label, new TreeMap<>());
        }
        return confusion;
    }
}
