package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.text.Lang;

/** A resident picks an option on screen by its place, in words: "ta druga", "nr 2", "the second one", "другий варіант". */
class OptionPlaceTest {

    private static final List<Reply.Option> OFFERED = List.of(new Reply.Option("article:a", "Jak wyrobić dowód?"),
            new Reply.Option("article:b", "Ile kosztuje dowód?"), new Reply.Option("none", "Żadne z powyższych"));

    @Test
    void should_pick_the_option_a_resident_names_by_its_place() {
        for (String text : List.of("ta druga", "druga opcja", "nr 2", "numer 2", "drugą poproszę", "2.")) {
            assertEquals("article:b", Reply.picked(text, OFFERED), text);
        }
        assertEquals("article:a", Reply.picked("pierwsza", OFFERED));
        assertEquals("article:b", Lang.speaking(Language.EN.lang(), () -> Reply.picked("the second one", OFFERED)));
        assertEquals("article:b", Lang.speaking(Language.UK.lang(), () -> Reply.picked("другий варіант", OFFERED)));
    }

    @Test
    void should_pick_the_last_option_named_not_none_of_these_when_the_resident_says_the_last_one() {
        for (String text : List.of("ostatnia", "ta ostatnia", "ostatnią poproszę", "ostatnia opcja")) {
            assertEquals("article:b", Reply.picked(text, OFFERED), text);
        }
        assertEquals("article:b", Lang.speaking(Language.EN.lang(), () -> Reply.picked("the last one", OFFERED)));
        assertEquals("article:b", Lang.speaking(Language.UK.lang(), () -> Reply.picked("остання", OFFERED)));
        assertNull(Reply.picked("ostatnia", List.of(new Reply.Option("none", "Żadne z powyższych"))), "nothing named to pick");
    }

    @Test
    void should_pick_nothing_for_a_place_beyond_the_options_or_words_that_say_more() {
        assertNull(Reply.picked("piąta", OFFERED));
        assertNull(Reply.picked("drugi dowód", OFFERED), "a subject, not a place");
        assertNull(Reply.picked("ta druga", OFFERED, false), "where a number is an answer of its own, so is an ordinal");
    }
}
