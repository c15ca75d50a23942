package pl.krakow.kck.bot.retrieval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import pl.krakow.kck.bot.knowledge.Article;

/**
 * Which of its senses a bare noun is meant in, when the articles ask about it with different adjectives
 * ("dowód osobisty", "dowód rejestracyjny"): the sense whose phrase shares articles with more of the
 * question's other words ("kupiłem samochód, kiedy dostanę dowód?" is the registration certificate), and with
 * nothing to tell them apart the sense most articles ask about ("a dowód też muszę wymienić?" is the ID card).
 * The sense only orders the articles (a phrase clause added to the ranking); it is no word of the question, so
 * the coverage stays what the resident wrote. Read from the articles' text.
 */
final class Senses {

    /** A sense needs this many articles asking about it; a noun needs two such senses to be ambiguous. */
    private static final int MIN_ARTICLES = 3;
    /** How much the sense's phrase adds to an article's score: a tie-breaker, not a concept. */
    static final float BOOST = 0.5f;

    /** The default sense must be asked about this many times more often than any other. */
    private static final int DOMINANT = 3;
    /** A sense chosen by the question's other words must score this many times the next one. */
    private static final double CLEAR = 2.0;

    /** noun lemma → adjective lemma → number of articles with the phrase; only nouns whose senses lie in different topics */
    private final Map<String, Map<String, Integer>> senses;
    /**
     * The articles counted for a sense, and for a sense with another word of a question: what one snapshot of the
     * index holds, counted once (the words asked together recur from message to message); at most {@link #COUNTED}.
     */
    private final Map<Query, Integer> counted = new ConcurrentHashMap<>();
    private static final int COUNTED = 20_000;

    /** The senses an earlier reading of the same articles found ({@link #counts()}, kept by {@link IndexCache}). */
    Senses(Map<String, Map<String, Integer>> senses) {
        this.senses = senses;
    }

    Senses(List<Article> articles, TextAnalyzer analyzer, Stopwords stopwords) {
        this.senses = new HashMap<>();
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Map<List<String>, Map<String, Integer>> topics = new HashMap<>();
        for (Article article : articles) {
            Set<List<String>> phrases = new HashSet<>();
            List<String> texts = new ArrayList<>(article.questions());
            texts.add(article.title());
            texts.addAll(article.keywords());
            texts.add(article.body());
            for (String text : texts) {
                List<Word> words = analyzer.words(text);
                for (int i = 0; i + 1 < words.size(); i++) {
                    Word noun = words.get(i);
                    Word adjective = words.get(i + 1);
                    if (noun.inDictionary() && noun.salience() == PartOfSpeech.NOUN && adjective.inDictionary()
                            && !stopwords.isStopword(noun) && !stopwords.isStopword(adjective)
                            && Character.isLowerCase(adjective.surface().codePointAt(0)) // "ul. Wielicka" is a name
                            && adjective.salience() == PartOfSpeech.ADJECTIVE) {
                        for (String head : noun.lemmas()) {
                            for (String modifier : adjective.lemmas()) {
                                phrases.add(List.of(head, modifier));
                            }
                        }
                    }
                }
            }
            for (List<String> phrase : phrases) {
                counts.computeIfAbsent(phrase.get(0), k -> new HashMap<>()).merge(phrase.get(1), 1, Integer::sum);
                topics.computeIfAbsent(phrase, k -> new HashMap<>()).merge(article.topic(), 1, Integer::sum);
            }
        }
        counts.forEach((head, modifiers) -> {
            Map<String, Integer> frequent = new HashMap<>();
            modifiers.forEach((modifier, count) -> {
                if (count >= MIN_ARTICLES) {
                    frequent.put(modifier, count);
                }
            });
            Set<String> mainTopics = new HashSet<>();
            frequent.keySet().forEach(m -> mainTopics.add(mainTopic(topics.get(List.of(head, m)))));
            if (frequent.size() >= 2 && mainTopics.size() == frequent.size()) {
                senses.put(head, frequent); // "ulica Wielicka" and "ulica Centralna" are addresses of one topic: no senses
            }
        });
    }

