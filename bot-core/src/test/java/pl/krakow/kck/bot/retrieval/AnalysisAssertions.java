package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Assertions in the spirit of Lucene's {@code BaseTokenStreamTestCase.assertAnalyzesTo}: the lemmas of
 * each word, position by position. A position's expected lemmas are written "a|b" when stacked.
 */
final class AnalysisAssertions {

    private AnalysisAssertions() {
    }

    static void assertAnalyzesTo(TextAnalyzer analyzer, String text, String... expected) {
        List<Word> words = analyzer.words(text);
        List<String> actual = words.stream().map(w -> String.join("|", new TreeSet<>(w.lemmas()))).toList();
        List<String> wanted = java.util.Arrays.stream(expected)
                .map(e -> String.join("|", new TreeSet<>(Set.of(e.split("\\|")))))
                .toList();
        assertEquals(wanted, actual, () -> "analysis of \"" + text + "\"");
    }
}
