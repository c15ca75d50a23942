package pl.krakow.kck.evaluation.run;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.evaluation.metrics.Outcome;
import pl.krakow.kck.evaluation.metrics.RankedArticle;

/**
 * Picks the worst misses of a run. A miss is a line whose first reply has the wrong kind, or an answer
 * line whose top candidate has the wrong topic. Worst first, by {@link Severity}; within one severity,
 * the expected topic ranked lowest (absent from the candidates is lowest), then the higher coverage of
 * what came first.
 */
public final class WorstMisses {

    /** How bad a miss is, worst first. */
    public enum Severity {
        /** Answered, but with an article of the wrong topic, or a line that must not be answered. */
        WRONG_ANSWER,
        /** An answer line whose expected topic is not first. */
        WRONG_FIRST,
        /** An answer line with the right topic first that fell back anyway. */
        RIGHT_FIRST_FALLBACK,
        /** A line that must not be answered got a clarifying question offering articles. */
        NEGATIVE_CLARIFIED,
        /** Any other kind mismatch, e.g. the right topic first but a clarifying question. */
        OTHER_KIND
    }

    /** A miss and what came first (empty when nothing was found). */
    public record Miss(Outcome outcome, Severity severity, Optional<RankedArticle> first) {
    }

    private WorstMisses() {
    }

    public static List<Miss> select(List<Outcome> outcomes, int limit) {
        return outcomes.stream()
                .filter(WorstMisses::isMiss)
                .map(o -> new Miss(o, severity(o), o.ranked().stream().findFirst()))
                .sorted(Comparator.comparing(Miss::severity)
                        .thenComparing(Comparator.comparingInt(WorstMisses::rankSeverity).reversed())
                        .thenComparing(Comparator.comparingDouble(WorstMisses::firstCoverage).reversed())
                        .thenComparingInt(m -> m.outcome().question().line()))
                .limit(limit)
                .toList();
    }

    static boolean isMiss(Outcome outcome) {
        return !outcome.kindHit() || (outcome.question().expect().isAnswer() && outcome.topicRank() != 1);
    }

    static Severity severity(Outcome outcome) {
        boolean answerLine = outcome.question().expect().isAnswer();
        if (outcome.kind() == ReplyKind.ANSWER && (!answerLine || outcome.topicRank() != 1)) {
            return Severity.WRONG_ANSWER;
        }
        if (answerLine && outcome.topicRank() != 1) {
            return Severity.WRONG_FIRST;
        }
        if (answerLine && outcome.kind() == ReplyKind.FALLBACK) {
            return Severity.RIGHT_FIRST_FALLBACK;
        }
        if (outcome.question().expect().mustNotAnswer() && outcome.kind() == ReplyKind.CLARIFY) {
            return Severity.NEGATIVE_CLARIFIED;
        }
        return Severity.OTHER_KIND;
    }

    /** Larger is worse: the expected topic absent beats any rank; lines without a topic count as absent. */
    private static int rankSeverity(Miss miss) {
        int rank = miss.outcome().topicRank();
        return rank == 0 ? Integer.MAX_VALUE : rank;
    }

    private static double firstCoverage(Miss miss) {
        return miss.first().map(RankedArticle::coverage).orElse(0.0);
    }
}
