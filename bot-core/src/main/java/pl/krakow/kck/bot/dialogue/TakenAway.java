package pl.krakow.kck.bot.dialogue;

import java.util.List;
import java.util.stream.IntStream;

import pl.krakow.kck.bot.retrieval.QueryConcept;

/**
 * Whether a follow-up takes a thing away from the subject ("а без карти?", "a bez karty?", "and without the card?"
 * after the monthly ticket with the Karta Krakowska): the thing follows a word of the language's
 * {@value FollowUps#WITHOUT} list, so it was already spoken of and names no new subject, whatever topic it names.
 */
record TakenAway(List<WordPattern> words) {

    TakenAway {
        words = List.copyOf(words);
    }

    /** Whether {@code concept} follows a word of the list in the message's {@code tokens}. */
    boolean of(String[] tokens, QueryConcept concept) {
        String first = SubjectConcepts.typed(concept)[0];
        return IntStream.range(0, tokens.length).anyMatch(at -> words.stream()
                .map(w -> w.matchAt(tokens, at)).anyMatch(n -> n > 0 && at + n < tokens.length && tokens[at + n].equals(first)));
    }
}
