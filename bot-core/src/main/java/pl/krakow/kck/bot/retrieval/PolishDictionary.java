package pl.krakow.kck.bot.retrieval;

import java.util.Locale;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;

/**
 * The Morfologik Polish dictionary (PoliMorf), loaded once per JVM and shared by every analyzer; like
 * {@link UkrainianDictionary}, it also tells whether a word is one of its forms. Thread-safe.
 */
public final class PolishDictionary {

    private static final Dictionary DICTIONARY = new PolishStemmer().getDictionary();
    private static final DiacriticRestorer RESTORER = new DiacriticRestorer(DICTIONARY);
    /** How many words' readings {@link #endsNounPhrase} keeps. */
    static final int REMEMBERED_WORDS = 20_000;
    /**
     * {@link #endsNounPhrase} of the words read so far: a function of the word and the dictionary alone, asked of
     * every word before a town's first letters in every search (a question is searched several times), and the
     * dictionary lookup and the diacritic restorer are the cost.
     */
    private static final java.util.Map<String, Boolean> NOUN_PHRASE_ENDS = new java.util.concurrent.ConcurrentHashMap<>();

    private PolishDictionary() {
    }

    static Dictionary dictionary() {
        return DICTIONARY;
    }

    static DiacriticRestorer restorer() {
        return RESTORER;
    }

    /**
     * Whether a word is a Polish word form, typed with its Polish letters or without them ("mozna" is "można"): what
     * a Latin-script word of another language is told apart from.
     */
    public static boolean knows(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (DiacriticRestorer.isCandidate(lower)) {
            return !RESTORER.restore(lower).isEmpty();
        }
        return !new DictionaryLookup(DICTIONARY).lookup(lower).isEmpty();
    }

    /**
     * Whether {@code surface}, written with a capital, is a form of a Polish proper name: PoliMorf writes the lemmas of
     * towns, regions, rivers and people's names with a capital ("Wieliczka", "Zakopane", "Wisła"). In an edition
     * without the Polish dictionary (English) such a name is a name as typed, not a misspelt article word one letter
     * away ("Wieliczka" is no "wielicka").
     */
    static boolean isProperName(String surface) {
        if (surface.isEmpty() || !Character.isUpperCase(surface.codePointAt(0))) {
            return false;
        }
        for (WordData data : new DictionaryLookup(DICTIONARY).lookup(surface)) {
            CharSequence lemma = data.getStem();
            if (lemma != null && lemma.length() > 0 && Character.isUpperCase(lemma.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The proper names (PoliMorf's capitalised lemmas, folded as {@link TextAnalyzer#fold}: "wroclaw") of which {@code surface} is a genitive form, typed
     * with its Polish letters or without them ("wroclawia"). Typed in lower case, a word that is also a common word's
     * form ("łodzi": a boat's) names nothing: only its capital would make it the town.
     */
    static java.util.Set<String> genitiveOfName(String surface) {
        java.util.Set<String> names = new java.util.HashSet<>();
        if (surface.isEmpty()) {
            return names;
        }
        String lower = surface.toLowerCase(Locale.ROOT);
        boolean capital = Character.isUpperCase(surface.codePointAt(0));
        if (!capital && (DiacriticRestorer.isCandidate(lower) ? !RESTORER.restore(lower).isEmpty()
                : !new DictionaryLookup(DICTIONARY).lookup(lower).isEmpty())) {
            return names;
        }
        String capitalised = lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
        java.util.List<String> forms = DiacriticRestorer.isCandidate(lower)
                ? RESTORER.restore(capitalised) : java.util.List.of(capitalised);
        DictionaryLookup lookup = new DictionaryLookup(DICTIONARY);
        for (String form : forms) {
            for (WordData data : lookup.lookup(form)) {
                CharSequence lemma = data.getStem();
                CharSequence tag = data.getTag();
                if (lemma != null && lemma.length() > 0 && Character.isUpperCase(lemma.charAt(0))
                        && tag != null && tag.toString().contains(":gen:")) {
                    names.add(TextAnalyzer.fold(lemma.toString().toLowerCase(Locale.ROOT)));
                }
            }
        }
        return names;
    }

    /**
     * Whether a word (typed with or without its Polish letters) ends a noun phrase a genitive may belong to ("budżet
     * obywatelski", "mieszkańca"): a noun's or adjective's form, and in no reading a preposition ("koło", "z").
     */
    static boolean endsNounPhrase(String surface) {
        String lower = surface.toLowerCase(Locale.ROOT);
        Boolean known = NOUN_PHRASE_ENDS.get(lower);
        if (known != null) {
            return known;
        }
        boolean ends = readsAsNounPhraseEnd(lower);
        if (NOUN_PHRASE_ENDS.size() >= REMEMBERED_WORDS) {
            NOUN_PHRASE_ENDS.clear(); // bounded: residents' words are many, the ones asked again and again few
        }
        NOUN_PHRASE_ENDS.put(lower, ends);
        return ends;
    }

    private static boolean readsAsNounPhraseEnd(String lower) {
        java.util.List<String> forms = DiacriticRestorer.isCandidate(lower) ? RESTORER.restore(lower) : java.util.List.of(lower);
        DictionaryLookup lookup = new DictionaryLookup(DICTIONARY);
        boolean nominal = false;
        for (String form : forms) {
            for (WordData data : lookup.lookup(form)) {
                String tag = data.getTag() == null ? "" : data.getTag().toString();
                if (tag.startsWith("prep") || tag.contains("+prep")) {
                    return false;
                }
                nominal |= tag.startsWith("subst") || tag.startsWith("adj") || tag.startsWith("ger");
            }
        }
        return nominal;
    }
}
