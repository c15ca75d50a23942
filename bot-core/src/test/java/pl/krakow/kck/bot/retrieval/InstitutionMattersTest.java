package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;


import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.language.Language;

/** A question about another institution's matter is answered from an article only when it names that article's topic too. */
class InstitutionMattersTest {

    private static LiveIndex index;

    @BeforeAll
    static void open() {
        index = Fixtures.corpusEditions();
    }

    private static AnswerPolicy.Decision decide(Language language, String question) {
        SearchResult result = index.edition(language).get().search(question, 5);
        assertNotNull(result.redirect(), question);
        return new AnswerPolicy().decide(result);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PL|jak rozliczyć PIT w Krakowie?",
            "PL|a gdzie w krakowie jest oddzial zus",
            "PL|jak rozliczyc pit za zeszly rok",
            "EN|how do I file a PIT return for last year in Krakow?",
            "UK|як подати PIT тут?",
            "UK|де податкова у Кракові?",
            "PL|jak przedłużyć kartę pobytu w Krakowie?",
            "UK|як мені продовжити карту побиту тут?",
    })
    void should_redirect_a_question_that_names_only_the_other_institutions_matter_however_well_an_article_covers_it(
            Language language, String question) {
        AnswerPolicy.Decision decision = decide(language, question);
        assertEquals(ReplyKind.FALLBACK, decision.kind(), question);
        assertNotNull(decision.redirect(), question);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PL|jak rozliczyć PIT w Krakowie, żeby dostać Kartę Krakowską?",
            "EN|do I have to file PIT in Krakow to get the Karta Krakowska?",
    })
    void should_keep_the_topic_the_question_names_besides_the_other_institutions_matter(Language language, String question) {
        SearchResult result = index.edition(language).get().search(question, 5);
        assertEquals(java.util.Optional.of(true), result.best().map(result::mayAnswerDespiteRedirect), question);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PL|czy dostanę Kartę Krakowską, jeśli płacę PIT tutaj?|karta-krakowska",
            "UK|я плачу PIT у Кракові, мені дадуть Karta Krakowska?|karta-krakowska",
            "EN|I pay PIT here, can I get the Karta Krakowska?|karta-krakowska",
            "UK|маю авто 2005 року і плачу PIT тут, можна їздити в SCT?|sct",
    })
    void should_answer_the_citys_matter_when_the_other_institutions_matter_is_only_paid_here(Language language, String question,
            String topic) {
        SearchResult result = index.edition(language).get().search(question, 5);
        AnswerPolicy.Decision decision = new AnswerPolicy().decide(result);
        assertEquals(ReplyKind.ANSWER, decision.kind(), question);
        assertEquals(topic, decision.best().article().topic(), question);
    }
}
