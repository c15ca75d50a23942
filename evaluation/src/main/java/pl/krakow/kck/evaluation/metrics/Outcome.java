package pl.krakow.kck.evaluation.metrics;

import java.util.List;

import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.evaluation.questions.EvalQuestion;

/**
 * What a system did with one question: the first reply and the ranked candidates behind it.
 *
 * @param kind         the kind of the first reply
 * @param replyText    the text of the first reply
 * @param ranked       the ranked candidates, best first
 * @param latencyNanos how long the full reply call took
 * @param replyLang    the language the reply is written in
 */
public record Outcome(EvalQuestion question, ReplyKind kind, String replyText, List<RankedArticle> ranked,
                      long latencyNanos, String replyLang) {

    /** A reply in Polish. */
    public Outcome(EvalQuestion question, ReplyKind kind, String replyText, List<RankedArticle> ranked, long latencyNanos) {
        this(question, kind, replyText, ranked, latencyNanos, "pl");
    }

    public Outcome {
        ranked = List.copyOf(ranked);
    }

    public boolean kindHit() {
        return kind.wire().equals(question.expect().kind());
    }

    /** 1-based rank of the first candidate with the expected topic; 0 when none has it or none is expected. */
    public int topicRank() {
        String topic = question.expect().topic();
        if (topic == null) {
            return 0;
        }
        for (int i = 0; i < ranked.size(); i++) {
            if (topic.equals(ranked.get(i).topic())) {
                return i + 1;
            }
        }
        return 0;
    }

    /** True when the expected article (if any) is the first candidate. */
    public boolean articleHit() {
        String article = question.expect().article();
        return article != null && !ranked.isEmpty() && article.equals(ranked.getFirst().id());
    }

    /** The reply answered from the knowledge base a line that must not be answered. */
    public boolean falseAnswer() {
        return question.expect().mustNotAnswer() && kind == ReplyKind.ANSWER;
    }

    public boolean factsHit() {
        return FactMatcher.containsAll(replyText, question.expect().facts());
    }
}
