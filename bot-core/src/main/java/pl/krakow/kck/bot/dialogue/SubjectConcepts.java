package pl.krakow.kck.bot.dialogue;

import java.util.ArrayList;
import java.util.List;

import pl.krakow.kck.bot.retrieval.ArticleIndex;
import pl.krakow.kck.bot.retrieval.QueryConcept;
import pl.krakow.kck.bot.retrieval.SearchResult;

/** What the subject words of a question ({@link FollowUps#subject}) are: how telling, as typed, held by an article. */
final class SubjectConcepts {

    /** The salience of an adjective ({@link QueryConcept#salience()}). */
    private static final double ADJECTIVE = 0.8;

    private SubjectConcepts() {
    }

    /** How many of the subject words tell a matter: not numbers, nor places (Kraków, its districts: where, not what). */
    static long telling(List<QueryConcept> subject) {
        return subject.stream().filter(c -> !number(c) && c.weight() > ArticleIndex.PLACE_WEIGHT).count();
    }

    /** A number ("a 3 maja?") names no subject of its own. */
    static boolean number(QueryConcept concept) {
        return concept.text().chars().allMatch(Character::isDigit);
    }

    /**
     * "a ile wychodzi miesięczny na wszystkie linie?": an adjective with no noun of the question beside it stands for
     * the noun left out (the monthly ticket), so it may name its topic as a noun does; "тимчасовий мельдунек"
     * qualifies the noun beside it, and a name written with a capital ("na Wielickiej") says where, not what.
     */
    static boolean standsForNoun(QueryConcept concept, List<QueryConcept> subject, String[] tokens) {
        if (concept.noun() || concept.salience() < ADJECTIVE || concept.weight() <= ArticleIndex.PLACE_WEIGHT || !oneWord(concept)
                || Character.isUpperCase(concept.text().charAt(0))) {
            return false;
        }
        String word = typed(concept)[0];
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].equals(word)) {
                return !nounAt(tokens, i - 1, subject) && !nounAt(tokens, i + 1, subject);
            }
        }
        return false;
    }

    private static boolean nounAt(String[] tokens, int at, List<QueryConcept> subject) {
        return at >= 0 && at < tokens.length && subject.stream().anyMatch(c -> c.noun() && typed(c)[0].equals(tokens[at]));
    }

    static boolean oneWord(QueryConcept concept) {
        return typed(concept).length == 1;
    }

    /** The words of a concept as the resident typed them. */
    static String[] typed(QueryConcept concept) {
        String text = concept.text();
        String[] words = WordPattern.tokens(text.contains("→") ? text.substring(0, text.indexOf('→')) : text);
        return words.length == 0 ? new String[] {""} : words;
    }

    /**
     * Whether the first article of the subject's topic, found for the follow-up with the subject's words, has all those
     * concepts; with {@code any}, whether one of them has ("I don't have a PESEL number" after who may have the Karta
     * Krakowska: the card's application article says how to apply without one, the article on who may have it does not).
     */
    static boolean covers(SearchResult combined, String topic, List<QueryConcept> concepts, boolean any) {
        for (var candidate : combined.candidates()) {
            if (candidate.article().topic().equals(topic)) {
                if (holdsAll(combined, candidate, concepts)) {
                    return true;
                }
                if (!any) {
                    return false;
                }
            }
        }
        return false;
    }

    private static boolean holdsAll(SearchResult combined, pl.krakow.kck.bot.retrieval.Candidate candidate, List<QueryConcept> concepts) {
        for (QueryConcept concept : concepts) {
            int at = -1;
            for (int i = 0; i < combined.concepts().size(); i++) {
                if (combined.concepts().get(i).terms().equals(concept.terms())) {
                    at = i;
                }
            }
            if (at < 0 || !candidate.found().get(at)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the concept is among the subject words the conversation carries ({@link #words}), every word of it. */
    static boolean among(QueryConcept concept, String words) {
        if (words == null || words.isBlank()) {
            return false;
        }
        List<String> carried = List.of(WordPattern.tokens(words));
        return carried.containsAll(List.of(WordPattern.tokens(words(List.of(concept)))));
    }

    /** The resident's subject words, as typed (or as corrected), to be searched again with a follow-up. */
    static String words(List<QueryConcept> subject) {
        List<String> words = new ArrayList<>();
        for (QueryConcept concept : subject) {
            String text = concept.text();
            int arrow = text.indexOf('→');
            words.add(arrow < 0 ? text : text.substring(arrow + 1));
        }
        return String.join(" ", words);
    }
}
