package pl.krakow.kck.evaluation.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.retrieval.Candidate;
import pl.krakow.kck.bot.retrieval.SearchResult;
import pl.krakow.kck.evaluation.metrics.Outcome;
import pl.krakow.kck.evaluation.metrics.RankedArticle;
import pl.krakow.kck.evaluation.questions.EvalQuestion;

/**
 * Runs every question as the first message of a fresh conversation ({@code reply(text, null, List.of())})
 * and keeps the first reply, its latency and the ranked candidates ({@link DialogueEngine#search}).
 *
 * <p>Before the timed pass, all questions run {@code warmupPasses} times untimed, so that the JIT has
 * compiled the hot paths and the analyzer's word cache is filled as in a running service.
 */
public final class EvalRunner {

    public static final int DEFAULT_WARMUP_PASSES = 2;

    private final int warmupPasses;
    private final TurnCosts costs;
    private long sink;

    public EvalRunner(int warmupPasses) {
        this(warmupPasses, TurnCosts.NONE);
    }

    /** @param costs keeps what each first reply of the timed pass cost */
    public EvalRunner(int warmupPasses, TurnCosts costs) {
        if (warmupPasses < 0) {
            throw new IllegalArgumentException("warm-up passes must be >= 0");
        }
        this.warmupPasses = warmupPasses;
        this.costs = costs;
    }

    public int warmupPasses() {
        return warmupPasses;
    }

    public List<Outcome> run(DialogueEngine engine, List<EvalQuestion> questions) {
        return run(engine, text -> engine.reply(text, null, List.of()), questions);
    }

    /**
     * @param firstReply what the service replies to a first message (e.g. the report flow before the
     *                   engine); the ranking still comes from {@code engine.search}
     */
    public List<Outcome> run(DialogueEngine engine, Function<String, Reply> firstReply, List<EvalQuestion> questions) {
        return run(engine::search, firstReply, questions);
    }

    /** @param search the ranked candidates for a first message (in its language's edition) */
    public List<Outcome> run(Function<String, SearchResult> search, Function<String, Reply> firstReply, List<EvalQuestion> questions) {
        for (int pass = 0; pass < warmupPasses; pass++) {
            for (EvalQuestion question : questions) {
                sink += firstReply.apply(question.text()).text().length();
                sink += search.apply(question.text()).candidates().size();
            }
        }
        List<Outcome> outcomes = new ArrayList<>(questions.size());
        for (EvalQuestion question : questions) {
            long start = System.nanoTime();
            Reply reply = costs.measure(question.id(), () -> firstReply.apply(question.text()));
            long elapsed = System.nanoTime() - start;
            SearchResult result = search.apply(question.text());
            outcomes.add(new Outcome(question, reply.kind(), reply.text(), ranked(result), elapsed, reply.language().code()));
        }
        return outcomes;
    }

    /** Keeps the JIT from discarding the warm-up work; of no other use. */
    long sink() {
        return sink;
    }

    private static List<RankedArticle> ranked(SearchResult result) {
        List<RankedArticle> ranked = new ArrayList<>(result.candidates().size());
        for (Candidate candidate : result.candidates()) {
            ranked.add(new RankedArticle(candidate.article().id(), candidate.article().topic(), candidate.coverage()));
        }
        return ranked;
    }
}
