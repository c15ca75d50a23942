package pl.krakow.kck.bot.retrieval;

/** Finds knowledge-base articles for a question. The product's one and the evaluation's baselines. */
public interface Retriever {

    SearchResult search(String question, int limit);
}
