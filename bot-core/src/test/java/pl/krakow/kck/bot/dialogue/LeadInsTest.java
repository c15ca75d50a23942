package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.language.Language;

/** The words that only frame a message are left out of what is searched. */
class LeadInsTest {

    private final LeadIns polish = LeadIns.of(Language.PL);

    @Test
    void should_search_what_follows_the_words_that_only_frame_it() {
        assertEquals("a jak zgłosić hałasującego sąsiada w nocy?", polish.strip("dobra, a jak zgłosić hałasującego sąsiada w nocy?"));
        assertEquals("meldunek", polish.strip("sory, chciałam zaptać o meldunek"));
        assertEquals("bilety", polish.strip("chodziło mi o bilety"));
        assertEquals("muszę wyciąć drzewo", polish.strip("A teraz inna sprawa: muszę wyciąć drzewo"));
        assertEquals("can I pay by card in the tram?", LeadIns.of(Language.EN).strip("ok another question, can I pay by card in the tram?"));
        assertEquals("а телефон вашої інфолінії який?", LeadIns.of(Language.UK).strip("ясно. а телефон вашої інфолінії який?"));
    }

    @Test
    void should_search_what_follows_a_greeting() {
        assertEquals("ile kosztuje prawo jazdy?", polish.strip("Dzień dobry, ile kosztuje prawo jazdy?"));
        assertEquals("dowodu", polish.strip("hej, mam pytanie odnosnie dowodu"));
        assertEquals("how much is a 24 hour ticket", LeadIns.of(Language.EN).strip("hi there, how much is a 24 hour ticket"));
        assertEquals("скільки коштує квиток?", LeadIns.of(Language.UK).strip("Добрий день! Скільки коштує квиток?".replace("Скільки", "скільки")));
        assertEquals("dzień dobry", polish.strip("dzień dobry"));
    }

    @Test
    void should_leave_a_message_made_only_of_them_or_without_them_as_it_is() {
        assertEquals("ok dzięki", polish.strip("ok dzięki"));
        assertEquals("jak wyrobić dowód osobisty?", polish.strip("jak wyrobić dowód osobisty?"));
    }
}
