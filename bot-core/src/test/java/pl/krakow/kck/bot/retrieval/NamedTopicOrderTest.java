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

/** The topic a resident names decides over an article of another topic that shares only the rest of the question. */
class NamedTopicOrderTest {

    private static LiveIndex live;
    private static Retriever index;

    @BeforeAll
    static void open() {
        live = Fixtures.corpusEditions();
        index = live.edition(Language.PL).get();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the passport's validity shares "długo" and "ważny", but never names the Karta Krakowska
            "Na jak długo ważna jest Karta Krakowska?|karta-krakowska",
            "jak dlugo wazna jest karta krakowska|karta-krakowska",
            // the City Hall's buildings share the address, but the resident asks about a passport
            "Czy paszport załatwię w urzędzie miasta na Powstania Warszawskiego?|paszport",
    })
    void should_answer_from_the_topic_the_question_names(String question, String topic) {
        SearchResult result = index.search(question, 8);
        assertEquals(topic, result.best().orElseThrow().article().topic(), question);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // "płatny" is a word of the paid parking zone's name, but the first article answers the e-meldunek it names
            "czy e-meldunek jest płatny|meldunek",
            "ile kosztuje wyrobienie paszportu|paszport",
    })
    void should_keep_the_first_article_when_it_holds_the_name_of_its_own_topic(String question, String topic) {
        assertEquals(topic, index.search(question, 8).best().orElseThrow().article().topic(), question);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ile wynosi kwota wolna od podatku?",
            "mandat od policji za prędkość gdzie zapłacić?",
    })
    void should_say_whose_matter_an_income_tax_or_police_question_is(String question) {
        SearchResult result = index.search(question, 8);
        assertNotNull(result.redirect(), question);
        assertEquals(ReplyKind.FALLBACK, new AnswerPolicy().decide(result).kind(), question);
    }
}
