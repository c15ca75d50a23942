package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.language.Language;

/** Whether the English edition's first article holds a word of its own subject (the real knowledge base). */
class OwnWordsTest {

    private static LiveIndex index;

    @BeforeAll
    static void open() {
        index = Fixtures.corpusEditions();
    }

    private static Candidate first(String question) {
        return index.edition(Language.EN).get().search(question, 5).candidates().getFirst();
    }

    @ParameterizedTest
    @ValueSource(strings = {"how can a foreigner get a PESEL number?", "what documents do I need to buy a flat?"})
    void should_mark_an_article_matched_only_on_words_that_are_everybodys(String question) {
        assertFalse(first(question).grounded(), () -> question + " " + first(question));
    }

    @ParameterizedTest
    @ValueSource(strings = {"where can I drop off old paint and tyres?", "who do I call about noisy neighbours at 2am?",
            "how much does a polish ID card cost?"})
    void should_keep_an_article_holding_a_word_of_its_own_subject(String question) {
        assertTrue(first(question).grounded(), () -> question + " " + first(question));
    }
}
