package pl.krakow.kck.evaluation.run;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.knowledge.KnowledgeBase;
import pl.krakow.kck.bot.reports.CategoryCatalogue;
import pl.krakow.kck.bot.reports.PhotoRepository;
import pl.krakow.kck.bot.reports.ReportRepository;
import pl.krakow.kck.bot.reports.ReportRouter;
import pl.krakow.kck.bot.retrieval.ArticleIndex;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.evaluation.baseline.Baseline;
import pl.krakow.kck.evaluation.baseline.LuceneBaseline;
import pl.krakow.kck.evaluation.metrics.Outcome;
import pl.krakow.kck.evaluation.questions.EvalQuestion;
import pl.krakow.kck.evaluation.split.SeenSplit;

/**
 * Runs the question lines through the product (and baselines), each behind the same
 * {@link DialogueEngine} with the default {@link AnswerPolicy}, exactly as the service builds it.
 */
public final class Evaluation {

    public static final String ENGINE = "engine";
    public static final String ENGINE_DEFINITION = "DialogueEngine over ArticleIndex (the product)";

    private final KnowledgeBase knowledgeBase;
    private final List<EvalQuestion> questions;
    private final SeenSplit split;
    private final EvalRunner runner;
    private final CategoryCatalogue catalogue;

    /** Without report categories: every first message goes to the engine. */
    public Evaluation(KnowledgeBase knowledgeBase, List<EvalQuestion> questions, EvalRunner runner) {
        this(knowledgeBase, questions, runner, null);
    }

    /**
     * With the report categories: each first message goes through the report flow's router first, as in
     * the service (a problem statement opens a report, an emergency is stopped), then the engine.
     */
    public Evaluation(KnowledgeBase knowledgeBase, List<EvalQuestion> questions, EvalRunner runner, CategoryCatalogue catalogue) {
        this.knowledgeBase = knowledgeBase;
        this.questions = List.copyOf(questions);
        this.split = new SeenSplit(knowledgeBase, questions);
        this.runner = runner;
        this.catalogue = catalogue;
    }

    public SystemResult engine() {
        try (TextAnalyzer analyzer = new TextAnalyzer();
             ArticleIndex index = ArticleIndex.build(knowledgeBase, analyzer)) {
            return run(ENGINE, ENGINE_DEFINITION, new DialogueEngine(() -> index, new AnswerPolicy()), analyzer);
        }
    }

    public SystemResult baseline(Baseline baseline) {
        try (LuceneBaseline retriever = baseline.build(knowledgeBase);
             TextAnalyzer analyzer = new TextAnalyzer()) {
            return run(baseline.label(), baseline.definition(), new DialogueEngine(() -> retriever, new AnswerPolicy()), analyzer);
        }
    }

    private SystemResult run(String label, String definition, DialogueEngine engine, TextAnalyzer analyzer) {
        if (catalogue == null) {
            return SystemResult.of(label, definition, runner.run(engine, questions), split);
        }
        // The router reads drafts and reports; an empty in-memory database stands in for the service's.
        try (Database database = Database.open("jdbc:h2:mem:eval-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "", "", null)) {
            Clock clock = Clock.systemUTC();
            ReportRepository reports = new ReportRepository(database, clock, false);
            ReportRouter router = new ReportRouter(database, clock, catalogue, analyzer, engine, reports,
                    new PhotoRepository(database, clock), 5 * 1024 * 1024, Duration.ofHours(24));
            List<Outcome> outcomes = runner.run(engine,
                    text -> router.firstMessage(text).orElseGet(() -> engine.reply(text, null, List.of())), questions);
            return SystemResult.of(label, definition, outcomes, split);
        }
    }
}
