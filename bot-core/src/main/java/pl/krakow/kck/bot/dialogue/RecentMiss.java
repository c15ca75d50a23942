package pl.krakow.kck.bot.dialogue;

import java.util.Optional;

import pl.krakow.kck.bot.retrieval.ArticleIndex;
import pl.krakow.kck.bot.retrieval.SearchResult;

/**
 * A message right after a question no article answered (issue 12): "а що робити коли прийду?", "and for me? I'm
 * 35" after a miss point back at it; answered on their own, a verb or a number alone picks an article of any
 * topic ("прийти": the parking fine's reminder). When such a message names no thing of its own, it is read with
 * the missed question's words ({@link DialogueState#missed()}): answered if together they are clear enough, else
 * asked about or admitted unknown, but not guessed.
 */
final class RecentMiss {

    private RecentMiss() {
    }

    /** The reading of {@code text} with the missed question's words, or empty when there was no miss or it names its own thing. */
    static Optional<FollowUps.Reading> reading(String text, SearchResult alone, DialogueState state, FollowUps followUps) {
        if (state.missed() == null || state.missed().isBlank() || state.hasSubject() || state.article() != null) {
            return Optional.empty();
        }
        boolean namesThing = followUps.subject(alone.concepts()).stream()
                .anyMatch(c -> followUps.mayNameTopic(c) && c.weight() > ArticleIndex.PLACE_WEIGHT && !SubjectConcepts.number(c));
        if (namesThing || !followUps.pointsBack(text)) {
            return Optional.empty();
        }
        String words = (state.missed() + " " + followUps.subjectWords(alone.concepts())).strip();
        return Optional.of(new FollowUps.Reading(FollowUps.Kind.ANSWERED, state.missed() + " " + text,
                followUps.facetOf(text).orElse(null), words));
    }
}
