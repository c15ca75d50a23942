package pl.krakow.kck.bot.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import pl.krakow.kck.bot.retrieval.Word;

/**
 * Verbal nouns ("parkowanie", "zastawienie") in a statement: whether one reports the verb's act or names a
 * matter, for {@link CategoryMatcher}'s signals.
 */
final class VerbalNouns {

    /** The endings of a verbal noun's forms ("parkowanie", "parkowania", "zastawieniem", "zabiciu"). */
    private static final Pattern VERBAL_NOUN = Pattern.compile("[nc]i(e|a|u|em|ach|om|ami)$");
    /** The ending of its nominative (and accusative): the form in which it is what the message is about. */
    private static final Pattern VERBAL_NOUN_SUBJECT = Pattern.compile("[nc]ie$");
    /** Prepositions a verbal noun may follow as the complement of another word ("opłata za parkowanie"). */
    private static final Set<String> PREPOSITIONS = Set.of("za", "na", "do", "od", "dla", "o", "po", "przy", "bez", "z", "ze", "w", "we", "przez");
    /** Salience of nouns in {@link Word}. */
    private static final double NOUN = 1.0;

    private VerbalNouns() {
    }

    /**
     * The lemmas as the category's signals are read: a verbal noun that complements another noun or a preposition
     * ("strefa płatnego parkowania", "opłata za parkowanie", "problem z parkowaniem") names a matter, not that
     * the verb's act is being done wrong, so it keeps its own form, not the verb's lemma; one that is the
     * message's subject ("parkowanie na chodniku", "ciągłe blokowanie wjazdu") reports the act and keeps it.
     * {@code lemmas} is one set per word (a negated word's extra "nie" aside, it is the words' lemmas, in order).
     */
    static List<Set<String>> asActs(List<Word> words, List<Set<String>> lemmas) {
        if (lemmas.size() != words.size()) {
            return lemmas; // a negated word added "nie": no verbal noun is re-read (the problem is said anyway)
        }
        List<Set<String>> acts = new ArrayList<>(lemmas);
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            if (complement(word, i == 0 ? null : words.get(i - 1))) {
                acts.set(i, Set.of(word.folded()));
            }
        }
        return acts;
    }

    /** A verbal noun in an oblique case ("parkowania", "parkowaniem"), or after a noun or a preposition ("za parkowanie"). */
    private static boolean complement(Word word, Word before) {
        if (!verbalNounForm(word)) {
            return false;
        }
        if (!VERBAL_NOUN_SUBJECT.matcher(word.folded()).find()) {
            return true;
        }
        return before != null && (PREPOSITIONS.contains(before.folded())
                || before.inDictionary() && before.salience() >= NOUN && !verbalNounForm(before));
    }

    /** A dictionary word read as a noun whose lemma is a verb and whose ending is a verbal noun's ("parkowaniu" → parkować). */
    private static boolean verbalNounForm(Word word) {
        return word.inDictionary() && word.salience() >= NOUN && VERBAL_NOUN.matcher(word.folded()).find()
                && word.lemmas().stream().anyMatch(l -> l.length() > 3 && l.endsWith("c"));
    }
}
