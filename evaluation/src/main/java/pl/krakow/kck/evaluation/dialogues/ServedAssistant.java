package pl.krakow.kck.evaluation.dialogues;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import pl.krakow.kck.bot.AssistantCore;
import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.dialogue.AssistantService;
import pl.krakow.kck.bot.dialogue.ConversationEvents;
import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.handoff.HandoffEvents;
import pl.krakow.kck.bot.handoff.HandoffRepository;
import pl.krakow.kck.bot.handoff.HandoffSettings;
import pl.krakow.kck.bot.handoff.HandoffTriggers;
import pl.krakow.kck.bot.handoff.Handoffs;
import pl.krakow.kck.bot.handoff.QueueDesk;
import pl.krakow.kck.bot.knowledge.KnowledgeBase;
import pl.krakow.kck.bot.reports.CategoryCatalogue;
import pl.krakow.kck.bot.reports.PhotoRepository;
import pl.krakow.kck.bot.reports.ReportRepository;
import pl.krakow.kck.bot.reports.ReportRouter;
import pl.krakow.kck.bot.retrieval.ArticleIndex;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.Database;

/**
 * The assistant wired as {@code channels.Assistant} wires it for {@code ./kck serve}, with the default
 * settings: {@link AssistantService} over a conversation store (an in-memory H2 database with the
 * service's migrations), the handoff to consultants as its gate, the report router as its flow and the
 * {@link DialogueEngine} with the default {@link AnswerPolicy}. Only the channels are missing.
 */
public final class ServedAssistant implements AutoCloseable {

    private final TextAnalyzer analyzer;
    private final ArticleIndex index;
    private final Database database;
    private final AssistantService service;

    public ServedAssistant(KnowledgeBase knowledgeBase, CategoryCatalogue catalogue, Clock clock) {
        this(knowledgeBase, catalogue, clock, AssistantCore.DEFAULTS);
    }

    /** @param core what the configuration decides (thresholds, handoff rules, report limits), as serve reads it */
    public ServedAssistant(KnowledgeBase knowledgeBase, CategoryCatalogue catalogue, Clock clock, AssistantCore core) {
        this.analyzer = new TextAnalyzer();
        this.index = ArticleIndex.build(knowledgeBase, analyzer);
        this.database = Database.open("jdbc:h2:mem:dialogues-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "", "", null);
        DialogueEngine engine = new DialogueEngine(() -> index, core.policy());
        ConversationRepository conversations = new ConversationRepository(database, clock);
        ConversationEvents events = new ConversationEvents();
        HandoffSettings handoff = core.handoff();
        HandoffRepository cases = new HandoffRepository(database, clock);
        Handoffs handoffs = new Handoffs(conversations, events, cases, new HandoffEvents(),
                new QueueDesk(cases, handoff.perConversation()), new HandoffTriggers(handoff, analyzer), handoff.hours(), clock);
        ReportRepository reports = new ReportRepository(database, clock, false);
        ReportRouter router = new ReportRouter(database, clock, catalogue, analyzer, engine, reports,
                new PhotoRepository(database, clock), core.maxPhotoBytes(), core.draftLifetime());
        this.service = new AssistantService(conversations, engine, events, handoffs, router);
    }

    public AssistantService service() {
        return service;
    }

    @Override
    public void close() {
        database.close();
        index.close();
        analyzer.close();
    }
}
