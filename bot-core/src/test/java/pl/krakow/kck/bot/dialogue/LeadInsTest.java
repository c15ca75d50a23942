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

    @Test
    void should_read_the_question_that_follows_banter_set_aside() {
        assertEquals("jak zameldować dziecko?", polish.afterAside("opowiedz kawał! a poważnie, jak zameldować dziecko?"));
        assertEquals("gdzie zapłacę za parking?", polish.afterAside("haha dobre, żarty na bok: gdzie zapłacę za parking?"));
        assertEquals("how do I register my address?", LeadIns.of(Language.EN).afterAside("tell me a joke. But seriously, how do I register my address?"));
        assertEquals("де оформити паспорт?", LeadIns.of(Language.UK).afterAside("розкажи анекдот. а серйозно, де оформити паспорт?"));
        assertEquals("opowiedz kawał, a poważnie", polish.afterAside("opowiedz kawał, a poważnie"), "nothing follows: the message as it is");
        assertEquals("jak wyrobić dowód?", polish.afterAside("jak wyrobić dowód?"));
    }

    @Test
    void should_answer_the_question_after_a_request_for_a_joke_not_refuse_the_whole_message() {
        DialogueEngine engine = new DialogueEngine(pl.krakow.kck.bot.Fixtures::corpusIndex, new AnswerPolicy());
        Reply reply = engine.reply("opowiedz kawał, a tak na serio: ile kosztuje wymiana dowodu osobistego?", null, java.util.List.of());
        assertEquals(ReplyKind.ANSWER, reply.kind(), reply.text());
        assertEquals("dowod-osobisty", reply.article().topic());
    }
}
