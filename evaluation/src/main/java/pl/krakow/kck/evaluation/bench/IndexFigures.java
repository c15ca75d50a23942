package pl.krakow.kck.evaluation.bench;

/**
 * What the benchmark measured for one knowledge base.
 *
 * @param search {@code ArticleIndex.search(text, 8)}
 * @param reply  the full {@code DialogueEngine.reply(text, null, [])}
 */
public record IndexFigures(String name, BuildFigures build, LatencyFigures search, LatencyFigures reply) {
}
