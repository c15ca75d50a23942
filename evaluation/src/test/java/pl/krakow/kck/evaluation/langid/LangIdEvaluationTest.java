package pl.krakow.kck.evaluation.langid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.krakow.kck.bot.language.LanguageDetector;
import pl.krakow.kck.evaluation.questions.QuestionFileException;

class LangIdEvaluationTest {

    /** A detector that says Polish whenever it sees "z", English otherwise. */
    private static final LanguageDetector NAIVE = new LanguageDetector() {
        @Override
        public Map<String, Double> confidences(String text) {
            return text.contains("z") ? Map.of("pl", 1.0) : Map.of("en", 1.0);
        }

        @Override
        public String name() {
            return "naive";
        }
    };

    private static final List<LangIdLine> LINES = List.of(
            new LangIdLine(1, "a", "zgubilem dowod", "pl"),
            new LangIdLine(2, "b", "lost my card", "en"),
            new LangIdLine(3, "c", "hello", "pl"),
            new LangIdLine(4, "d", "KRK-2026-000123", "neutral"));

    @Test
    void should_score_a_library_alone_on_lines_with_a_language_and_fill_the_confusion_table() {
        LangIdScores scores = new LangIdEvaluation(LINES).alone(NAIVE, 0);
        assertEquals(2, scores.accuracy().sum());
        assertEquals(3, scores.accuracy().count());
        assertEquals(1, scores.confusion().get("pl").get("en"));
        assertNull(scores.neutralKept());
    }

    @Test
    void should_score_the_rules_keeping_the_conversations_language_on_neutral_lines() {
        LangIdScores scores = new LangIdEvaluation(LINES).withRules(NAIVE, 0);
        assertEquals(3, scores.neutralKept().count());
        assertEquals(3, scores.neutralKept().sum());
    }

    @Test
    void should_name_the_file_and_line_of_a_bad_label(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("langid.jsonl");
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"ok\",\"lang\":\"neutral\"}\n{\"id\":\"b\",\"text\":\"x\",\"lang\":\"xx\"}\n");
        QuestionFileException e = assertThrows(QuestionFileException.class, () -> LangIdLine.read(file));
        assertEquals(true, e.getMessage().contains(":2:"));
    }
}
