package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolishDictionaryNounPhraseTest {

    @ParameterizedTest(name = "\"{0}\" ends a noun phrase: {1}")
    @CsvSource({"obywatelski, true", "Obywatelski, true", "mieszkańca, true", "mieszkanca, true", "urząd, true",
            "koło, false", "z, false", "niedaleko, false"})
    void should_read_a_word_the_same_when_asked_again(String word, boolean ends) {
        assertEquals(ends, PolishDictionary.endsNounPhrase(word));
        assertEquals(ends, PolishDictionary.endsNounPhrase(word), "remembered");
    }
}
