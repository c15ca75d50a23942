package pl.krakow.kck.bot.retrieval;

import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Polish proper names as the Polish dictionary (PoliMorf) knows them: towns, regions, rivers, people's names, whose
 * lemmas it writes with a capital ("Wieliczka", "Zakopane", "Wisła"). In an edition without the Polish dictionary
 * (English) such a name is a name as typed, not a misspelt article word one letter away ("Wieliczka" is no
 * "wielicka"). Thread-safe.
 */
final class PolishNames {

    private PolishNames() {
    }

    /** Whether {@code surface}, written with a capital, is a form of a Polish proper name. */
    static boolean isName(String surface) {
        if (surface.isEmpty() || !Character.isUpperCase(surface.codePointAt(0))) {
            return false;
        }
        DictionaryLookup lookup = new DictionaryLookup(PolishDictionary.dictionary());
        for (WordData data : lookup.lookup(surface)) {
            CharSequence lemma = data.getStem();
            if (lemma != null && lemma.length() > 0 && Character.isUpperCase(lemma.charAt(0))) {
                return true;
            }
        }
        return false;
    }
}
