package pl.krakow.kck.bot.dialogue;

import java.util.ArrayList;
import java.util.List;

import pl.krakow.kck.bot.retrieval.Candidate;
import pl.krakow.kck.bot.retrieval.QueryConcept;
import pl.krakow.kck.bot.retrieval.SearchResult;

/**
 * Decides between answering, asking which article was meant, and admitting the assistant does not know.
 *
 * <p>The confidence is the best candidate's coverage: how much of the question's meaning (weighted by
 * rarity) the article contains. A question about pensions or jokes leaves most of its weight uncovered,
 * whatever article ranks first. The thresholds were set on the development questions (see
 * evaluation/README.md) and can be changed in the configuration.
 *
 * <p>The answer threshold against false answers (2026-12-05, {@code KCK_ANSWER_dash_THRESHOLD=t ./kck eval}; dev.jsonl
 * kind accuracy / its false answers / refuse-dev.jsonl false answers): 0.50 0.891 / 0.025 / 0.144; <b>0.55</b>
 * 0.875 / 0.0125 / 0.130; 0.58 0.830 / 0.0125 / 0.120; 0.62 0.801 / 0 / 0.096; 0.70 0.733 / 0 / 0.072. Below 0.55
 * dev's false answers double; above it every point off refuse-dev's false answers costs about two points of
 * dev's kind accuracy (right answers turned into questions back), so a higher threshold is no remedy: the
 * remaining false answers cover 0.57–1.0 of their question (an article that mentions the other institution's
 * matter), and are kept out by {@code out-of-scope.txt} instead.
 */
public final class AnswerPolicy {

    public static final double DEFAULT_ANSWER_THRESHOLD = 0.55;
    public static final double DEFAULT_CLARIFY_THRESHOLD = 0.4;

    private final double answerThreshold;
    private final double clarifyThreshold;

    public AnswerPolicy() {
        this(DEFAULT_ANSWER_THRESHOLD, DEFAULT_CLARIFY_THRESHOLD);
    }

    public AnswerPolicy(double answerThreshold, double clarifyThreshold) {
        if (!(0 <= clarifyThreshold && clarifyThreshold <= answerThreshold && answerThreshold <= 1)) {
            throw new IllegalArgumentException("need 0 <= clarify <= answer <= 1, got " + clarifyThreshold + ", " + answerThreshold);
        }
        this.answerThreshold = answerThreshold;
        this.clarifyThreshold = clarifyThreshold;
    }

    public double clarifyThreshold() {
        return clarifyThreshold;
    }

    public double answerThreshold() {
        return answerThreshold;
    }

    /**
     * Coverage above which an article answers even a question that names another institution's matter, when the
     * question names the article's topic besides ({@link SearchResult#mayAnswerDespiteRedirect}).
     */
    static final double CLEAR_ANSWER = 0.95;

    /**
     * The decision and the candidates it rests on.
     *
     * @param redirect for a fallback: whose matter the question is, when known; else null
     */
    public record Decision(ReplyKind kind, Candidate best, List<Candidate> choices, List<Candidate> related, String redirect) {
    }

    /** A candidate further down must hold at least this many of the question's words (numbers aside) to go first. */
    static final int PROMOTED_WORDS = 2;

    /**
     * The candidates in the ranking's order, except when the first one holds too little of the question to be
     * answered from: then one further down that holds enough of it, in {@value #PROMOTED_WORDS} words or more,
     * goes first ("zgubiłem prawo jazdy": the lost ID card ranks first on "zgubić", an article on the driving
     * licence holds both). One word alone never overrides the ranking ("17 razy 23": "raz" is in some article).
     */
    public SearchResult ranked(SearchResult result) {
        List<Candidate> candidates = result.candidates();
        if (candidates.isEmpty() || candidates.getFirst().coverage() >= clarifyThreshold) {
            return result;
        }
        Candidate fullest = candidates.getFirst();
        for (Candidate candidate : candidates) {
            if (candidate.coverage() > fullest.coverage() && words(result, candidate) >= PROMOTED_WORDS) {
                fullest = candidate;
            }
        }
        if (fullest.coverage() < answerThreshold) {
            return result;
        }
        List<Candidate> reordered = new ArrayList<>(candidates.size());
        reordered.add(fullest);
        for (Candidate candidate : candidates) {
            if (candidate != fullest) {
                reordered.add(candidate);
            }
        }
        return new SearchResult(result.question(), result.concepts(), reordered, result.redirect(), result.named());
    }

