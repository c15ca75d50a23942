package pl.krakow.kck.evaluation.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import pl.krakow.kck.bot.AssistantCore;
import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.dialogue.AnswerWriter;
import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.dialogue.LanguageRouting;
import pl.krakow.kck.bot.dialogue.ConversationFlow;
import pl.krakow.kck.bot.dialogue.KnowledgeAnswers;
import pl.krakow.kck.bot.dialogue.Multilingual;
import pl.krakow.kck.bot.retrieval.LiveIndex;
import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.handoff.HandoffOffers;
import pl.krakow.kck.bot.handoff.HandoffSettings;
import pl.krakow.kck.bot.handoff.HandoffTriggers;
import pl.krakow.kck.bot.knowledge.KnowledgeBase;
import pl.krakow.kck.bot.llm.Embedder;
import pl.krakow.kck.bot.llm.EmbeddingIndex;
import pl.krakow.kck.bot.llm.HybridRetriever;
import pl.krakow.kck.bot.reports.CategoryCatalogue;
import pl.krakow.kck.bot.reports.PhotoRepository;
import pl.krakow.kck.bot.reports.ReportRepository;
import pl.krakow.kck.bot.reports.ReportRouter;
import pl.krakow.kck.bot.retrieval.ArticleIndex;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.evaluation.baseline.Baseline;
import pl.krakow.kck.evaluation.dialogues.ServedAssistant;
import pl.krakow.kck.evaluation.baseline.LuceneBaseline;
import pl.krakow.kck.evaluation.metrics.Outcome;
import pl.krakow.kck.evaluation.questions.EvalQuestion;
import pl.krakow.kck.evaluation.split.SeenSplit;

/**
 * Runs the question lines through the product (and baselines), each behind the same
 * {@link DialogueEngine} with the default {@link AnswerPolicy}, exactly as the service builds it. The
 * product's first reply goes the service's way: the handoff rules (default settings) first, then the
 * report flow's router when the categories are given (a problem statement opens a report, an emergency is
 * stopped), then the engine. The baselines are plain search boxes and get neither.
 */
public final class Evaluation {

    public static final String ENGINE = "engine";
    public static final String ENGINE_DEFINITION = "the service's AssistantService as serve wires it (H2 file storage, handoff rules, language routing, report router, then DialogueEngine over ArticleIndex): the product";
    public static final String HYBRID = "hybrid";
    public static final String GROUNDED = "grounded";

    private final KnowledgeBase knowledgeBase;
    private final List<EvalQuestion> questions;
    private final SeenSplit split;
    private final EvalRunner runner;
    private final CategoryCatalogue catalogue;
    private final Path folder;
    private final AssistantCore core;

    /** Without report categories: no first message opens a report. */
    public Evaluation(KnowledgeBase knowledgeBase, List<EvalQuestion> questions, EvalRunner runner) {
        this(knowledgeBase, questions, runner, null);
    }

    public Evaluation(KnowledgeBase knowledgeBase, List<EvalQuestion> questions, EvalRunner runner, CategoryCatalogue catalogue) {
        this(knowledgeBase, questions, runner, catalogue, null, AssistantCore.DEFAULTS);
    }

    /**
     * @param folder the knowledge-base folder, whose translations make the Ukrainian and English editions: the
     *               product then identifies each question's language and answers in it, as the service does;
     *               null for Polish only
     */
    public Evaluation(KnowledgeBase knowledgeBase, List<EvalQuestion> questions, EvalRunner runner, CategoryCatalogue catalogue,
                      Path folder) {
        this(knowledgeBase, questions, runner, catalogue, folder, AssistantCore.DEFAULTS);
    }

    /** @param core what the configuration decides (thresholds, handoff rules, report limits), as serve reads it */
    public Evaluation(KnowledgeBase knowledgeBase, List<EvalQuestion> questions, EvalRunner runner, CategoryCatalogue catalogue,
                      AssistantCore core) {
        this(knowledgeBase, questions, runner, catalogue, null, core);
    }

    public Evaluation(KnowledgeBase knowledgeBase, List<EvalQuestion> questions, EvalRunner runner, CategoryCatalogue catalogue,
                      Path folder, AssistantCore core) {
        this.folder = folder;
        this.core = core;
        this.knowledgeBase = knowledgeBase;
        this.questions = List.copyOf(questions);
        this.split = new SeenSplit(knowledgeBase, questions);
        this.runner = runner;
        this.catalogue = catalogue;
    }

    public SystemResult engine() {
        try (TextAnalyzer analyzer = new TextAnalyzer();
             ArticleIndex index = ArticleIndex.build(knowledgeBase, analyzer)) {
            return product(ENGINE, ENGINE_DEFINITION, new DialogueEngine(() -> index, core.policy()), analyzer);
        }
    }

    /** The product with hybrid retrieval: the article vectors of {@code embedder}'s model fused with the lexical ranking. */
    public SystemResult hybrid(Embedder embedder, String model) {
        try (TextAnalyzer analyzer = new TextAnalyzer();
             ArticleIndex index = ArticleIndex.build(knowledgeBase, analyzer);
             EmbeddingIndex vectors = EmbeddingIndex.build(knowledgeBase.articles(), embedder.articles(knowledgeBase.articles()))) {
            HybridRetriever retriever = new HybridRetriever(index, vectors, embedder);
            return product(HYBRID, "the engine with " + model + " vectors (" + vectors.dimension()
                    + " dimensions) fused by reciprocal rank; coverage lexical", new DialogueEngine(() -> retriever, core.policy()), analyzer);
        }
    }

