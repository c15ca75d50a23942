package pl.krakow.kck.evaluation.dialogues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.evaluation.questions.QuestionFileException;

class DialogueReaderTest {

    private final DialogueReader reader = new DialogueReader();

    @Test
    void should_read_text_choice_and_option_turns() throws Exception {
        List<Dialogue> dialogues = reader.parse("d.jsonl", """
                {"id": "d1", "variant": "plain", "turns": [{"text": "Zgubiłem dowód", "expect": {"kind": "answer", "topic": "dowod-osobisty"}}, {"option": 2, "expect": {"kind": "answer", "topic": "odpady", "facts": [["MPO"]]}}, {"choice": "none", "expect": {"kind": "fallback"}}, {"text": "dzięki", "expect": {"kind": "smalltalk"}}]}
                """);

        Dialogue dialogue = dialogues.getFirst();
        assertEquals("d1", dialogue.id());
        assertEquals(4, dialogue.turns().size());
        assertEquals("Zgubiłem dowód", dialogue.turns().get(0).text());
        assertEquals(2, dialogue.turns().get(1).option());
        assertEquals(List.of(List.of("MPO")), dialogue.turns().get(1).expect().facts());
        assertEquals("none", dialogue.turns().get(2).choice());
        assertNull(dialogue.turns().get(3).expect().topic());
        assertEquals("smalltalk", dialogue.turns().get(3).expect().kind());
    }

    @Test
    void should_read_the_language_a_turn_expects_and_refuse_one_not_served() throws Exception {
        Dialogue dialogue = reader.parse("d.jsonl", """
                {"id": "d1", "variant": "uk", "turns": [{"text": "а скільки це коштує?", "expect": {"kind": "clarify", "lang": "uk"}}]}
                """).getFirst();
        assertEquals("uk", dialogue.turns().getFirst().expect().lang());

        QuestionFileException error = assertThrows(QuestionFileException.class, () -> reader.parse("d.jsonl", """
                {"id": "d1", "turns": [{"text": "a", "expect": {"kind": "clarify", "lang": "ru"}}]}
                """));
        assertTrue(error.getMessage().startsWith("d.jsonl:1: turn 1: 'expect.lang' must be one of en, pl, uk"), error.getMessage());
    }

    @Test
    void should_name_the_line_and_turn_of_a_bad_turn() {
        QuestionFileException error = assertThrows(QuestionFileException.class, () -> reader.parse("d.jsonl", """
                {"id": "d1", "turns": [{"text": "a", "expect": {"kind": "answer"}}]}
                {"id": "d2", "turns": [{"text": "a", "expect": {"kind": "answer"}}, {"text": "b", "expect": {"kind": "joke"}}]}
                """));

        assertTrue(error.getMessage().startsWith("d.jsonl:2: turn 2: 'expect.kind' must be one of"), error.getMessage());
    }

    @Test
    void should_refuse_a_turn_with_both_text_and_option() {
        QuestionFileException error = assertThrows(QuestionFileException.class, () -> reader.parse("d.jsonl",
                "{\"id\": \"d1\", \"turns\": [{\"text\": \"1\", \"option\": 1, \"expect\": {\"kind\": \"answer\"}}]}"));

        assertTrue(error.getMessage().contains("exactly one of"), error.getMessage());
    }
}
