package pl.krakow.kck.bot.retrieval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which index terms name a topic: a term used in the ways of asking (title, questions, keywords) of at
 * least {@value #MIN_ARTICLES} articles, {@value #MIN_SHARE} or more of them of one topic ("paszport",
 * "meldunek", "samochód"), names that topic. A word spread over topics ("dziecko", "wniosek", "zdjęcie")
 * names none. A follow-up naming another topic than the conversation's is a new subject; one naming none
 * stays on the subject. Built with each index snapshot.
 */
public final class TopicWords {

    static final int MIN_ARTICLES = 2;
    static final double MIN_SHARE = 0.6;

    private final Map<String, Map<String, Integer>> topicsByTerm = new HashMap<>();

    /** Adds one article: its topic and the terms of its ways of asking. */
    void add(String topic, List<List<String>> positions) {
        java.util.Set<String> terms = new java.util.HashSet<>();
        positions.forEach(terms::addAll);
        for (String term : terms) {
            topicsByTerm.computeIfAbsent(term, t -> new HashMap<>()).merge(topic, 1, Integer::sum);
        }
    }

    /** The topic one of {@code terms} names (the strongest), if any. */
    public Optional<String> topicOf(Set<String> terms) {
        String best = null;
        double bestShare = 0;
        for (String term : terms) {
            Map<String, Integer> topics = topicsByTerm.get(term);
            if (topics == null) {
                continue;
            }
            int total = topics.values().stream().mapToInt(Integer::intValue).sum();
            for (Map.Entry<String, Integer> entry : topics.entrySet()) {
                double share = entry.getValue() / (double) total;
                if (entry.getValue() >= MIN_ARTICLES && share >= MIN_SHARE && share > bestShare) {
                    best = entry.getKey();
                    bestShare = share;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