    /**
     * Whether the candidate holds only one of the question's several telling words, and not one naming its topic:
     * "jaki jest sens życia?" is not the parking article that speaks of a "sensowne" place on "sens" alone.
     */
    private static boolean oneWordAnswer(SearchResult result, Candidate candidate) {
        if (candidate.named()) {
            return false;
        }
        int telling = 0;
        for (QueryConcept concept : result.concepts()) {
            if (concept.weight() >= TELLING_WEIGHT && !concept.text().chars().allMatch(Character::isDigit)) {
                telling++;
            }
        }
        return telling >= 2 && words(result, candidate) <= 1;
    }

    /** A concept weighing less than this (a word in over a third of the articles: "go", "nie", "rok") is no evidence. */
    static final double TELLING_WEIGHT = 1.0;

    /** How many of the question's telling concepts, numbers aside, the candidate holds. */
    private static int words(SearchResult result, Candidate candidate) {
        int held = 0;
        for (int i = 0; i < result.concepts().size() && i < candidate.found().size(); i++) {
            QueryConcept concept = result.concepts().get(i);
            if (candidate.found().get(i) && concept.weight() >= TELLING_WEIGHT && !concept.text().chars().allMatch(Character::isDigit)) {
                held++;
            }
        }
        return held;
    }

    /**
     * Whether a question in the grey zone is plainly about one subject, and so answered as a good agent would (the
     * best article, the others of the subject beside it as related) rather than met with a question back that
     * only asks which article of that same subject: the question names the subject ({@link Candidate#named}), the
     * best article holds {@value #PROMOTED_WORDS} or more of its telling words and a word of its own subject, and
     * every article the question back would offer is of that subject ("mama leży w szpitalu i zgubiła dowód, mogę
     * zgłosić za nią?", "muszę wyciąć chore drzewo przed domem, gdzie po zgodę?"). Choices across subjects are still
     * asked about.
     */
    private static boolean oneSubject(SearchResult result, Candidate best, List<Candidate> choices) {
        String topic = best.article().topic();
        return best.named() && best.grounded() && words(result, best) >= PROMOTED_WORDS
                && choices.stream().allMatch(c -> c.article().topic().equals(topic));
    }

    public Decision decide(SearchResult result) {
        List<Candidate> candidates = ranked(result).candidates();
        Candidate best = candidates.isEmpty() ? null : candidates.getFirst();
        if (result.redirect() != null && (best == null || best.coverage() < CLEAR_ANSWER || !result.mayAnswerDespiteRedirect(best))) {
            return new Decision(ReplyKind.FALLBACK, best, List.of(), List.of(), result.redirect());
        }
        if (best == null) {
            return new Decision(ReplyKind.FALLBACK, null, List.of(), List.of(), null);
        }
        // "how can a foreigner get a PESEL number?": the article on who may vote in the Citizens' Budget holds all three
        // words, but none of its own subject: asked about, not answered (Candidate.grounded)
        if (best.coverage() >= answerThreshold && !oneWordAnswer(result, best) && best.grounded()) {
            // related only when related: of the same topic, and close to the question too
            List<Candidate> related = candidates.stream().skip(1)
                    .filter(c -> c.coverage() >= clarifyThreshold && c.article().topic().equals(best.article().topic()))
                    .limit(2)
                    .toList();
            return new Decision(ReplyKind.ANSWER, best, List.of(), related, null);
        }
        if (best.coverage() >= clarifyThreshold) {
            List<Candidate> choices = candidates.stream()
                    .filter(c -> c.coverage() >= clarifyThreshold * 0.8)
                    .limit(3)
                    .toList();
            if (oneSubject(result, best, choices)) {
                return new Decision(ReplyKind.ANSWER, best, List.of(), choices.stream().skip(1).limit(2).toList(), null);
            }
            return new Decision(ReplyKind.CLARIFY, best, choices, List.of(), null);
        }
        return new Decision(ReplyKind.FALLBACK, best, List.of(), List.of(), null);
    }
}
