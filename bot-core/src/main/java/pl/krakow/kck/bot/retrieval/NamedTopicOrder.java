package pl.krakow.kck.bot.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import pl.krakow.kck.bot.knowledge.Topics;

/**
 * Puts first the article of the topic a question names, when the ranking put first an article of another topic
 * that does not hold the naming word: "jak długo ważna jest Karta Krakowska?" ranked the passport's validity first
 * on "długo" and "ważny", though the question names the Karta Krakowska, which the passport article never mentions.
 *
 * <p>A word names a topic when it is a word of the topic's own name ("Paszport", "Karta Krakowska i KKR 3+",
 * "Meldunek", synonyms included: "zameldowanie"; in the Ukrainian and English editions also of its name in that
 * language, {@code topics.<lang>.tsv}: "ID card", "посвідчення особи") and the topic's ways of asking use it ({@link TopicWords}); "miasto"
 * or "opłata", spread over the topics, name none. The named topic's first article goes first when it holds the
 * naming word and nearly as much of the question as the article ranked first ({@value #MARGIN} less at most), unless
 * the first holds a word naming its own topic.
 * Immutable, thread-safe.
 */
final class NamedTopicOrder {

    static final double MARGIN = 0.1;

    private final Map<String, Set<String>> nameTerms;
    private final TopicWords topicWords;

    private NamedTopicOrder(Map<String, Set<String>> nameTerms, TopicWords topicWords) {
        this.nameTerms = nameTerms;
        this.topicWords = topicWords;
    }

    /** The order for the topics of {@code topics}, their names read as the articles are ({@code analyzer}, {@code synonyms}). */
    static NamedTopicOrder of(Topics topics, TextAnalyzer analyzer, Synonyms synonyms, TopicWords topicWords) {
        Map<String, Set<String>> nameTerms = new HashMap<>();
        Stopwords stopwords = analyzer.stopwords();
        for (String slug : topics.slugs()) {
            Set<String> terms = new HashSet<>();
            for (String name : topics.names(slug)) {
                List<Word> words = analyzer.words(name);
                synonyms.find(words).forEach(match -> terms.add(match.concept()));
                words.stream().filter(word -> !stopwords.isStopword(word)).forEach(word -> terms.addAll(word.lemmas()));
            }
            nameTerms.put(slug, Set.copyOf(terms));
        }
        return new NamedTopicOrder(Map.copyOf(nameTerms), topicWords);
    }

    /** The candidates, each saying whether it holds a word of the question naming its topic. */
    List<Candidate> marked(List<QueryConcept> concepts, List<Candidate> candidates) {
        List<Candidate> marked = new ArrayList<>(candidates.size());
        candidates.forEach(c -> marked.add(c.naming(holdsName(concepts, c))));
        return marked;
    }

    List<Candidate> reorder(List<QueryConcept> concepts, List<Candidate> candidates) {
        if (candidates.size() < 2) {
            return candidates;
        }
        Candidate first = candidates.getFirst();
        if (holdsName(concepts, first)) {
            return candidates; // "czy e-meldunek jest płatny": the first answers the topic it names; "płatny" names parking too
        }
        Set<String> named = new HashSet<>();
        for (int c = 0; c < concepts.size() && c < first.found().size(); c++) {
            if (!first.found().get(c)) {
                named.addAll(named(concepts.get(c)));
            }
        }
        named.remove(first.article().topic());
        for (Candidate candidate : candidates) {
            if (named.contains(candidate.article().topic())) {
                if (candidate.coverage() < first.coverage() - MARGIN || !holdsName(concepts, candidate)) {
                    return candidates;
                }
                List<Candidate> reordered = new ArrayList<>(candidates.size());
                reordered.add(candidate);
                candidates.stream().filter(c -> c != candidate).forEach(reordered::add);
                return reordered;
            }
        }
        return candidates;
    }

    /** The topics a concept names. */
    private Set<String> named(QueryConcept concept) {
        Set<String> named = new HashSet<>();
        for (String topic : topicWords.topicsOf(concept.terms())) {
            Set<String> name = nameTerms.getOrDefault(topic, Set.of());
            if (concept.terms().stream().anyMatch(name::contains)) {
                named.add(topic);
            }
        }
        return named;
    }

    /** Whether the candidate holds a word of the question that names its own topic. */
    private boolean holdsName(List<QueryConcept> concepts, Candidate candidate) {
        for (int c = 0; c < concepts.size() && c < candidate.found().size(); c++) {
            if (candidate.found().get(c) && named(concepts.get(c)).contains(candidate.article().topic())) {
                return true;
            }
        }
        return false;
    }
}
