package pl.krakow.kck.bot.reports;

import java.util.List;
import java.util.Set;

import pl.krakow.kck.bot.retrieval.Word;

/**
 * "nie" before a verb says something does not do what it should: "karuzela się nie kręci", "przycisk nie
 * reaguje", "sygnalizator nie pika", "nikt nie kosi" — a problem whatever the verb, so the catalogue need not
 * list every verb with its "nie". Not a verb of knowing or liking ("nie wiem", "nie podoba mi się"), not one in the
 * first person ("nie odebrałem dowodu": the resident's own doing), and not "nie" before an adverb or a noun
 * ("nie tylko", "nie zawsze").
 */
final class NegatedVerb {

    /** Verbs (as folded lemmas) whose negation says nothing about a thing in public space. */
    private static final Set<String> NEUTRAL = ReportWords.get("neutral-verbs");
    /** Words between "nie" and its verb. */
    private static final Set<String> SKIPPED = ReportWords.get("negation-skipped");
    /** Salience of verbs and adverbs in {@link Word}; a word that may also be an adjective weighs more. */
    private static final double VERB = 0.5;

    private NegatedVerb() {
    }

    /** A verb's lemma is its infinitive: -ć, or -c as in "móc", "piec" (folded, both end in c). */
    private static boolean infinitive(String lemma) {
        return lemma.length() > 3 && lemma.endsWith("c");
    }

    /** A verb in the first person past ("odebrałem", "zapłaciłam", "dostaliśmy"): the resident's own doing. */
    static boolean firstPerson(Word word) {
        String folded = word.folded();
        return folded.length() > 4 && (folded.endsWith("lem") || folded.endsWith("lam") || folded.endsWith("lismy")
                || folded.endsWith("lysmy")) && word.lemmas().stream().anyMatch(NegatedVerb::infinitive);
    }

    static boolean in(List<Word> words) {
        for (int i = 0; i < words.size() - 1; i++) {
            if (!words.get(i).folded().equals("nie")) {
                continue;
            }
            int j = i + 1;
            while (j < words.size() - 1 && SKIPPED.contains(words.get(j).folded())) {
                j++;
            }
            Word next = words.get(j);
            if (next.inDictionary() && next.salience() >= VERB && !firstPerson(next) && next.lemmas().stream().noneMatch(NEUTRAL::contains)
                    && next.lemmas().stream().anyMatch(NegatedVerb::infinitive)) {
                return true;
            }
        }
        return false;
    }
}
