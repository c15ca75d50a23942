package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.retrieval.ArticleIndex;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/** Life events over the real knowledge base: sympathy or congratulations where fitting, then the matters. */
class LifeEventsTest {

    private static ArticleIndex index;
    private static DialogueEngine engine;

    @BeforeAll
    static void build() {
        index = Fixtures.corpusIndex();
        engine = new DialogueEngine(() -> index, new AnswerPolicy());
    }

    @Test
    void should_offer_the_matters_after_a_death_with_a_word_of_sympathy() {
        DialogueEngine.Turn turn = engine.turn("mąż zmarł wczoraj, co mam załatwić w urzędzie?", null, List.of(), DialogueState.EMPTY);
        Reply reply = turn.reply();
        assertEquals(ReplyKind.ANSWER, reply.kind());
        assertTrue(reply.text().startsWith(Messages.text(Lang.PL, "dialogue.event.death")), reply.text());
        assertEquals("usc", reply.article().topic());
        assertTrue(reply.options().size() >= 3, reply.options().toString());
        assertTrue(reply.options().stream().allMatch(o -> o.id().startsWith(DialogueEngine.ARTICLE_OPTION)));
        assertEquals("usc", turn.state().topic());
        assertTrue(turn.state().hasSubject());
    }

    @Test
    void should_keep_to_the_subject_afterwards_without_listing_the_matters_again() {
        DialogueEngine.Turn first = engine.turn("teść zmarł, co dalej", null, List.of(), DialogueState.EMPTY);
        DialogueEngine.Turn next = engine.turn("a ile mam na to czasu?", null, first.reply().options(), first.state());
        assertEquals("usc", next.reply().article().topic());
        DialogueEngine.Turn again = engine.turn("zmarł mi tata, gdzie dostanę akt zgonu?", null, List.of(), next.state());
        assertFalse(again.reply().text().startsWith(Messages.text(Lang.PL, "dialogue.event.death")), again.reply().text());
    }

    @Test
    void should_list_the_matters_of_a_move_without_sympathy() {
        Reply reply = engine.reply("przeprowadzam się z Rzeszowa do Krakowa, co muszę załatwić?", null, List.of());
        assertEquals("meldunek", reply.article().topic());
        assertTrue(reply.text().startsWith(Messages.text(Lang.PL, "dialogue.event.moving")), reply.text());
        assertTrue(reply.options().stream().anyMatch(o -> o.id().equals(DialogueEngine.ARTICLE_OPTION + "dowod-przeprowadzka")));
    }

    @Test
    void should_answer_a_clear_question_told_with_an_event_and_open_it_with_the_event() {
        Reply reply = engine.reply("zgubiłam portfel, jak zgłosić utratę dowodu osobistego?", null, List.of());
        assertEquals(ReplyKind.ANSWER, reply.kind());
        assertEquals("dowod-osobisty", reply.article().topic());
        assertTrue(reply.text().startsWith(Messages.text(Lang.PL, "dialogue.event.lost-wallet")), reply.text());
    }

    @Test
    void should_hear_a_question_for_all_there_is_to_see_to_in_every_language() {
        assertTrue(LifeEvents.of(Language.EN).asksAllMatters("my father died yesterday, what do I have to take care of?"));
        assertTrue(LifeEvents.of(Language.PL).asksAllMatters("tata zmarł wczoraj, co muszę załatwić?"));
        assertTrue(LifeEvents.of(Language.UK).asksAllMatters("тато помер учора, що треба оформити?"));
        assertFalse(LifeEvents.of(Language.EN).asksAllMatters("my father died, where do I get the death certificate?"));
        assertFalse(LifeEvents.of(Language.PL).asksAllMatters("zmarł mi tata, gdzie dostanę akt zgonu?"));
    }

    @Test
    void should_leave_a_question_about_the_matter_itself_alone() {
        Reply reply = engine.reply("jak zgłosić zgon?", null, List.of());
        assertEquals("usc", reply.article().topic());
        assertFalse(reply.text().startsWith(Messages.text(Lang.PL, "dialogue.event.death")));
    }

    @Test
    void should_name_only_articles_of_the_knowledge_base() {
        for (LifeEvents.Event event : new LifeEvents().events()) {
            for (String id : event.matters()) {
                assertTrue(index.article(id).isPresent(), event.name() + ": " + id);
            }
            assertTrue(Messages.has("dialogue.event." + event.name()) && Messages.has("dialogue.event." + event.name() + ".matters"), event.name());
        }
    }

    @Test
    void should_refuse_an_event_without_matters() {
        WordLists lists = WordLists.parse("events.txt", "event death: zmarł", Set.of(), LifeEvents.EVENT);
        assertThrows(WordLists.Invalid.class, () -> new LifeEvents(lists));
    }
}
