package pl.krakow.kck.evaluation.metrics;

/**
 * The scores of one set of lines (format: shared/knowledge/evaluation-format.md).
 *
 * @param lines           lines scored
 * @param kindAccuracy    over all lines: the first reply has the expected kind
 * @param topicAt1        over {@code answer} lines: the top candidate has the expected topic
 * @param topicAt5        over {@code answer} lines: one of the top five has it
 * @param mrr             over {@code answer} lines: mean reciprocal rank of the first candidate with it (0 if none)
 * @param articleAt1      over lines with {@code expect.article}: that article comes first
 * @param factsHit        over lines with {@code expect.facts}: the reply contains every group
 * @param falseAnswerRate over {@code fallback} and {@code handoff} lines: answered from the knowledge base anyway
 * @param reportRecall    over {@code report} lines: the first reply opened the report form (kind {@code report})
 * @param reportPrecision over lines whose first reply was a {@code report}: the line expected one (a question
 *                        or another service's matter turned into a report counts against it)
 * @param latency         of the full reply call
 */
public record Scores(int lines, Share kindAccuracy, Share topicAt1, Share topicAt5, Share mrr, Share articleAt1,
                     Share factsHit, Share falseAnswerRate, Share reportRecall, Share reportPrecision,
                     Latency latency, Share replyLanguage) {

    /** Without lines that expect a reply language. */
    public Scores(int lines, Share kindAccuracy, Share topicAt1, Share topicAt5, Share mrr, Share articleAt1,
                  Share factsHit, Share falseAnswerRate, Share reportRecall, Share reportPrecision, Latency latency) {
        this(lines, kindAccuracy, topicAt1, topicAt5, mrr, articleAt1, factsHit, falseAnswerRate, reportRecall,
                reportPrecision, latency, Share.NONE);
    }
}
