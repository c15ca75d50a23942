package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.language.Language;

class EnglishStemAnalyzerTest {

    @Test
    void should_keep_the_parking_zone_apart_from_the_green_parks() {
        TextAnalyzer english = TextAnalyzer.of(Language.EN);
        assertEquals(english.word("park").lemmas(), english.word("parks").lemmas());
        assertNotEquals(english.word("parks").lemmas(), english.word("parking").lemmas(), "who looks after the city parks?");
        assertEquals(english.word("ticket").lemmas(), english.word("tickets").lemmas(), "other words are stemmed as before");
    }
}
