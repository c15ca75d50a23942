package pl.krakow.kck.bot.retrieval;

import java.io.IOException;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DirectoryReader;

import pl.krakow.kck.bot.knowledge.Article;

/**
 * Whether an article holds a word of its own subject among the question's words: a word naming its topic
 * ({@link Candidate#named()}), a word of its title, or a telling word whose articles are mostly of its topic ("fridge",
 * "tyres": the waste articles). An article matched on words that are everybody's ("how can a foreigner get a PESEL
 * number?": foreigner, PESEL and number, found together only in the Citizens' Budget article on who may vote, none
 * of them the budget's) answers a question it was never about; it is asked about instead ({@link Candidate#grounded()}).
 * Which articles hold each term is read once per index snapshot ({@link TermDocuments}), not from the postings at every question.
 * Used in the English edition. Thread-safe (immutable after construction).
 */
final class OwnWords {

    /** Share of the articles holding a word that must be of one topic for the word to be that topic's. */
    static final double TOPIC_SHARE = 0.5;
    /** A concept weighing less than this (a word in over a third of the articles) says nothing of a subject. */
    private static final double TELLING_WEIGHT = 1.0;

    private final List<Article> byDoc;
    /** Each term's articles, read once per index snapshot. */
    private final TermDocuments all;
    private final TextAnalyzer analyzer;
    private final Synonyms synonyms;
    /** Each article's title terms, analysed once per index snapshot, not at every question. */
    private final Map<String, Set<String>> titles = new ConcurrentHashMap<>();

    OwnWords(DirectoryReader reader, List<Article> byDoc, TextAnalyzer analyzer, Synonyms synonyms) throws IOException {
        this.byDoc = byDoc;
        this.all = TermDocuments.of(reader, ArticleDocuments.ALL);
        this.analyzer = analyzer;
        this.synonyms = synonyms;
    }

    /** {@code candidates}, the first one marked as holding no word of its own subject when it holds none. */
    List<Candidate> markedFirst(List<QueryConcept> concepts, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return candidates;
        }
        Candidate first = candidates.getFirst();
        if (telling(concepts) < 2 || first.named() || holdsOwnWord(concepts, first)) {
            return candidates;
        }
        List<Candidate> marked = new java.util.ArrayList<>(candidates);
        marked.set(0, first.ungrounded());
        return marked;
    }

    /** The question's telling concepts, numbers aside: one alone ("do I need signatures?") is read in its conversation. */
    private static int telling(List<QueryConcept> concepts) {
        int telling = 0;
        for (QueryConcept concept : concepts) {
            if (concept.weight() >= TELLING_WEIGHT && !concept.text().chars().allMatch(Character::isDigit)) {
                telling++;
            }
        }
        return telling;
    }

    private boolean holdsOwnWord(List<QueryConcept> concepts, Candidate candidate) {
        Set<String> title = titleTerms(candidate.article());
        for (int c = 0; c < concepts.size() && c < candidate.found().size(); c++) {
            if (!candidate.found().get(c)) {
                continue;
            }
            QueryConcept concept = concepts.get(c);
            if (!Collections.disjoint(concept.terms(), title)) {
                return true;
            }
            if (concept.weight() >= TELLING_WEIGHT && mostlyOwn(concept.terms(), candidate)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> titleTerms(Article article) {
        return titles.computeIfAbsent(article.id(), id -> analysedTitle(article));
    }

    private Set<String> analysedTitle(Article article) {
        List<Word> words = analyzer.words(article.title());
        Set<String> terms = new HashSet<>();
        words.forEach(word -> terms.addAll(word.lemmas()));
        synonyms.find(words).forEach(match -> terms.add(match.concept()));
        return Set.copyOf(terms);
    }

    /** Whether {@code terms} are mostly the candidate's topic's: {@value #TOPIC_SHARE} or more of the articles holding them are of it. */
    private boolean mostlyOwn(Set<String> terms, Candidate candidate) {
        BitSet docs = all.holding(terms);
        String topic = candidate.article().topic();
        int own = 0;
        for (int doc = docs.nextSetBit(0); doc >= 0; doc = docs.nextSetBit(doc + 1)) {
            if (byDoc.get(doc).topic().equals(topic)) {
                own++;
            }
        }
        return !docs.isEmpty() && own / (double) docs.cardinality() >= TOPIC_SHARE;
    }
}
