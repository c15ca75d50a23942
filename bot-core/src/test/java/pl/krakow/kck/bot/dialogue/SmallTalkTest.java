package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/** Small talk, and the part of it that comes before the handoff rules. */
class SmallTalkTest {

    private final SmallTalk smallTalk = new SmallTalk();

    @Test
    void should_answer_a_question_whether_it_is_a_bot_or_a_person_in_each_language_before_the_handoff_rules() {
        for (String question : List.of("hello, are you a bot or a real person?", "are you human?", "am I talking to a bot?",
                "jesteś botem czy człowiekiem?", "czy rozmawiam z prawdziwym człowiekiem?", "ти бот чи жива людина?",
                "Привіт, я розмовляю з ботом?")) {
            assertTrue(SmallTalk.beforeHandoff(question), question);
            assertEquals(Optional.of(Messages.text(Language.EN.lang(), "dialogue.identity")),
                    Lang.speaking(Language.EN.lang(), () -> smallTalk.reply(question)), question);
        }
    }

    @Test
    void should_leave_a_request_for_a_person_to_the_handoff_rules_even_when_it_is_small_talk() {
        for (String request : List.of("człowiek", "bot", "real person", "I want a real person", "chcę rozmawiać z człowiekiem",
                "жива людина", "ok", "tak", "hello")) {
            assertFalse(SmallTalk.beforeHandoff(request), request);
        }
        assertTrue(smallTalk.reply("człowiek").isPresent(), "still small talk when no handoff rule takes it");
    }

    @Test
    void should_answer_thanks_and_goodbyes_before_the_handoff_rules() {
        for (String text : List.of("thanks", "ok bye", "thanks a lot", "dziękuję", "dzieki", "дякую", "добре, дякую, до побачення")) {
            assertTrue(SmallTalk.beforeHandoff(text), text);
        }
    }

    @Test
    void should_take_thanks_for_something_as_thanks_but_not_a_question_after_them() {
        for (String text : List.of("super dzieki za info", "dziękuję za pomoc, do widzenia", "thanks for your help!", "дякую за відповідь",
                "окей, дякую", "hi there")) {
            assertTrue(smallTalk.reply(text).isPresent(), text);
        }
        assertTrue(SmallTalk.beforeHandoff("dzięki za szybką odpowiedź"));
        assertFalse(smallTalk.reply("dzięki za info, a ile kosztuje paszport?").isPresent(), "a question after the thanks is searched");
    }

    @Test
    void should_take_thanks_said_at_more_length_and_a_signed_off_goodbye_as_small_talk() {
        for (String text : List.of("dziękuję bardzo, bardzo mi pan pomógł", "dzięki, pozdrawiam", "uprzejmie dziękuję, pozdrawiam serdecznie",
                "stokrotne dzięki, miłego weekendu", "thank you so much, kind regards", "дуже дякую, всього доброго")) {
            assertTrue(smallTalk.reply(text).isPresent(), text);
            assertTrue(SmallTalk.beforeHandoff(text), text);
        }
        assertFalse(smallTalk.reply("pozdrawiam, ile kosztuje paszport?").isPresent(), "a question after the goodbye is searched");
    }

    @Test
    void should_take_a_colloquial_goodbye_as_small_talk_even_after_a_handoff_offer() {
        for (String text : List.of("dobra nara", "dobra, spadam", "ok narka", "to lecę, dzięki", "czołem")) {
            assertTrue(smallTalk.reply(text).isPresent(), text);
            assertTrue(SmallTalk.beforeHandoff(text), text);
        }
        assertFalse(smallTalk.reply("lecę do Londynu, jaki paszport?").isPresent(), "a question after the word is searched");
    }
}
