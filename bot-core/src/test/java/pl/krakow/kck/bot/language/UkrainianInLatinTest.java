package pl.krakow.kck.bot.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class UkrainianInLatinTest {

    private static List<String> words(String text) {
        return Arrays.asList(text.split(" "));
    }

    @Test
    void should_read_the_national_and_informal_schemes_as_ukrainian_words() {
        assertEquals("отримати", LatinReadings.bestUkrainian("otrymaty").orElseThrow());
        assertEquals("коштує", LatinReadings.bestUkrainian("koshtuje").orElseThrow());
        assertEquals("коштує", LatinReadings.bestUkrainian("koshtuye").orElseThrow());
        assertEquals("дякую", LatinReadings.bestUkrainian("dyakuyu").orElseThrow());
        assertEquals("хвилин", LatinReadings.bestUkrainian("khvylyn").orElseThrow());
        assertEquals("що", LatinReadings.bestUkrainian("shcho").orElseThrow());
        assertEquals("скільки", LatinReadings.bestUkrainian("skilky").orElseThrow());
    }

    @Test
    void should_put_back_a_soft_sign_the_latin_spelling_left_out() {
        assertEquals("водійські", LatinReadings.bestUkrainian("vodiyski").orElseThrow());
    }

    @Test
    void should_take_ukrainian_in_latin_letters_for_ukrainian_but_not_polish_without_its_letters() {
        assertTrue(UkrainianInLatin.reads(words("yak otrymaty pesel")));
        assertTrue(UkrainianInLatin.reads(words("de zrobyty meldunok")));
        assertTrue(UkrainianInLatin.reads(words("dyakuyu")));
        assertFalse(UkrainianInLatin.reads(words("jak wyrobic dowod osobisty")));
        assertFalse(UkrainianInLatin.reads(words("tak")));
        assertFalse(UkrainianInLatin.reads(words("merci")));
        assertFalse(UkrainianInLatin.reads(words("ile kosztuje bilet miesieczny")));
    }

    @Test
    void should_write_ukrainian_words_in_cyrillic_and_keep_polish_office_words() {
        assertEquals("як отримати pesel", UkrainianInLatin.toCyrillic("yak otrymaty pesel"));
        assertEquals("скільки коштує karta pobytu?", UkrainianInLatin.toCyrillic("skilky koshtuye karta pobytu?"));
        assertEquals("Karmelicka 12", UkrainianInLatin.toCyrillic("Karmelicka 12"));
        assertEquals("скільки коштує PIT", UkrainianInLatin.toCyrillic("skilky koshtuye PIT"));
    }

    @Test
    void should_leave_latin_words_typed_among_cyrillic_ones() {
        assertFalse(UkrainianInLatin.latinOnly("e-meldunek через gov.pl платний?"));
        assertTrue(UkrainianInLatin.latinOnly("a na 24 hodyny?"));
    }

    @Test
    void should_write_the_short_words_polish_shares_in_cyrillic_in_a_ukrainian_message() {
        assertEquals("де зробити meldunok", UkrainianInLatin.toCyrillic("de zrobyty meldunok"));
        assertEquals("jak wyrobic dowod", UkrainianInLatin.toCyrillic("jak wyrobic dowod"));
    }
}
