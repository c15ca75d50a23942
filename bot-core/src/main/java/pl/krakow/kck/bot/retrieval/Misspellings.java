package pl.krakow.kck.bot.retrieval;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;

import pl.krakow.kck.bot.language.Language;

/**
 * Reads a word of a question that no article has as the word of the knowledge base it was probably meant
 * as ({@link TypoCorrector}), with its neighbours as evidence: a correction that makes a phrase of the
 * knowledge base with the word before or after it ("prawo jady" → "prawo jazdy", "krata krakowska" →
 * "karta krakowska") comes before a likelier spelling that makes none, and it is the only way a real
 * word the articles never use is corrected ("jady", "krata" are Polish words: alone they stay as typed).
 * A word with a wrong Polish letter whose folded form is a word of the articles ("płąci") is read as that word; a
 * word near none of the articles' forms, as the dictionary word one slip away whose lemma they use
 * ({@link DictionaryNeighbours}: "konsultatem" → "konsultantem"). In the English edition a real English word
 * ({@link EnglishWords}) is corrected only into such a phrase too: "real", "wife", "Opel" stay as typed, and a Polish
 * proper name typed with its capital is not corrected at all ({@link PolishDictionary#isProperName}: "Wieliczka" is no "wielicka").
 * Thread-safe.
 */
final class Misspellings {

    private static final int MIN_LENGTH = 4;
    private static final int MIN_NEIGHBOUR_LENGTH = 3;
    private static final int MIN_INFLECTED_LENGTH = 5;
    /** A neighbour's lemma must be in this many times the articles of any other neighbour's to be read as meant. */
    private static final int CLEAR_PREFERENCE = 3;

    /** @param form the vocabulary word form the typed one was read as; @param word its analysis */
    record Correction(String form, Word word) {
    }

    private final TypoCorrector corrector;
    private final TextAnalyzer analyzer;
    private final Stopwords stopwords;
    private final IndexTerms indexTerms;
    private final IndexSearcher searcher;
    /** Polish words near a misspelt one; null in an edition without the Polish dictionary (English). */
    private final DictionaryNeighbours neighbours;

    Misspellings(TypoCorrector corrector, TextAnalyzer analyzer, Stopwords stopwords, IndexTerms terms, IndexSearcher searcher) {
        this.corrector = corrector;
        this.analyzer = analyzer;
        this.stopwords = stopwords;
        this.indexTerms = terms;
        this.searcher = searcher;
        this.neighbours = analyzer.language() == Language.PL ? new DictionaryNeighbours(PolishDictionary.dictionary()) : null;
    }

    /** The correction of {@code words.get(at)}, or null when it is read as typed. */
    Correction correct(List<Word> words, int at) throws IOException {
        Word word = words.get(at);
        if (word.folded().length() < MIN_LENGTH || known(word.lemmas()) || polishName(word)) {
            return null;
        }
        if (corrector.contains(word.folded())) {
            // "płąci": a wrong Polish letter, the word itself is in the articles ("płaci") once folded
            Word meant = analyzer.word(word.folded());
            return meant.inDictionary() && known(meant.lemmas()) ? new Correction(word.folded(), meant) : null;
        }
        List<String> forms = corrector.corrections(word.folded());
        if (forms.isEmpty()) {
            return inflected(at, word);
        }
        for (String form : forms) {
            Word meant = analyzer.word(form);
            if (known(meant.lemmas()) && inPhrase(words, at, meant)) {
                return new Correction(form, meant);
            }
        }
        if (word.inDictionary() || realEnglish(word)) {
            return null;
        }
        Word likeliest = analyzer.word(forms.getFirst());
        return known(likeliest.lemmas()) ? new Correction(forms.getFirst(), likeliest) : null;
    }

    /**
     * The word of the dictionary one slip from {@code word} whose lemma the articles use most (and clearly more than
     * any other neighbour's), when the articles hold
     * none of its forms close enough ("konsultatem": the articles say "konsultant", "konsultanta", never
     * "konsultantem"). Only for a word the dictionary does not know, of {@value #MIN_INFLECTED_LENGTH} letters or
     * more (shorter ones have too many neighbours), not capitalised inside the question (a name: "Dietla").
     */
    private Correction inflected(int at, Word word) throws IOException {
        String surface = word.surface();
        if (neighbours == null || word.inDictionary() || word.folded().length() < MIN_INFLECTED_LENGTH
                || at > 0 && Character.isUpperCase(surface.codePointAt(0)) || !surface.chars().allMatch(Character::isLetter)) {
            return null;
        }
        Correction best = null;
        int most = 0;
        int runnerUp = 0;
        for (String form : neighbours.of(surface)) {
            Word meant = analyzer.word(form);
            int articles = articles(meant.lemmas());
            if (articles == 0 || best != null && best.word().lemmas().equals(meant.lemmas())) {
                continue;
            }
            if (articles > most) {
                runnerUp = most;
                most = articles;
                best = new Correction(TextAnalyzer.fold(form), meant);
            } else {
                runnerUp = Math.max(runnerUp, articles);
            }
        }
        // "odbirze": "odbierze" (odebrać) or "odbiorze" (odbiór)? Read it as one only when the articles clearly prefer it
        return most >= CLEAR_PREFERENCE * runnerUp ? best : null;
    }

    /**
     * A Polish proper name typed with its capital in the English edition ({@link PolishDictionary#isProperName}: "Wieliczka"), which is
     * not an English word too: read as typed, as the Polish edition reads the names its dictionary knows.
     */
    private boolean polishName(Word word) {
        return analyzer.language() == Language.EN && !EnglishWords.contains(word.folded()) && PolishDictionary.isProperName(word.surface());
    }

    /** A real English word in the English edition, which has no Morfologik dictionary ({@link EnglishWords}). */
    private boolean realEnglish(Word word) {
        return analyzer.language() == Language.EN && EnglishWords.contains(word.folded());
    }

    private int articles(Set<String> terms) throws IOException {
        int most = 0;
        for (String term : terms) {
            most = Math.max(most, indexTerms.docFreq(new Term(ArticleDocuments.ALL, term)));
        }
        return most;
    }

    /** Whether {@code meant}, put at {@code at}, makes a phrase of some article with the word before or after it. */
    private boolean inPhrase(List<Word> words, int at, Word meant) throws IOException {
        for (int neighbour : new int[] {at - 1, at + 1}) {
            if (neighbour < 0 || neighbour >= words.size()) {
                continue;
            }
            Word other = words.get(neighbour);
            if (stopwords.isStopword(other) || other.folded().length() < MIN_NEIGHBOUR_LENGTH
                    || other.folded().chars().allMatch(Character::isDigit)) {
                continue;
            }
            Set<String> first = neighbour < at ? other.lemmas() : meant.lemmas();
            Set<String> second = neighbour < at ? meant.lemmas() : other.lemmas();
            MultiPhraseQuery phrase = new MultiPhraseQuery.Builder()
                    .add(terms(first))
                    .add(terms(second))
                    .build();
            if (searcher.count(phrase) > 0) {
                return true;
            }
        }
        return false;
    }

    private static Term[] terms(Set<String> lemmas) {
        return lemmas.stream().map(l -> new Term(ArticleDocuments.ALL, l)).toArray(Term[]::new);
    }

    boolean known(Set<String> terms) throws IOException {
        for (String term : terms) {
            if (indexTerms.docFreq(new Term(ArticleDocuments.ALL, term)) > 0) {
                return true;
            }
        }
        return false;
    }
}