    /** The product with its answers written by {@code writer} (the configured chat model). */
    public SystemResult grounded(AnswerWriter writer, String model) {
        try (TextAnalyzer analyzer = new TextAnalyzer();
             ArticleIndex index = ArticleIndex.build(knowledgeBase, analyzer)) {
            return product(GROUNDED, "the engine with answers written by " + model + " from the chosen articles",
                    new DialogueEngine(() -> index, core.policy(), writer), analyzer);
        }
    }

    public SystemResult baseline(Baseline baseline) {
        try (LuceneBaseline retriever = baseline.build(knowledgeBase)) {
            DialogueEngine engine = new DialogueEngine(() -> retriever, core.policy());
            List<Outcome> outcomes = runner.run(engine, questions);
            return SystemResult.of(baseline.label(), baseline.definition(), outcomes, split);
        }
    }

    private SystemResult product(String label, String definition, DialogueEngine engine, TextAnalyzer analyzer) {
        if (folder == null) {
            return withFirstReply(engine, analyzer, first -> SystemResult.of(label, definition, runner.run(engine, first, questions), split));
        }
        if (label.equals(ENGINE) && catalogue != null) {
            // the product itself: each question is the first message of a new conversation of the service as serve
            // wires it (stored in an H2 file, handoff gate, language routing, report form, engine); the ranking
            // figures (topic@5, MRR) come from the same engine's search
            try (ServedAssistant served = new ServedAssistant(folder, catalogue, Clock.systemUTC(), core)) {
                LanguageRouting languages = Multilingual.routing(served.index(), LanguageRouting.Store.NONE, core.policy(),
                        ConversationFlow.NONE);
                return SystemResult.of(label, definition, runner.run(text -> languages.search(text, engine), served::firstReply,
                        questions), split);
            }
        }
        try (LiveIndex live = LiveIndex.open(folder, analyzer)) {
            return withFirstTurn(engine, Multilingual.answers(live, core.policy(), engine), analyzer, turn -> {
                Function<String, Reply> first = inLanguages(live, engine, turn);
                LanguageRouting languages = Multilingual.routing(live, LanguageRouting.Store.NONE, core.policy(), turn.flow());
                return SystemResult.of(label, definition, runner.run(text -> languages.search(text, engine), first, questions), split);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first reply as the service gives it in every language: the language routing runs the same turn as in
     * {@code serve} (the handoff gate, then the report form in the resident's language, then that language's
     * engine); a Polish message the flow leaves alone goes to the Polish engine.
     */
    private Function<String, Reply> inLanguages(LiveIndex live, DialogueEngine polishEngine, FirstTurn turn) {
        LanguageRouting languages = Multilingual.routing(live, LanguageRouting.Store.NONE, core.policy(), turn.flow());
        return text -> languages.inLanguage("eval", text, null, () -> languages.reply("eval", text, null, List.of())
                .orElseGet(() -> polishEngine.reply(text, null, List.of())));
    }

    /** The first turn's handoff gate and report form, as a flow, and the whole Polish first reply. */
    private record FirstTurn(ConversationFlow flow, Function<String, Reply> polish) {
    }

    private <T> T withFirstReply(DialogueEngine engine, TextAnalyzer analyzer, Function<Function<String, Reply>, T> use) {
        return withFirstTurn(engine, engine, analyzer, turn -> use.apply(turn.polish()));
    }

    /** @param answers what the report form asks for a question (the knowledge base in the turn's language) */
    private <T> T withFirstTurn(DialogueEngine engine, KnowledgeAnswers answers, TextAnalyzer analyzer, Function<FirstTurn, T> use) {
        HandoffSettings handoff = core.handoff();
        HandoffOffers offers = new HandoffOffers(new HandoffTriggers(handoff, analyzer), handoff.hours(), Clock.systemUTC());
        if (catalogue == null) {
            return use.apply(new FirstTurn((id, text, choice, offered) -> offers.offerFor(text),
                    text -> offers.offerFor(text).orElseGet(() -> engine.reply(text, null, List.of()))));
        }
        // The router reads drafts and reports; an empty in-memory database stands in for the service's.
        try (Database database = Database.open("jdbc:h2:mem:eval-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "", "", null)) {
            Clock clock = Clock.systemUTC();
            ReportRepository reports = new ReportRepository(database, clock, false);
            ReportRouter router = new ReportRouter(database, clock, catalogue, analyzer, answers, reports,
                    new PhotoRepository(database, clock), core.maxPhotoBytes(), core.draftLifetime());
            ConversationFlow flow = (id, text, choice, offered) -> offers.offerFor(text).or(() -> router.firstMessage(text));
            return use.apply(new FirstTurn(flow, text -> flow.reply("eval", text, null, List.of())
                    .orElseGet(() -> engine.reply(text, null, List.of()))));
        }
    }
}
