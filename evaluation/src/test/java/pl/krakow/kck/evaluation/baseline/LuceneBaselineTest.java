package pl.krakow.kck.evaluation.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.knowledge.KnowledgeBase;
import pl.krakow.kck.bot.retrieval.Candidate;
import pl.krakow.kck.bot.retrieval.SearchResult;
import pl.krakow.kck.evaluation.TestData;

class LuceneBaselineTest {

    @Test
    void should_rank_the_matching_article_first_with_full_coverage(@TempDir Path folder) throws IOException {
        KnowledgeBase knowledgeBase = TestData.smallKnowledgeBase(folder);
        for (Baseline baseline : Baseline.values()) {
            try (LuceneBaseline retriever = baseline.build(knowledgeBase)) {
                SearchResult result = retriever.search("Kiedy odbierane są śmieci?", 8);

                assertEquals("odpady-harmonogram", result.best().orElseThrow().article().id(), baseline.label());
                assertTrue(result.candidates().stream().mapToDouble(Candidate::coverage).allMatch(c -> c == 1.0));
                assertTrue(retriever.article("dowod-oplata").isPresent());
            }
        }
    }

    @Test
    void should_stem_polish_words_with_stempel_only(@TempDir Path folder) throws IOException {
        KnowledgeBase knowledgeBase = TestData.smallKnowledgeBase(folder);
        try (LuceneBaseline standard = Baseline.STANDARD.build(knowledgeBase);
             LuceneBaseline stempel = Baseline.STEMPEL.build(knowledgeBase)) {
            assertEquals(List.of("zgubionego", "dowodu"), standard.tokens("Zgubionego dowodu"));
            assertTrue(stempel.search("zgubionego", 8).candidates().stream()
                    .anyMatch(c -> c.article().id().equals("dowod-zgubiony")));
        }
    }

    @Test
    void should_answer_through_the_dialogue_engine_or_fall_back_when_nothing_matches(@TempDir Path folder) throws IOException {
        KnowledgeBase knowledgeBase = TestData.smallKnowledgeBase(folder);
        try (LuceneBaseline retriever = Baseline.STANDARD.build(knowledgeBase)) {
            DialogueEngine engine = new DialogueEngine(() -> retriever, new AnswerPolicy());

            assertEquals(ReplyKind.ANSWER, engine.reply("harmonogram wywozu odpadów", null, List.of()).kind());
            assertEquals(ReplyKind.FALLBACK, engine.reply("xyzzy qwerty", null, List.of()).kind());
            assertEquals(ReplyKind.FALLBACK, engine.reply("?!", null, List.of()).kind());
        }
    }
}
