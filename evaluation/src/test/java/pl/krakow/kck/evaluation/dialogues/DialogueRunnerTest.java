package pl.krakow.kck.evaluation.dialogues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.krakow.kck.bot.knowledge.KnowledgeBase;
import pl.krakow.kck.bot.reports.CategoryCatalogue;
import pl.krakow.kck.evaluation.TestData;

class DialogueRunnerTest {

    private static final Path CATEGORIES = Path.of("../faq-corpus/reports/categories.json");

    @Test
    void should_run_every_turn_in_one_conversation_and_score_follow_ups(@TempDir Path folder) throws Exception {
        KnowledgeBase knowledgeBase = TestData.smallKnowledgeBase(folder);
        List<Dialogue> dialogues = new DialogueReader().parse("d.jsonl", """
                {"id": "d1", "variant": "plain", "turns": [{"text": "Kiedy odbierane są śmieci?", "expect": {"kind": "answer", "topic": "odpady"}}, {"text": "Ile kosztuje wyrobienie dowodu osobistego?", "expect": {"kind": "answer", "topic": "dowod-osobisty", "facts": [["bezpłatne"]]}}, {"text": "dziękuję", "expect": {"kind": "smalltalk"}}]}
                {"id": "d2", "variant": "typo", "turns": [{"text": "Kiedy odbierane są śmieci?", "expect": {"kind": "answer", "topic": "odpady"}}, {"text": "Co zrobić, gdy zgubię dowód osobisty?", "expect": {"kind": "answer", "topic": "odpady"}}]}
                """);
        Clock clock = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);

        List<TurnOutcome> outcomes;
        try (ServedAssistant assistant = new ServedAssistant(folder, CategoryCatalogue.load(CATEGORIES), clock)) {
            outcomes = new DialogueRunner(assistant.service(), knowledgeBase::article, 0).run(dialogues);
        }

        assertEquals(5, outcomes.size());
        assertTrue(outcomes.get(1).met(), DialogueReport.describe(outcomes.get(1)));
        assertTrue(outcomes.get(2).met(), DialogueReport.describe(outcomes.get(2)));
        assertFalse(outcomes.get(4).met());
        assertTrue(outcomes.get(4).wrongTopicAnswer());
        DialogueScores scores = DialogueScores.of(outcomes);
        assertEquals(2, scores.dialogues());
        assertEquals(3, scores.followups());
        assertEquals(0.5, scores.dialogueSuccess().value().orElseThrow());
        assertEquals(0.5, scores.followupWrongTopicAnswers().value().orElseThrow());
        assertEquals(1.0, DialogueScores.byVariant(outcomes).get("plain").dialogueSuccess().value().orElseThrow());
    }

    @Test
    void should_run_ukrainian_and_english_turns_through_the_language_routing_and_score_the_reply_language(@TempDir Path folder)
            throws Exception {
        KnowledgeBase knowledgeBase = TestData.smallKnowledgeBase(folder);
        List<Dialogue> dialogues = new DialogueReader().parse("d.jsonl", """
                {"id": "u1", "variant": "uk", "turns": [{"text": "а скільки це коштує?", "expect": {"kind": "clarify", "lang": "uk"}}, {"text": "дякую", "expect": {"kind": "smalltalk", "lang": "uk"}}]}
                {"id": "e1", "variant": "en", "turns": [{"text": "thank you very much", "expect": {"kind": "smalltalk", "lang": "pl"}}]}
                """);
        Clock clock = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);

        List<TurnOutcome> outcomes;
        try (ServedAssistant assistant = new ServedAssistant(folder, CategoryCatalogue.load(CATEGORIES), clock)) {
            outcomes = new DialogueRunner(assistant.service(), knowledgeBase::article, 0).run(dialogues);
        }

        assertEquals("uk", outcomes.get(0).lang());
        assertTrue(outcomes.get(0).met(), DialogueReport.describe(outcomes.get(0)));
        assertTrue(outcomes.get(1).met(), DialogueReport.describe(outcomes.get(1)));
        assertEquals("en", outcomes.get(2).lang());
        assertFalse(outcomes.get(2).met(), "a smalltalk reply in English where Polish was expected");
        assertTrue(DialogueReport.describe(outcomes.get(2)).endsWith(", in en not pl"), DialogueReport.describe(outcomes.get(2)));
        assertEquals(2.0 / 3, DialogueScores.of(outcomes).replyLanguage().value().orElseThrow(), 1e-9);
    }
}
