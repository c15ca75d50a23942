package pl.krakow.kck.bot.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.dialogue.AssistantService;
import pl.krakow.kck.bot.dialogue.ConversationEvents;
import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.retrieval.ArticleIndex;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.TestDatabases;

/** Asking whether the assistant is a bot, thanks and goodbyes are small talk, even where a handoff rule would read them. */
class SmallTalkBeforeHandoffTest {

    private final Database database = TestDatabases.h2();
    private final ArticleIndex index = Fixtures.index();
    private final TestClock clock = TestClock.warsaw("2026-12-07T10:00");
    private final ConversationRepository conversations = new ConversationRepository(database, clock);
    private final HandoffRepository cases = new HandoffRepository(database, clock);
    private final HandoffSettings settings = HandoffSettings.defaults();
    private final Handoffs handoffs = new Handoffs(conversations, new ConversationEvents(), cases, new HandoffEvents(),
            new QueueDesk(cases, settings.perConversation()), new HandoffTriggers(settings, Fixtures.ANALYZER), settings.hours(), clock);
    private final AssistantService service = new AssistantService(conversations,
            new DialogueEngine(() -> index, new AnswerPolicy()), new ConversationEvents(), handoffs);

    @AfterEach
    void close() {
        database.close();
        index.close();
    }

    private Reply say(String conversation, String text) {
        return service.post(conversation, text, null).orElseThrow().reply();
    }

    @Test
    void should_answer_whether_it_is_a_bot_instead_of_offering_a_consultant() {
        String id = service.start("web").id();
        Reply identity = say(id, "dzień dobry, jesteś botem czy prawdziwym człowiekiem?");
        assertEquals(ReplyKind.SMALLTALK, identity.kind(), identity.text());
        assertTrue(identity.text().contains("nie człowiekiem"), identity.text());
        assertEquals(ReplyKind.HANDOFF, say(id, "chcę rozmawiać z prawdziwym człowiekiem").kind(), "a request is still a request");
        assertEquals(ReplyKind.HANDOFF, say(service.start("web").id(), "człowiek").kind(), "a person named alone is a request");
    }

    @Test
    void should_take_thanks_or_a_goodbye_after_an_offer_as_small_talk_and_a_no_as_declining() {
        for (String text : List.of("dziękuję", "ok, do widzenia")) {
            String id = service.start("web").id();
            say(id, "chcę rozmawiać z konsultantem");
            assertEquals(ReplyKind.SMALLTALK, say(id, text).kind(), text);
            assertEquals(List.of(), cases.forConversation(id), text);
        }
        String declined = service.start("web").id();
        say(declined, "chcę rozmawiać z konsultantem");
        Reply no = say(declined, "nie, dziękuję");
        assertEquals(ReplyKind.HANDOFF, no.kind());
        assertTrue(no.text().startsWith("Dobrze, zostajemy przy rozmowie ze mną."), no.text());
        String agreed = service.start("web").id();
        say(agreed, "chcę rozmawiać z konsultantem");
        assertEquals(ReplyKind.HANDOFF, say(agreed, "ok").kind());
        assertEquals(HandoffState.QUEUED, cases.openFor(agreed).orElseThrow().state(), "a plain ok still agrees");
    }
}
