package pl.krakow.kck.bot.dialogue;

import java.util.List;
import java.util.Optional;

/**
 * Turns a follow-up ("a ile to kosztuje?") and what the conversation was about into a question that
 * stands on its own ("Ile kosztuje nowy dowód osobisty po zgubieniu?"), to be searched instead of the
 * lexical reading of the follow-up (issue 12, the optional model path). Without a chat model:
 * {@link #NONE}, and the lexical path ({@link FollowUps}) reads the follow-up.
 */
public interface FollowUpCondenser {

    /** No model: nothing is condensed. */
    FollowUpCondenser NONE = (history, question) -> Optional.empty();

    /** One earlier exchange: what the resident asked and the title of the article that answered. */
    record Exchange(String asked, String answered) {
    }

    /** The standalone question, or empty when there is none (no model, a timeout, an open circuit, an unusable reply). */
    Optional<String> condense(List<Exchange> history, String question);
}
