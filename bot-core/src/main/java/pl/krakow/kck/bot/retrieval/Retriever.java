package pl.krakow.kck.bot.retrieval;

import java.util.List;
import java.util.Optional;

import pl.krakow.kck.bot.knowledge.Article;

/** Finds knowledge-base articles for a question. The product's one and the evaluation's baselines. */
public interface Retriever {

    SearchResult search(String question, int limit);

    /** The article with this id in the snapshot being searched. */
    Optional<Article> article(String id);

    /** How an article's title reads: its concepts, as {@link #search} reads the title (an index may keep them). */
    default List<QueryConcept> titleConcepts(String title) {
        return search(title, 1).concepts();
    }

    /** Which terms name a topic, for telling a follow-up from a new subject; empty when unknown. */
    default Optional<TopicWords> topicWords() {
        return Optional.empty();
    }
}
