package pl.krakow.kck.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.language.LanguageTexts;

/** {@code ./kck ask} answers as the service does: in the question's language, from its edition. */
class AskCommandTest {

    private static Reply ask(String question) throws Exception {
        return AskCommand.ask(TestAssistant.settings("jdbc:h2:mem:unused", TestAssistant.roomy(), TestAssistant.noTelegram()),
                TestAssistant.reports(), question);
    }

    @Test
    void should_answer_an_english_question_in_english_and_a_polish_one_in_polish() throws Exception {
        Reply english = ask("I lost my ID card, what should I do?");
        assertEquals(Language.EN, english.language(), english.text());
        assertEquals(ReplyKind.ANSWER, english.kind(), english.text());
        assertEquals("dowod-zgubiony", english.article().id());
        Reply polish = ask("zgubiłem dowód osobisty, co robić?");
        assertEquals(Language.PL, polish.language(), polish.text());
        assertEquals("dowod-zgubiony", polish.article().id());
    }

    @Test
    void should_say_which_languages_it_speaks_to_a_russian_question() throws Exception {
        Reply russian = ask("Где оплатить парковку в центре Кракова?");
        assertEquals(ReplyKind.FALLBACK, russian.kind());
        assertEquals(null, russian.article());
        assertEquals(new LanguageTexts().unserved(), russian.text(), "the Ukrainian and English reply, not the Polish fallback");
    }
}
