package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.language.Language;

/** Which words of a question are words of its language that no article holds ({@link QueryConcept#outside()}). */
class OutsideWordsTest {

    private static LiveIndex index;

    @BeforeAll
    static void open() {
        index = Fixtures.corpusEditions();
    }

    private static List<String> outside(Language language, String question) throws IOException {
        return index.edition(language).get().concepts(question).stream()
                .filter(QueryConcept::outside).map(QueryConcept::text).toList();
    }

    @Test
    void should_tell_an_english_word_no_article_holds() throws IOException {
        assertEquals(List.of("pension"), outside(Language.EN, "my pension and the passport office"));
    }

    @Test
    void should_not_count_a_typo_a_name_or_a_number_as_outside() throws IOException {
        assertEquals(List.of(), outside(Language.EN, "how much is a pasport for 2 kids"));
        assertEquals(List.of(), outside(Language.EN, "where is Xqzwv street?"));
    }

    @Test
    void should_tell_a_polish_noun_no_article_holds_but_not_a_verb() throws IOException {
        assertEquals(List.of("żyrafę"), outside(Language.PL, "czy mogę trzymać żyrafę w urzędzie?"));
    }
}
