package pl.krakow.kck.evaluation.run;

import java.time.Clock;
import java.util.List;

import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.handoff.HandoffOffers;
import pl.krakow.kck.bot.handoff.HandoffSettings;
import pl.krakow.kck.bot.handoff.HandoffTriggers;
import pl.krakow.kck.bot.knowledge.KnowledgeBase;
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

    public SystemResult baseline(Baseline baseline) {
        try (LuceneBaseline retriever = baseline.build(knowledgeBase)) {
            List<Outcome> outcomes = runner.run(new DialogueEngine(() -> retriever, new AnswerPolicy()), questions);
            return SystemResult.of(baseline.label(), baseline.definition(), outcomes, split);
        }
    }
}
