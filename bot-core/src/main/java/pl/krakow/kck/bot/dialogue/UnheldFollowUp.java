package pl.krakow.kck.bot.dialogue;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.retrieval.Candidate;
import pl.krakow.kck.bot.retrieval.Retriever;
import pl.krakow.kck.bot.retrieval.SearchResult;

/**
 * A follow-up carried on the subject that no article of the subject's topic holds enough of, searched with the
 * subject's words: either a matter of its own, clear on its own words ("dobra, a jak zgłosić hałasującego sąsiada w
 * nocy?" after the registration certificate), or the subject asked again in other words, with what the follow-up
 * asks of it ("a mogę przyjść w sobotę wieczorem?") or with the title of the article the conversation is on ("a
 * świadkowie potrzebni?" after three questions on a wedding).
 */
final class UnheldFollowUp {

    private static final int CANDIDATES = 8;

    private final AnswerPolicy policy;
    private final FollowUps followUps;

    UnheldFollowUp(AnswerPolicy policy, FollowUps followUps) {
        this.policy = policy;
        this.followUps = followUps;
    }

    /** Whether the subject's best candidate holds too little of the follow-up to be answered from, or to be offered. */
    boolean weak(List<Candidate> inTopic) {
        return inTopic.isEmpty() || inTopic.getFirst().coverage() < policy.clarifyThreshold();
    }

    /**
     * The follow-up as a matter of its own: its own words, searched alone, are answered clearly, and they are
     * {@value FollowUps#OWN_MATTER_WORDS} or more telling words pointing back at nothing. Asked before the subject is
     * searched again in other words: those searches leave the follow-up's words out, so they would answer from the
     * subject whatever was asked, on how the corpus happens to weigh the subject's words against the facet's.
     */
    Optional<FollowUps.Reading> ownMatter(String text, SearchResult alone) {
        return alone.best().filter(c -> c.coverage() >= policy.answerThreshold()).isPresent()
                ? followUps.ownMatter(text, alone) : Optional.empty();
    }

    /**
     * The subject's candidates searched again: with the subject's words and the facet the follow-up asks, when that
     * answers it clearly (the article whose title asks the facet first, {@link FacetArticle}); else with the subject
     * words of the title of the article the conversation is on (after a clarifying question, of the topic's article
     * the follow-up found first: a guess the resident has not confirmed, so only when that article holds a word the
     * resident named); as they were when neither holds enough.
     *
     * @param titled the subject words of an article's title
     */
    List<Candidate> retried(Retriever current, String text, FollowUps.Reading reading, DialogueState state, List<Candidate> inTopic,
                            SearchResult alone, Function<String, String> titled) {
        if (reading.facet() != null) {
            SearchResult withFacet = current.search(state.words() + " " + followUps.facetQuery(reading.facet()), CANDIDATES);
            List<Candidate> asked = inTopic(withFacet, state);
            if (!asked.isEmpty() && asked.getFirst().coverage() >= policy.answerThreshold()) {
                // "and who is allowed to have one?" after the card's definition: the facet's words are the question now
                return FacetArticle.first(asked, text, withFacet, withFacet, followUps, policy.clarifyThreshold());
            }
        }
        Optional<Article> on = state.article() != null ? current.article(state.article())
                : inTopic.stream().findFirst().map(Candidate::article);
        String title = on.map(a -> titled.apply(a.title())).orElse("");
        SearchResult withTitle = title.isBlank() ? null : current.search(text + " " + title, CANDIDATES);
        List<Candidate> retried = withTitle == null ? List.of() : inTopic(withTitle, state);
        if (!retried.isEmpty() && retried.getFirst().coverage() >= policy.clarifyThreshold()
                && (state.article() != null || SubjectArticle.holdsAny(withTitle, retried.getFirst(), followUps.subject(alone.concepts())))) {
            return retried;
        }
        return inTopic;
    }

    static List<Candidate> inTopic(SearchResult result, DialogueState state) {
        return result.candidates().stream().filter(c -> c.article().topic().equals(state.topic())).toList();
    }
}
