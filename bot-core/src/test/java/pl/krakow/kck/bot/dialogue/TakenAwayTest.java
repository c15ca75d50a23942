package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.retrieval.QueryConcept;

class TakenAwayTest {

    private final TakenAway without = new TakenAway(List.of(WordPattern.of("без"), WordPattern.of("без цієї"), WordPattern.of("without the")));

    private static QueryConcept concept(String typed) {
        return new QueryConcept(typed, Set.of(typed), 2.0, false);
    }

    @Test
    void should_tell_a_thing_taken_away_right_after_the_word_or_the_phrase() {
        assertTrue(without.of(WordPattern.tokens("а без карти?"), concept("карти")));
        assertTrue(without.of(WordPattern.tokens("а без цієї карти?"), concept("карти")));
        assertTrue(without.of(WordPattern.tokens("and without the card?"), concept("card")));
    }

    @Test
    void should_not_take_away_a_thing_the_word_does_not_stand_before() {
        assertFalse(without.of(WordPattern.tokens("а карта без фото?"), concept("карта")), "the card is named, the photo taken away");
        assertFalse(without.of(WordPattern.tokens("а на паспорт?"), concept("паспорт")));
        assertFalse(without.of(WordPattern.tokens("а без"), concept("карти")), "nothing after the word");
    }
}
