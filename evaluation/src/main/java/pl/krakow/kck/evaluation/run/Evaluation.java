package pl.krakow.kck.evaluation.run;

import java.time.Clock;
import java.util.List;

import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.dialogue.AnswerWriter;
import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.handoff.HandoffOffers;
import pl.krakow.kck.bot.handoff.HandoffSettings;
import pl.krakow.kck.bot.handoff.HandoffTriggers;
import pl.krakow.kck.bot.knowledge.KnowledgeBase;
import pl.krakow.kck.bot.llm.Embedder;
import pl.krakow.kck.bot.llm.EmbeddingIndex;
import pl.krakow.kck.bot.llm.HybridRetriever;
import pl.krakow.kck.bot.retrieval.ArticleIndex;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.evaluation.baseline.Baseline;
import pl.krakow.kck.evaluation.baseline.LuceneBaseline;
import pl.krakow.kck.evaluation.metrics.Outcome;
import pl.krakow.kck.evaluation.questions.EvalQuestion;
import pl.krakow.kck.evaluation.split.SeenSplit;

/**
 * Runs the question lines through the product (and baselines), each behind the same
 * {@link DialogueEngine} with the default {@link AnswerPolicy}, exactly as the service builds it. The product
 * also gets the service's handoff rules (default settings) on the first message, as a fresh conversation
 * does; the baselines are plain search boxes and get none.
 */
public final class Evaluation {

    public static final String ENGINE = "engine";
    public static final String ENGINE_DEFINITION = "handoff rules, then DialogueEngine over ArticleIndex (the product)";

    private final KnowledgeBase knowledgeBase;
    private final List<EvalQuestion> questions;
    private final SeenSplit split;
    private final EvalRunner runner;

    public Evaluation(KnowledgeBase knowledgeBase, List<EvalQuestion> questions, EvalRunner runner) {
        this.knowledgeBase = knowledgeBase;
        this.questions = List.copyOf(questions);
        this.split = new SeenSplit(knowledgeBase, questions);
        this.runner = runner;
    }

    public SystemResult engine() {
        try (TextAnalyzer analyzer = new TextAnalyzer();
             ArticleIndex index = ArticleIndex.build(knowledgeBase, analyzer)) {
            HandoffSettings handoff = HandoffSettings.defaults();
            HandoffOffers offers = new HandoffOffers(new HandoffTriggers(handoff, analyzer), handoff.hours(), Clock.systemUTC());
            List<Outcome> outcomes = runner.run(new DialogueEngine(() -> index, new AnswerPolicy()), offers::offerFor, questions);
            return SystemResult.of(ENGINE, ENGINE_DEFINITION, outcomes, split);
        }
    }

    public static final String HYBRID = "hybrid";
    public static final String GROUNDED = "grounded";

    /** The product with hybrid retrieval: the article vectors of {@code embedder}'s model fused with the lexical ranking. */
    public SystemResult hybrid(Embedder embedder, String model) {
        try (TextAnalyzer analyzer = new TextAnalyzer();
             ArticleIndex index = ArticleIndex.build(knowledgeBase, analyzer);
             EmbeddingIndex vectors = EmbeddingIndex.build(knowledgeBase.articles(), embedder.articles(knowledgeBase.articles()))) {
            HybridRetriever retriever = new HybridRetriever(index, vectors, embedder);
            List<Outcome> outcomes = runner.run(new DialogueEngine(() -> retriever, new AnswerPolicy()), questions);
            return SystemResult.of(HYBRID, "the engine with " + model + " vectors (" + vectors.dimension()
                    + " dimensions) fused by reciprocal rank; coverage lexical", outcomes, split);
        }
    }

    /** The product with its answers written by {@code writer} (the configured chat model). */
    public SystemResult grounded(AnswerWriter writer, String model) {
        try (TextAnalyzer analyzer = new TextAnalyzer();
             ArticleIndex index = ArticleIndex.build(knowledgeBase, analyzer)) {
            List<Outcome> outcomes = runner.run(new DialogueEngine(() -> index, new AnswerPolicy(), writer), questions);
            return SystemResult.of(GROUNDED, "the engine with answers written by " + model + " from the chosen articles", outcomes, split);
        }
    }

    public SystemResult baseline(Baseline baseline) {
        try (LuceneBaseline retriever = baseline.build(knowledgeBase)) {
            List<Outcome> outcomes = runner.run(new DialogueEngine(() -> retriever, new AnswerPolicy()), questions);
            return SystemResult.of(baseline.label(), baseline.definition(), outcomes, split);
        }
    }
}
