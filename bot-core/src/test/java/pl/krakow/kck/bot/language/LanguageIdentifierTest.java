package pl.krakow.kck.bot.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    private static LanguageIdentifier identifier;

    @BeforeAll
    static void loadModels() {
        identifier = new LanguageIdentifier(new LinguaDetector());
    }

    private static String first(String text) {
        return identifier.identify(text, null).code();
    }

    @Test
    void should_tell_the_served_languages_apart_in_a_first_message() {
        assertEquals("pl", first("Jak wyrobić dowód osobisty?"));
        assertEquals("pl", first("gdzie wyrobic dowod osobisty"));
        assertEquals("uk", first("Як отримати посвідчення особи в Кракові?"));
        assertEquals("en", first("How do I get a parking permit in Kraków?"));
        assertEquals("en", first("Do you speak English?"));
    }

    @Test
    void should_read_a_ukrainian_question_with_polish_office_words_as_ukrainian() {
        assertEquals("uk", first("загубив dowód osobisty що робити"));
        assertEquals("uk", first("скільки коштує prawo jazdy"));
    }

    @Test
    void should_read_an_english_sentence_with_polish_office_words_as_english() {
        assertEquals("en", first("I lost my dowód osobisty"));
        assertEquals("en", first("where can I get a zaświadczenie o zameldowaniu"));
    }

    @Test
    void should_not_count_words_of_both_english_and_polish_as_polish() {
        assertEquals("en", first("left my legitymacja on a tram, what do i do"));
        assertEquals("en", first("we got a mandat from straż miejska, can we pay less"));
        assertEquals("en", first("cheap obiad in Podgórze?"));
        assertEquals("pl", first("a to do kiedy mam czas na meldunek"));
        assertEquals("pl", first("no i co mam zrobić z tym wnioskiem"));
    }

    @Test
    void should_read_polish_function_words_around_a_misread_word_as_polish() {
        // the detector reads the misspelt "sterfomat" as English; "co" and "jest" are Polish, no word English
        assertEquals("pl", first("co to jest sterfomat"));
        assertEquals("en", first("ten minutes parking"));
    }

    @Test
    void should_not_read_english_words_spelt_like_polish_ones_as_polish() {
        // "one", "by", "ten", "im", "u" are Polish function words too, but an English-speaking resident's here
        assertEquals("en", first("one ticket to Nowa Huta by tram"));
        assertEquals("en", first("im new here, u know where the office is"));
    }

    @Test
    void should_read_polish_office_names_with_english_words_as_english() {
        // no English function word: the English words of the English edition say it
        assertEquals("en", first("Urząd Miasta opening hours?"));
        assertEquals("en", first("my Karta Krakowska expired"));
        assertEquals("en", first("dowód osobisty replacement"));
        // a Polish sentence with an English word has Polish function words
        assertEquals("pl", first("jak zapłacić za parking przez app"));
        assertEquals("pl", first("karta krakowska odnowienie"));
    }

    @Test
    void should_keep_a_polish_conversation_polish_when_the_detector_leans_to_german() {
        assertEquals(Language.PL, identifier.identify("a telefon do nich?", Language.PL).served());
        assertEquals("other", identifier.identify("a telefon do nich?", null).code());
    }

    @Test
    void should_tell_ukrainian_from_russian_by_their_function_words() {
        assertEquals("uk", identifier.identify("в мене нема песеля, це проблема?", Language.UK).code());
        assertEquals("uk", first("в мене просрочений довуд, це проблема?"));
        assertEquals("ru", first("да, конечно"));
    }

    @Test
    void should_read_a_message_of_english_chat_words_only_as_english() {
        for (String reply : new String[] {"thx", "bye", "sure", "yes please", "nope"}) {
            assertEquals("en", first(reply), reply);
        }
        assertEquals("other", first("merci"));
    }

    @Test
    void should_keep_an_english_conversation_in_english_on_two_polish_words() {
        // the detector and the conversation agree on English; two Polish words around a name do not outweigh them
        assertEquals(Language.EN, identifier.identify("co to jest sterfomat", Language.EN).served());
        assertEquals(Language.PL, identifier.identify("co to jest sterfomat", null).served());
        assertEquals(Language.PL, identifier.identify("a co z tym dowodem dla dziecka", Language.EN).served());
    }

    @Test
    void should_prefer_english_to_a_close_unserved_language_when_english_words_are_there() {
        assertEquals("en", first("can a student do meldunek online or only in person?"));
        // a chat spelling of an English function word is English evidence too
        assertEquals("en", first("wich apps sell MPK tickets?"));
        assertEquals("other", first("Wo kann ich in Krakau einen Ausweis beantragen?"));
        assertEquals("other", first("Was kostet ein Ticket in Krakau?"));
    }

    @Test
    void should_not_serve_russian_or_other_languages() {
        Identified russian = identifier.identify("Где оплатить парковку в центре Кракова?", Language.UK);
        assertEquals("ru", russian.code());
        assertTrue(russian.unserved());
        assertNull(russian.served());
        assertEquals("ru", identifier.identify("Где оплатить парковку?", Language.UK).code());
        assertEquals("other", first("Wie melde ich meinen Wohnsitz in Krakau an?"));
        assertEquals("other", first("धन्यवाद"));
    }

    @Test
    void should_keep_the_conversations_language_for_messages_without_one() {
        for (String neutral : new String[] {"ok", "2", "KRK-2026-000123", "PESEL", "👍", "12 616 55 55"}) {
            Identified identified = identifier.identify(neutral, Language.UK);
            assertEquals(Identified.NEUTRAL, identified.code(), neutral);
            assertEquals(Language.UK, identified.served(), neutral);
        }
        assertNull(identifier.identify("ok", null).served());
    }

    @Test
    void should_switch_when_a_resident_clearly_writes_in_another_served_language() {
        assertEquals(Language.EN, identifier.identify("How much is the parking fee?", Language.PL).served());
        assertEquals(Language.PL, identifier.identify("ile kosztuje parkowanie w centrum", Language.EN).served());
    }

    @Test
    void should_keep_english_when_an_english_speaking_resident_names_a_polish_place() {
        for (String name : new String[] {"Długa 20", "ul. Grzegórzecka 15", "Rondo Mogilskie", "Plac Centralny"}) {
            assertEquals(Language.EN, identifier.identify(name, Language.EN).served(), name);
        }
        assertEquals(Language.PL, identifier.identify("gdzie jest urząd", Language.EN).served());
    }

    @Test
    void should_read_polish_letters_without_english_words_as_polish_without_asking_the_detector() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        LanguageIdentifier counting = new LanguageIdentifier(new LanguageDetector() {
            @Override
            public java.util.Map<String, Double> confidences(String text) {
                asked.incrementAndGet();
                return identifier.detector().confidences(text);
            }

            @Override
            public String name() {
                return "counting";
            }
        });
        assertEquals("pl", counting.identify("Gdzie zapłacę za wywóz śmieci?", null).code());
        assertEquals("pl", counting.identify("mieszkam w Krakowie, gdzie płacę za śmieci", Language.EN).code());
        assertEquals(0, asked.get());
        assertEquals("en", counting.identify("I lost my dowód osobisty", null).code());
        assertEquals("pl", counting.identify("gdzie wyrobic dowod osobisty", null).code());
        assertEquals(2, asked.get());
    }
}
