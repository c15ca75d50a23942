package pl.krakow.kck.bot.dialogue;

import java.util.List;
import java.util.Optional;

import pl.krakow.kck.bot.retrieval.Candidate;
import pl.krakow.kck.bot.retrieval.SearchResult;

/**
 * A follow-up carried on the subject with little confidence (its best article of the subject's topic holds
 * between the clarifying and the answering threshold of it, with the subject's words), while its own words,
 * searched alone, are held clearly by an article of another topic ("a ile wychodzi miesięczny na wszystkie
 * linie?" after the Karta Krakowska): keeping the subject or turning to the other is a guess either way, and a
 * confident wrong answer is the worst outcome, so the resident is asked which of the two was meant.
 */
final class CarriedDoubt {

    private CarriedDoubt() {
    }

    /** The other topic's article to offer beside the subject's; empty when the carried answer stands. */
    static Optional<Candidate> rival(List<Candidate> inTopic, SearchResult alone, DialogueState state, AnswerPolicy policy,
                                     FollowUps followUps) {
        if (inTopic.isEmpty() || state.topic() == null) {
            return Optional.empty();
        }
        double carried = inTopic.getFirst().coverage();
        if (carried < policy.clarifyThreshold() || carried >= policy.answerThreshold()) {
            return Optional.empty();
        }
        if (SubjectConcepts.telling(followUps.subject(alone.concepts())) == 0) {
            return Optional.empty(); // "a długo się czeka?": it names nothing, so it can only be about the subject
        }
        return alone.best().filter(c -> c.coverage() >= policy.answerThreshold() && !c.article().topic().equals(state.topic()));
    }
}
