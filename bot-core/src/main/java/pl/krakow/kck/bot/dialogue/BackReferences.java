package pl.krakow.kck.bot.dialogue;

import java.util.List;

import pl.krakow.kck.bot.retrieval.QueryConcept;

/**
 * How a follow-up points back at what was said or turns from it, read with the lists of a language's follow-up
 * file: its openings ("a …", "and …", "а …"), its words pointing back ("to", "tam", "go"), its modifiers
 * ("a przy drodze?"), its words asking which ("a jaki formularz?") and its phrases asking what a thing is
 * ("co to jest SCT?", which point back at nothing).
 */
final class BackReferences {

    private final List<WordPattern> openings;
    private final List<WordPattern> references;
    private final List<WordPattern> modifiers;
    private final List<WordPattern> which;
    private final List<WordPattern> definitions;

    BackReferences(List<WordPattern> openings, List<WordPattern> references, List<WordPattern> modifiers,
                   List<WordPattern> which, List<WordPattern> definitions) {
        this.openings = List.copyOf(openings);
        this.references = List.copyOf(references);
        this.modifiers = List.copyOf(modifiers);
        this.which = List.copyOf(which);
        this.definitions = List.copyOf(definitions);
    }

    /**
     * "a paszport ile się robi?", "a Kartę Krakowską dla niego?": "a X…" (an opening of the language's
     * {@value FollowUps#OPENING} list, then the subject word) turns to another subject, whatever follows it (unlike
     * "a jak nie mam meldunku?", a condition within the subject).
     */
    boolean opensWith(String text, QueryConcept concept) {
        String[] tokens = WordPattern.tokens(text);
        String[] named = WordPattern.tokens(concept.text().contains("→") ? concept.text().substring(0, concept.text().indexOf('→')) : concept.text());
        if (named.length == 0) {
            return false;
        }
        for (WordPattern opening : openings) {
            int length = opening.matchAt(tokens, 0);
            if (length > 0 && length < tokens.length && tokens[length].equals(named[0])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the message points back at what was said: a word of the reference list, or an opening ("a …", "and …"). */
    boolean pointsBack(String text) {
        String[] tokens = WordPattern.tokens(text);
        return refersBack(tokens) || opens(tokens);
    }

    /** Whether the message opens with an opening of the language ("a …", "and …", "а …") and goes on. */
    boolean opens(String[] tokens) {
        return openings.stream().anyMatch(o -> {
            int length = o.matchAt(tokens, 0);
            return length > 0 && length < tokens.length;
        });
    }

    /** "a przy drodze?", "a w niedzielę?": after the opening, a word that qualifies the subject rather than naming another. */
    boolean qualifies(String[] tokens) {
        if (tokens.length == 0) {
            return false;
        }
        if (modifiers.stream().anyMatch(m -> m.matchAt(tokens, 0) > 0)) {
            return true;
        }
        for (WordPattern opening : openings) {
            int length = opening.matchAt(tokens, 0);
            if (length > 0 && length < tokens.length) {
                int at = length;
                if (modifiers.stream().anyMatch(m -> m.matchAt(tokens, at) > 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the message asks what something is ("co to jest PKK?", "що таке PKK?", "what is the Kraków Card?"). */
    boolean asksDefinition(String[] tokens) {
        return definitions.stream().anyMatch(d -> d.in(tokens));
    }

    /** Whether a text (an article's title) opens by asking what something is ("Czym jest Profil Kandydata…"). */
    boolean opensWithDefinition(String[] tokens) {
        return definitions.stream().anyMatch(d -> d.matchAt(tokens, 0) > 0);
    }

    /** Whether a word of the message points back to what was said ("to", "tam", "go", "je"; not the "to" of "co to jest"). */
    boolean refersBack(String[] tokens) {
        return references.stream().anyMatch(r -> r.in(tokens)) && definitions.stream().noneMatch(d -> d.in(tokens));
    }

    /**
     * "tych automatów", "ten numer", "a jaki formularz?": the concept follows a word pointing back or asking which,
     * so it is the subject's own thing, already spoken of.
     */
    boolean pointedAt(String[] tokens, QueryConcept concept) {
        String first = SubjectConcepts.typed(concept)[0];
        for (int i = 1; i < tokens.length; i++) {
            int at = i - 1;
            if (tokens[i].equals(first) && (references.stream().anyMatch(r -> r.matchAt(tokens, at) == 1)
                    || which.stream().anyMatch(w -> w.matchAt(tokens, at) == 1))) {
                return true;
            }
        }
        return false;
    }
}
