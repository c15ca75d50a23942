package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class WordPatternTokensTest {

    @Test
    void should_split_a_message_asked_again_the_same_way_whatever_a_caller_did_with_its_words() {
        String message = "A ile kosztuje nowy Dowód?!";
        String[] first = WordPattern.tokens(message);
        assertArrayEquals(new String[] {"a", "ile", "kosztuje", "nowy", "dowod"}, first);

        first[4] = "paszport";

        assertArrayEquals(new String[] {"a", "ile", "kosztuje", "nowy", "dowod"}, WordPattern.tokens(message));
    }

    @Test
    void should_split_every_text_of_a_long_conversation_as_it_reads_even_past_the_texts_kept() {
        for (int i = 0; i < WordPattern.RECENT_TEXTS * 3; i++) {
            assertArrayEquals(new String[] {"pytanie", String.valueOf(i)}, WordPattern.tokens("pytanie " + i));
        }
        assertArrayEquals(new String[0], WordPattern.tokens("?!"));
        assertArrayEquals(new String[0], WordPattern.tokens(null));
    }
}
