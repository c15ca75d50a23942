package pl.krakow.kck.bot.dialogue;

import java.util.List;

import pl.krakow.kck.bot.retrieval.Candidate;
import pl.krakow.kck.bot.retrieval.SearchResult;

/**
 * Decides between answering, asking which article was meant, and admitting the assistant does not know.
 *
 * <p>The confidence is the best candidate's coverage: how much of the question's meaning (weighted by
 * rarity) the article contains. A question about pensions or jokes leaves most of its weight uncovered,
 * whatever article ranks first. The thresholds were set on the development questions (see
 * evaluation/README.md) and can be changed in the configuration.
 */
public final class AnswerPolicy {

    public static final double DEFAULT_ANSWER_THRESHOLD = 0.55;
    public static final double DEFAULT_CLARIFY_THRESHOLD = 0.4;

    private final double answerThreshold;
    private final double clarifyThreshold;

    public AnswerPolicy() {
        this(DEFAULT_ANSWER_THRESHOLD, DEFAULT_CLARIFY_THRESHOLD);
    }

    public AnswerPolicy(double answerThreshold, double clarifyThreshold) {
        if (!(0 <= clarifyThreshold && clarifyThreshold <= answerThreshold && answerThreshold <= 1)) {
            throw new IllegalArgumentException("need 0 <= clarify <= answer <= 1, got " + clarifyThreshold + ", " + answerThreshold);
        }
        this.answerThreshold = answerThreshold;
        this.clarifyThreshold = clarifyThreshold;
    }

    public double clarifyThreshold() {
        return clarifyThreshold;
    }

    public double answerThreshold() {
        return answerThreshold;
    }

    /** Coverage above which an article answers even a question that names another institution's matter. */
    static final double CLEAR_ANSWER = 0.95;

    /**
     * The decision and the candidates it rests on.
     *
     * @param redirect for a fallback: whose matter the question is, when known; else null
     */
    public record Decision(ReplyKind kind, Candidate best, List<Candidate> choices, List<Candidate> related, String redirect) {
    }

    public Decision decide(SearchResult result) {
        List<Candidate> candidates = result.candidates();
        Candidate best = candidates.isEmpty() ? null : candidates.getFirst();
        if (result.redirect() != null && (best == null || best.coverage() < CLEAR_ANSWER)) {
            return new Decision(ReplyKind.FALLBACK, best, List.of(), List.of(), result.redirect());
        }
        if (best == null) {
            return new Decision(ReplyKind.FALLBACK, null, List.of(), List.of(), null);
        }
        if (best.coverage() >= answerThreshold) {
            // related only when related: of the same topic, and close to the question too
            List<Candidate> related = candidates.stream().skip(1)
                    .filter(c -> c.coverage() >= clarifyThreshold && c.article().topic().equals(best.article().topic()))
                    .limit(2)
                    .toList();
            return new Decision(ReplyKind.ANSWER, best, List.of(), related, null);
        }
        if (best.coverage() >= clarifyThreshold) {
            List<Candidate> choices = candidates.stream()
                    .filter(c -> c.coverage() >= clarifyThreshold * 0.8)
                    .limit(3)
                    .toList();
            return new Decision(ReplyKind.CLARIFY, best, choices, List.of(), null);
        }
        return new Decision(ReplyKind.FALLBACK, best, List.of(), List.of(), null);
    }
}
