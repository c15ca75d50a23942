package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.language.Language;

/** Polish office words written in Cyrillic, read in the Ukrainian edition of the real knowledge base. */
class PolishInCyrillicTest {

    private static LiveIndex index;

    @BeforeAll
    static void open() {
        index = Fixtures.corpusEditions();
    }

    private static List<QueryConcept> concepts(String question) throws IOException {
        return index.edition(Language.UK).get().concepts(question);
    }

    @Test
    void should_spell_the_sounds_of_polish_as_polish_letters_likeliest_first() {
        assertEquals("jazdy", PolishInCyrillic.spellings("язди").stream().filter(s -> s.startsWith("j")).findFirst().orElseThrow());
        assertTrue(PolishInCyrillic.spellings("урзонд").contains("urzad"), "a nasal vowel before a consonant");
        assertTrue(PolishInCyrillic.spellings("обивательський").contains("obywatelski"), "the adjective ending");
        assertTrue(PolishInCyrillic.spellings("шкода").getFirst().startsWith("szk"));
        assertTrue(PolishInCyrillic.spellings("слово").size() <= PolishInCyrillic.MAX_SPELLINGS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "скільки коштує заміна польського право язди?|язди|jazda",
            "коли голосування в бюджет обивательський?|обивательський|obywatelski",
    })
    void should_read_a_cyrillic_word_no_article_holds_as_the_polish_word_it_sounds_like(String question, String typed, String lemma)
            throws IOException {
        QueryConcept concept = concepts(question).stream().filter(c -> c.text().startsWith(typed)).findFirst().orElseThrow();
        assertTrue(concept.terms().contains(lemma), concept.toString());
        assertTrue(concept.corrected() && concept.certain(), concept.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "де купити квиток на трамвай?|трамвай",
            "сусіди кожну ніч громко слухають музику|громко",
    })
    void should_leave_a_word_the_articles_hold_or_no_polish_word_renders_as_typed(String question, String typed) throws IOException {
        QueryConcept concept = concepts(question).stream().filter(c -> c.text().startsWith(typed)).findFirst().orElseThrow();
        assertFalse(concept.corrected(), concept.toString());
    }

    @Test
    void should_not_read_cyrillic_as_polish_in_the_polish_edition() throws IOException {
        QueryConcept concept = index.edition(Language.PL).get().concepts("бюджет обивательський").getLast();
        assertFalse(concept.corrected(), concept.toString());
    }
}
