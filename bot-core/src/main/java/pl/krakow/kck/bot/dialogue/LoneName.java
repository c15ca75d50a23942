package pl.krakow.kck.bot.dialogue;

import java.util.List;

import pl.krakow.kck.bot.retrieval.Candidate;
import pl.krakow.kck.bot.retrieval.QueryConcept;
import pl.krakow.kck.bot.retrieval.SearchResult;

/**
 * A message that only names a matter ("parking", "dowód", "karta krakowska", "prawo jazdy"): nothing is asked of
 * it, so the assistant offers the matter's articles instead of answering from the one that ranks first.
 */
final class LoneName {

    /** A lone name has at most this many words ("strefa płatnego parkowania"). */
    static final int MAX_WORDS = 3;
    /** Two articles whose scores differ by less than this share are not told apart by the words. */
    static final double NEAR_TIE = 0.05;
    /** The salience of an adjective ({@link QueryConcept#salience()}): a verb asks something of the matter. */
    private static final double ADJECTIVE = 0.8;

    private LoneName() {
    }

    /**
     * One word of letters; or a name of two or three words, with nothing asked of it (no facet, no generic word,
     * no verb): a phrase of the knowledge base the search reads as one concept ("prawo jazdy", "strefa płatnego
     * parkowania"), or words several articles of one topic hold all of, with nothing that ranks one of them clearly
     * first ("dowód osobisty"; not "zgubiony dowód", whose article stands out).
     */
    static boolean is(String text, SearchResult alone, FollowUps followUps) {
        String[] tokens = WordPattern.tokens(text);
        if (tokens.length == 0 || tokens.length > MAX_WORDS || !allLetters(tokens)) {
            return false;
        }
        if (tokens.length == 1) {
            return tokens[0].length() >= 3;
        }
        List<QueryConcept> concepts = alone.concepts();
        List<QueryConcept> subject = followUps.subject(concepts);
        if (subject.size() != concepts.size() || concepts.stream().mapToInt(c -> SubjectConcepts.typed(c).length).sum() != tokens.length) {
            return false; // a generic word, or one the search leaves out ("na", "dla"): more than a name
        }
        if (concepts.size() == 1) {
            return true;
        }
        if (followUps.facetOf(text).isPresent() || concepts.stream().anyMatch(c -> c.salience() < ADJECTIVE)) {
            return false;
        }
        List<Candidate> top = alone.candidates();
        return top.size() >= 2 && top.get(0).coverage() >= 1.0 && top.get(1).coverage() >= 1.0
                && top.get(0).article().topic().equals(top.get(1).article().topic())
                && top.get(1).score() >= top.get(0).score() * (1 - NEAR_TIE);
    }

    private static boolean allLetters(String[] tokens) {
        for (String token : tokens) {
            if (!token.chars().allMatch(Character::isLetter)) {
                return false;
            }
        }
        return true;
    }
}