    /** noun lemma → adjective lemma → number of articles with the phrase (what {@link #Senses(Map)} takes back) */
    Map<String, Map<String, Integer>> counts() {
        return senses;
    }

    private static String mainTopic(Map<String, Integer> topics) {
        return topics.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
    }

    /**
     * The ranking clauses for the senses the bare ambiguous nouns of {@code words} are read in; none when the
     * question names the sense itself ("dowód osobisty") or has no ambiguous noun.
     */
    List<Query> clauses(List<Word> words, List<QueryConcept> concepts, IndexSearcher searcher) throws IOException {
        List<Query> clauses = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (String head : words.get(i).lemmas()) {
                Map<String, Integer> modifiers = senses.get(head);
                if (modifiers == null || named(words, modifiers.keySet()) || modified(words, i)) {
                    continue;
                }
                String sense = sense(head, modifiers, concepts, searcher);
                if (sense == null) {
                    continue;
                }
                clauses.add(new BoostQuery(new PhraseQuery(ArticleDocuments.ALL, head, sense), BOOST));
            }
        }
        return clauses;
    }

    /** "Karta Krakowska", "dowód tymczasowy": the noun has an adjective or a name of its own, it is not bare. */
    private static boolean modified(List<Word> words, int at) {
        if (at + 1 >= words.size()) {
            return false;
        }
        Word next = words.get(at + 1);
        return next.salience() == PartOfSpeech.ADJECTIVE || Character.isUpperCase(next.surface().codePointAt(0));
    }

    private static boolean named(List<Word> words, Set<String> modifiers) {
        for (Word word : words) {
            if (word.lemmas().stream().anyMatch(modifiers::contains)) {
                return true;
            }
        }
        return false;
    }

    private int count(Query query, IndexSearcher searcher) throws IOException {
        Integer known = counted.get(query);
        if (known != null) {
            return known;
        }
        int count = searcher.count(query);
        if (counted.size() < COUNTED) {
            counted.put(query, count);
        }
        return count;
    }

    /**
     * The sense whose articles hold most of the other concepts: each concept counts its weight times the share of
     * the phrase's articles holding it; ties go to the sense most articles ask about.
     */
    private String sense(String head, Map<String, Integer> modifiers, List<QueryConcept> concepts, IndexSearcher searcher)
            throws IOException {
        String best = null;
        double bestScore = -1;
        double second = -1;
        for (Map.Entry<String, Integer> modifier : modifiers.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).toList()) {
            double score = 0;
            Query phrase = new PhraseQuery(ArticleDocuments.ALL, head, modifier.getKey());
            int articles = count(phrase, searcher);
            for (QueryConcept concept : concepts) {
                if (concept.terms().contains(head)) {
                    continue;
                }
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                concept.terms().forEach(t -> any.add(new TermQuery(new Term(ArticleDocuments.ALL, t)), BooleanClause.Occur.SHOULD));
                Query both = new BooleanQuery.Builder().add(phrase, BooleanClause.Occur.FILTER)
                        .add(any.build(), BooleanClause.Occur.FILTER).build();
                score += articles == 0 ? 0 : concept.weight() * count(both, searcher) / articles;
            }
            if (score > bestScore) {
                second = bestScore;
                best = modifier.getKey();
                bestScore = score;
            } else if (score > second) {
                second = score;
            }
        }
        if (bestScore > 0 && bestScore >= CLEAR * second) {
            return best; // the question's other words tell
        }
        List<Integer> counts = modifiers.values().stream().sorted(java.util.Comparator.reverseOrder()).toList();
        if (counts.get(0) >= DOMINANT * counts.get(1)) {
            return modifiers.entrySet().stream().filter(e -> e.getValue().equals(counts.get(0))).findFirst().orElseThrow().getKey();
        }
        return null;
    }
}
