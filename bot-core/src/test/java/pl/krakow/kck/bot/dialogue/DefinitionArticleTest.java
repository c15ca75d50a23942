package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.language.Language;

/** A resident who asks what something is gets the article written to say what it is, in every language. */
class DefinitionArticleTest {

    private static String answeredFrom(Language language, String question) {
        DialogueEngine engine = DialogueEngine.in(language, Fixtures.corpusEditions().edition(language), new AnswerPolicy());
        Reply reply = engine.reply(question, null, List.of());
        assertEquals(ReplyKind.ANSWER, reply.kind(), question + ": " + reply.text());
        return reply.article().id();
    }

    @Test
    void should_answer_what_the_driver_candidate_profile_is_from_the_article_that_defines_it() {
        assertEquals("prawojazdy-pkk-co-to", answeredFrom(Language.PL, "co to jest PKK?"));
        assertEquals("prawojazdy-pkk-co-to", answeredFrom(Language.UK, "що таке PKK?"));
        assertEquals("prawojazdy-pkk-co-to", answeredFrom(Language.EN, "what is a PKK?"));
    }

    @Test
    void should_answer_what_the_krakow_card_is_from_the_article_that_defines_it() {
        assertEquals("karta-co-to-jest", answeredFrom(Language.PL, "czym jest Karta Krakowska"));
        assertEquals("karta-co-to-jest", answeredFrom(Language.UK, "що таке Karta Krakowska?"));
        assertEquals("karta-co-to-jest", answeredFrom(Language.EN, "what is the Kraków Card?"));
    }

    @Test
    void should_not_take_a_question_asking_something_of_the_thing_for_a_bare_definition() {
        FollowUps polish = new FollowUps();
        assertEquals(true, polish.asksOnlyDefinition("co to jest PKK?"));
        assertEquals(false, polish.asksOnlyDefinition("co to jest PKK i gdzie go wyrobię?"), "it asks the place too");
        assertEquals(false, FollowUps.of(Language.EN).asksOnlyDefinition("what's the fine for riding without a ticket?"));
        assertEquals(true, polish.definitionTitle("Czym jest Profil Kandydata na Kierowcę i kiedy muszę go wyrobić?"));
        assertEquals(false, FollowUps.of(Language.EN).definitionTitle("How do I get the Karta Krakowska (Kraków Card)?"));
    }
}
