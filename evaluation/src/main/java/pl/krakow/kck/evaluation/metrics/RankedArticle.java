package pl.krakow.kck.evaluation.metrics;

/**
 * One ranked candidate as the evaluation keeps it.
 *
 * @param coverage the retriever's coverage of the question (the answer policy's confidence), 0..1
 */
public record RankedArticle(String id, String topic, double coverage) {
}
