package pl.krakow.kck.bot.handoff;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.dialogue.AssistantService;
import pl.krakow.kck.bot.dialogue.ConversationEvents;
import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.retrieval.ArticleIndex;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.StoredMessage;
import pl.krakow.kck.bot.storage.TestDatabases;

/** A service with the handoff to consultants as its turn gate, over H2 and the fixture articles: what the handoff tests talk to. */
abstract class HandoffConversations {

    static final String MONDAY_MORNING = "2026-12-07T10:00";
    static final String FRIDAY_EVENING = "2026-12-04T18:00";

    final Database database = TestDatabases.h2();
    final ArticleIndex index = Fixtures.index();
    final TestClock clock = TestClock.warsaw(MONDAY_MORNING);
    final ConversationEvents events = new ConversationEvents();
    final ConversationRepository conversations = new ConversationRepository(database, clock);
    final HandoffRepository cases = new HandoffRepository(database, clock);
    final HandoffSettings settings = HandoffSettings.defaults();
    final List<HandoffRequest> requests = new ArrayList<>();
    ConsultantDesk desk = new RecordingDesk(new QueueDesk(cases, settings.perConversation()));
    final Handoffs handoffs = new Handoffs(conversations, events, cases, new HandoffEvents(), new ConsultantDesk() {
        @Override
        public Initiation initiate(HandoffRequest request) {
            return desk.initiate(request);
        }

        @Override
        public void residentWrote(HandoffCase handoff, StoredMessage message) {
            desk.residentWrote(handoff, message);
        }

        @Override
        public void withdrawn(HandoffCase handoff) {
            desk.withdrawn(handoff);
        }
    }, new HandoffTriggers(settings, Fixtures.ANALYZER), settings.hours(), clock);
    final AssistantService service = new AssistantService(conversations,
            new DialogueEngine(() -> index, new AnswerPolicy()), events, handoffs);

    final class RecordingDesk implements ConsultantDesk {
        private final ConsultantDesk inner;

        RecordingDesk(ConsultantDesk inner) {
            this.inner = inner;
        }

        @Override
        public Initiation initiate(HandoffRequest request) {
            requests.add(request);
            return inner.initiate(request);
        }

        @Override
        public void residentWrote(HandoffCase handoff, StoredMessage message) {
            inner.residentWrote(handoff, message);
        }

        @Override
        public void withdrawn(HandoffCase handoff) {
            inner.withdrawn(handoff);
        }
    }

    @AfterEach
    void close() {
        database.close();
        index.close();
    }

    Reply say(String conversation, String text) {
        return service.post(conversation, text, null).orElseThrow().reply();
    }

    String queuedConversation() {
        String id = service.start("web").id();
        say(id, "chcę rozmawiać z konsultantem");
        say(id, "Tak");
        return id;
    }
}
