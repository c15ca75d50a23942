package pl.krakow.kck.evaluation.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionReaderTest {

    private static final String GOOD = """
            {"id": "dowod-01-p", "text": "Jak wyrobić dowód osobisty?", "variant": "plain", "expect": {"kind": "answer", "topic": "dowod-osobisty", "facts": [["bezpłatn", "za darmo"], ["30 dni"]]}}

            {"id": "fallback-01", "text": "Kiedy wypłata z ZUS?", "expect": {"kind": "fallback"}}
            """;

    private final QuestionReader reader = new QuestionReader();

    @Test
    void should_read_every_field_and_skip_blank_lines() throws Exception {
        List<EvalQuestion> questions = reader.parse("dev.jsonl", GOOD);

        assertEquals(2, questions.size());
        EvalQuestion first = questions.getFirst();
        assertEquals(1, first.line());
        assertEquals("dowod-01-p", first.id());
        assertEquals("Jak wyrobić dowód osobisty?", first.text());
        assertEquals("plain", first.variant());
        assertEquals("answer", first.expect().kind());
        assertEquals("dowod-osobisty", first.expect().topic());
        assertEquals(List.of(List.of("bezpłatn", "za darmo"), List.of("30 dni")), first.expect().facts());
        assertEquals("dowod-01", first.stem());

        EvalQuestion second = questions.get(1);
        assertEquals(3, second.line());
        assertEquals(EvalQuestion.NO_VARIANT, second.variant());
        assertNull(second.expect().topic());
        assertTrue(second.expect().mustNotAnswer());
    }

    @Test
    void should_name_the_line_of_invalid_json() {
        String text = GOOD + "{\"id\": \"x\", \"text\": \"oops\"\n";

        QuestionFileException error = assertThrows(QuestionFileException.class, () -> reader.parse("dev.jsonl", text));

        assertTrue(error.getMessage().startsWith("dev.jsonl:4: not a JSON object"), error.getMessage());
    }

    @Test
    void should_name_the_line_of_a_missing_or_wrong_field() {
        assertMessage("{\"text\": \"a\", \"expect\": {\"kind\": \"fallback\"}}", "dev.jsonl:1: 'id' is required");
        assertMessage("{\"id\": \"a\", \"text\": \"a\"}", "dev.jsonl:1: 'expect' must be an object");
        assertMessage("{\"id\": \"a\", \"text\": \"a\", \"expect\": {\"kind\": \"maybe\"}}", "dev.jsonl:1: 'expect.kind' must be one of");
        assertMessage("{\"id\": \"a\", \"text\": \"a\", \"expect\": {\"kind\": \"answer\"}}", "dev.jsonl:1: 'expect.topic' is required");
        assertMessage("{\"id\": \"a\", \"text\": 5, \"expect\": {\"kind\": \"fallback\"}}", "dev.jsonl:1: 'text' must be a string");
        assertMessage("{\"id\": \"a\", \"text\": \"a\", \"expect\": {\"kind\": \"answer\", \"topic\": \"t\", \"facts\": [\"x\"]}}",
                "dev.jsonl:1: each group of 'expect.facts'");
        assertMessage("[1, 2]", "dev.jsonl:1: not a JSON object");
    }

    @Test
    void should_name_both_lines_of_a_duplicate_id() {
        String line = "{\"id\": \"same\", \"text\": \"a\", \"expect\": {\"kind\": \"fallback\"}}\n";

        assertMessage(line + line, "dev.jsonl:2: id 'same' is already used on line 1");
    }

    @Test
    void should_refuse_an_empty_file() {
        assertMessage("\n\n", "dev.jsonl: no questions");
    }

    @Test
    void should_read_a_file_and_refuse_invalid_utf8(@TempDir Path folder) throws IOException, QuestionFileException {
        Path good = folder.resolve("good.jsonl");
        Files.writeString(good, GOOD, StandardCharsets.UTF_8);
        assertEquals(2, reader.read(good).size());

        Path bad = folder.resolve("bad.jsonl");
        Files.write(bad, new byte[] {'{', (byte) 0xC3, '}', '\n'});
        QuestionFileException error = assertThrows(QuestionFileException.class, () -> reader.read(bad));
        assertEquals(bad + ": not valid UTF-8", error.getMessage());
    }

    private void assertMessage(String text, String start) {
        QuestionFileException error = assertThrows(QuestionFileException.class, () -> reader.parse("dev.jsonl", text));
        assertTrue(error.getMessage().startsWith(start), () -> "expected '" + start + "...', got: " + error.getMessage());
    }
}
