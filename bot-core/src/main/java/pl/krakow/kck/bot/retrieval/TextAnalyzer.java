package pl.krakow.kck.bot.retrieval;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.morfologik.MorphosyntacticTagsAttribute;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import pl.krakow.kck.bot.language.Language;

/**
 * Splits text into {@link Word}s with their lemmas, using {@link PolishLemmaAnalyzer} one word at a time.
 * Words repeat (Zipf), so each distinct spelling is analysed once and remembered; the cache is bounded.
 * Thread-safe.
 *
 * <p>Per language ({@link #of(Language)}): Ukrainian text has its Cyrillic words lemmatised with the
 * Ukrainian dictionary ({@link UkrainianLemmaAnalyzer}) and its Latin words as Polish (the office words
 * Ukrainians write in Polish: "meldunek", "dowód osobisty"); English text is stemmed ({@link EnglishStemAnalyzer}).
 * Each language has its stopwords ({@link #stopwords()}).
 */
public final class TextAnalyzer implements AutoCloseable {

    private static final int CACHE_LIMIT = 200_000;

    private final Language language;
    private final Analyzer lemmas;
    private final Analyzer cyrillic;
    private final Stopwords stopwords;

    /** The Polish analyzer. */
    public TextAnalyzer() {
        this(Language.PL);
    }

    private TextAnalyzer(Language language) {
        this.language = language;
        this.lemmas = language == Language.EN ? new EnglishStemAnalyzer() : new PolishLemmaAnalyzer();
        this.cyrillic = language == Language.UK ? new UkrainianLemmaAnalyzer() : null;
        this.stopwords = Stopwords.of(language);
        this.cache = ANALYSED.get(language);
    }

    private static Map<Language, ConcurrentHashMap<String, Word>> memories() {
        Map<Language, ConcurrentHashMap<String, Word>> memories = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            memories.put(language, new ConcurrentHashMap<>());
        }
        return memories;
    }

    /** The words of {@code language} analysed so far in this JVM (a copy). */
    static List<Word> analysed(Language language) {
        return List.copyOf(ANALYSED.get(language).values());
    }

    /** Takes {@code words} as analysed (read from {@link WordCache}); a word analysed already keeps its analysis. */
    static void remember(Language language, Collection<Word> words) {
        ConcurrentHashMap<String, Word> memory = ANALYSED.get(language);
        for (Word word : words) {
            memory.putIfAbsent(word.surface(), word);
        }
    }

    /** The analyzer of one served language's edition of the knowledge base and of questions in it. */
    public static TextAnalyzer of(Language language) {
        return new TextAnalyzer(language);
    }

    public Language language() {
        return language;
    }

    /** The words of this language that never decide which article answers. */
    public Stopwords stopwords() {
        return stopwords;
    }
    private final ThreadLocal<StandardTokenizer> tokenizers = ThreadLocal.withInitial(StandardTokenizer::new);
    /**
     * The words analysed so far, shared by the analysers of one language (the analysis depends on nothing but the
     * language): the handoff rules, the report form and each edition's index analyse many of the same words, and
     * {@link WordCache} fills it from disk at the start.
     */
    private static final Map<Language, ConcurrentHashMap<String, Word>> ANALYSED = memories();
    private final ConcurrentHashMap<String, Word> cache;

    public List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        StandardTokenizer tokenizer = tokenizers.get();
        CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            boolean afterStreet = false;
            while (tokenizer.incrementToken()) {
                Word word = word(term.toString());
                words.add(afterStreet ? streetName(word) : word);
                afterStreet = STREET_MARKERS.contains(word.folded());
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                tokenizer.close();
            } catch (IOException e) {
                // a StringReader does not fail on close
            }
        }
        return words;
    }

    /**
     * The abbreviations for "street" ("ul. Wielicka", "вул. Могильській"): the capitalised word after one names the
     * street, a place, even where the dictionary knows it as an adjective ("Могильській", "Wielicka"), so it is taken
     * as a name the dictionary does not know.
     */
    private static final Set<String> STREET_MARKERS = Set.of("ul", "вул", "ул");

    private static Word streetName(Word word) {
        boolean capitalised = !word.surface().isEmpty() && Character.isUpperCase(word.surface().codePointAt(0));
        return capitalised ? new Word(word.surface(), word.folded(), word.lemmas(), false, word.salience()) : word;
    }

    /** One word (a single token as the tokenizer cut it). */
    public Word word(String surface) {
        Word word = cache.get(surface);
        if (word == null) {
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            word = analyse(surface);
            cache.put(surface, word);
        }
        return word;
    }

    private Word analyse(String surface) {
        Set<String> found = new LinkedHashSet<>();
        String typed = null;
        boolean typedAgain = false;
        boolean known = false;
        double salience = 0;
        Analyzer analyzer = cyrillic != null && isCyrillic(surface) ? cyrillic : lemmas;
        try (TokenStream stream = analyzer.tokenStream("text", surface)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            MorphosyntacticTagsAttribute tags = stream.addAttribute(MorphosyntacticTagsAttribute.class);
            stream.reset();
            boolean first = true;
            while (stream.incrementToken()) {
                if (!first && increment.getPositionIncrement() > 0) {
                    break; // one word in, one position out
                }
                boolean tagged = tags.getTags() != null && !tags.getTags().isEmpty();
                String lemma = term.toString();
                if (first) {
                    // The first token is the typed word itself when the dictionary does not know it.
                    typed = tagged ? null : lemma;
                } else if (lemma.equals(typed)) {
                    typedAgain = true; // "zaswiadczenie" typed, and the lemma of "zaświadczenie" too
                }
                found.add(lemma);
                known |= tagged;
                if (tagged) {
                    salience = Math.max(salience, PartOfSpeech.salience(tags.getTags()));
                }
                first = false;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String folded = fold(surface);
        if (language == Language.EN && !found.isEmpty()) {
            return new Word(surface, folded, Set.of(found.iterator().next()), false, EnglishSalience.of(folded)); // the stem
        }
        if ((!known || found.isEmpty()) && cyrillic != null && isCyrillic(surface)) {
            // a Polish name or office word in Cyrillic, inflected: "мельдунку" as "мельдунек", "Подгужі" as "Подгуже"
            return new Word(surface, folded, Set.of(UkrainianStems.stem(folded)), false, 1.0);
        }
        if (!known || found.isEmpty()) {
            return new Word(surface, folded, Set.of(folded), false, 1.0);
        }
        if (typed != null && !typedAgain && found.size() > 1) {
            found.remove(typed); // "urzedzie" is no word: keep the lemmas of the words it was restored to
        }
        return new Word(surface, folded, found, true, salience);
    }

    private static boolean isCyrillic(String surface) {
        return surface.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    /** Lower case and ASCII folding, as the index does it (ł → l included). */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        char[] input = lower.toCharArray();
        char[] output = new char[input.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
        return new String(output, 0, length);
    }

    @Override
    public void close() {
        lemmas.close();
        if (cyrillic != null) {
            cyrillic.close();
        }
    }
}
