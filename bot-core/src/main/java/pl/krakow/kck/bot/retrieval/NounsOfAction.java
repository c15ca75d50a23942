package pl.krakow.kck.bot.retrieval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A Polish verb and the noun naming its act read alike: "rejestracja firmy", "zarejestrowanie firmy" and
 * "zarejestrować firmę" name one matter. A noun in -acja is read as its verb in -ować ("rejestracja" →
 * rejestrować, "legalizacja" → legalizować), a verbal noun in -owanie as its verb, and a verb in -ować also
 * without its perfective prefix ("zarejestrować" → rejestrować), so that both sides of a comparison meet in
 * the imperfective verb. For matching a list's phrases ({@code out-of-scope.txt}), not for ranking articles.
 */
final class NounsOfAction {

    /** Perfective prefixes of verbs in -ować ("za-rejestrować", "z-organizować", "wy-drukować"), folded. */
    private static final List<String> PREFIXES = List.of("prze", "roz", "wy", "za", "po", "do", "na", "od", "ze", "z", "s", "u", "o");
    /** The shortest stem kept when a prefix or an ending is taken off: short words are left as they are. */
    private static final int MIN_STEM = 4;

    private NounsOfAction() {
    }

    /** The words with each one's lemmas joined by the verb it names or is ({@link #acts}). */
    static List<Word> read(List<Word> words) {
        return words.stream().map(NounsOfAction::read).toList();
    }

    private static Word read(Word word) {
        Set<String> acts = acts(word.lemmas());
        return acts.equals(word.lemmas()) ? word
                : new Word(word.surface(), word.folded(), acts, word.inDictionary(), word.salience());
    }

    /** The folded lemmas with the imperfective verbs they name added. */
    static Set<String> acts(Set<String> lemmas) {
        Set<String> acts = new HashSet<>(lemmas);
        for (String lemma : lemmas) {
            String verb = verb(lemma);
            if (verb == null) {
                continue;
            }
            acts.add(verb);
            for (String prefix : PREFIXES) {
                if (verb.startsWith(prefix) && verb.length() - prefix.length() - "owac".length() >= MIN_STEM) {
                    acts.add(verb.substring(prefix.length()));
                }
            }
        }
        return acts;
    }

    /** The verb in -ować a folded lemma is or names, or null. */
    private static String verb(String lemma) {
        if (lemma.endsWith("owac")) {
            return lemma;
        }
        for (String ending : List.of("acja", "owanie")) {
            if (lemma.endsWith(ending) && lemma.length() - ending.length() >= MIN_STEM) {
                return lemma.substring(0, lemma.length() - ending.length()) + "owac";
            }
        }
        return null;
    }
}
