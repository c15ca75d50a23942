package pl.krakow.kck.bot.retrieval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which index terms name a topic: a term used in the ways of asking (title, questions, keywords) of at
 * least {@value #MIN_ARTICLES} articles of a topic, a share of {@value #MIN_SHARE} or more of the articles
 * using it, names that topic ("paszport", "meldunek"; "samochód" names two). A word spread over topics ("dziecko", "wniosek", "zdjęcie")
 * names none. A follow-up naming another topic than the conversation's is a new subject; one naming none
 * stays on the subject. Built with each index snapshot.
 */
public final class TopicWords {

    static final int MIN_ARTICLES = 2;
    static final double MIN_SHARE = 0.3;

    private final Map<String, Map<String, Integer>> topicsByTerm;

    TopicWords() {
        this(new HashMap<>());
    }

    /** Restored from an {@link IndexImage}: term → topic → number of articles. */
    TopicWords(Map<String, Map<String, Integer>> topicsByTerm) {
        this.topicsByTerm = topicsByTerm;
    }

    /** Term → topic → number of articles, for an {@link IndexImage}. */
    Map<String, Map<String, Integer>> counts() {
        return topicsByTerm;
    }

    /** Adds one article: its topic and the terms of its ways of asking. */
    void add(String topic, List<List<String>> positions) {
        java.util.Set<String> terms = new java.util.HashSet<>();
        positions.forEach(terms::addAll);
        for (String term : terms) {
            topicsByTerm.computeIfAbsent(term, t -> new HashMap<>()).merge(topic, 1, Integer::sum);
        }
    }

    /**
     * The topics {@code terms} name: each topic whose ways of asking use one of the terms in at least
     * {@value #MIN_ARTICLES} articles and {@value #MIN_SHARE} of all articles that use it. "samochód" names
     * vehicles and the clean-transport zone; "wniosek" or "czas", spread thin, name none.
     */
    public Set<String> topicsOf(Set<String> terms) {
        Set<String> named = new java.util.LinkedHashSet<>();
        for (String term : terms) {
            Map<String, Integer> topics = topicsByTerm.get(term);
            if (topics == null) {
                continue;
            }
            int total = topics.values().stream().mapToInt(Integer::intValue).sum();
            topics.forEach((topic, count) -> {
                if (count >= MIN_ARTICLES && count / (double) total >= MIN_SHARE) {
                    named.add(topic);
                }
            });
        }
        return named;
    }
}
