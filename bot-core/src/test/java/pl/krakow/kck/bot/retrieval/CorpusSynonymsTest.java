package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.dialogue.ReplyKind;

/**
 * The synonym groups of the shipped knowledge base (faq-corpus/articles/synonyms.txt) read the words residents use
 * for what the articles say in other words: "za darmo" for "bezpłatnie", "krwiodawca" for "dawca krwi".
 */
class CorpusSynonymsTest {

    private static ArticleIndex index;

    @BeforeAll
    static void open() {
        index = Fixtures.corpusIndex();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "czy Karta Krakowska jest za darmo?|karta-krakowska",
            "czy honorowy krwiodawca jeździ za darmo|komunikacja",
    })
    void should_answer_a_question_in_the_residents_words_for_what_an_article_says_in_others(String question, String topic) {
        AnswerPolicy.Decision decision = new AnswerPolicy().decide(index.search(question, 5));
        assertEquals(ReplyKind.ANSWER, decision.kind(), question);
        assertEquals(topic, decision.best().article().topic(), question);
    }
}
