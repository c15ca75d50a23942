package pl.krakow.kck.evaluation.questions;

import java.util.List;
import java.util.Set;

/**
 * What the first reply to a question must be (the {@code expect} object of a question line).
 *
 * @param kind    {@code answer}, {@code report}, {@code handoff} or {@code fallback}
 * @param topic   for {@code answer}: the topic slug the best article must have; else null
 * @param article optional id of the one article that must come first; else null
 * @param facts   groups of alternatives; the reply must contain one alternative of every group
 * @param lang    the language the reply must be written in (pl, uk, en); else null
 */
public record Expectation(String kind, String topic, String article, List<List<String>> facts, String lang) {

    /** Without a reply language to check. */
    public Expectation(String kind, String topic, String article, List<List<String>> facts) {
        this(kind, topic, article, facts, null);
    }

    public static final String ANSWER = "answer";
    public static final String REPORT = "report";
    public static final String HANDOFF = "handoff";
    public static final String FALLBACK = "fallback";

    public static final Set<String> KINDS = Set.of(ANSWER, REPORT, HANDOFF, FALLBACK);

    public Expectation {
        facts = facts.stream().map(List::copyOf).toList();
    }

    public boolean isAnswer() {
        return ANSWER.equals(kind);
    }

    public boolean isReport() {
        return REPORT.equals(kind);
    }

    /** A line the knowledge base must not answer: {@code fallback} or {@code handoff}. */
    public boolean mustNotAnswer() {
        return FALLBACK.equals(kind) || HANDOFF.equals(kind);
    }

    public boolean hasFacts() {
        return !facts.isEmpty();
    }
}
