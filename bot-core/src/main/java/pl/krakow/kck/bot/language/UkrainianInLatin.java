package pl.krakow.kck.bot.language;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pl.krakow.kck.bot.retrieval.PolishDictionary;

/**
 * Ukrainian typed in Latin letters ("yak otrymaty pesel", "de zrobyty meldunok", "dyakuyu"): told from Polish and
 * English without their letters, and written back in Cyrillic for the Ukrainian edition to search.
 *
 * <p>A word is Ukrainian when one of its readings ({@link LatinReadings}) is a Ukrainian word form and it is no
 * Polish word form ("tak", "jak", "karta", "pobytu" stay Polish: a Ukrainian resident writes Polish office words as
 * they are, and the Ukrainian edition knows them so). Words of one or two letters ("na", "do", "i") tell nothing.
 */
public final class UkrainianInLatin {

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}]+(?:['’ʼ][\\p{IsLatin}]+)*");
    /**
     * What only a transliteration of Ukrainian has among the letters of the languages around (y and v, the
     * digraphs for ж х ш ч, and y or j before a vowel for я ю є ї): one of its Ukrainian words must have one, so that
     * a French or Italian word that happens to read as a Ukrainian one ("merci", "мерці") does not make it Ukrainian.
     */
    private static final Pattern MARKS = Pattern.compile("[yv'’ʼ]|kh|zh|sh|ch|j[aeiou]");
    /** Ukrainian words shorter than this are no evidence: "na", "do", "po", "ta" are Polish too. */
    static final int EVIDENCE_LENGTH = 3;
    /** Words Polish shares up to this length are function words ("de", "koly", "pro"), not Polish office words. */
    static final int SHARED_LENGTH = 4;

    private UkrainianInLatin() {
    }

    /**
     * Whether a Latin-script message is Ukrainian: at least one Ukrainian word, and Ukrainian words at least half of
     * the words of three letters or more.
     */
    static boolean reads(List<String> latinWords) {
        int ukrainian = 0;
        int counted = 0;
        boolean marked = false;
        for (String word : latinWords) {
            if (word.length() < EVIDENCE_LENGTH) {
                continue;
            }
            counted++;
            if (ukrainianWord(word).isPresent()) {
                ukrainian++;
                marked |= MARKS.matcher(word.toLowerCase(Locale.ROOT)).find();
            }
        }
        return marked && 2 * ukrainian >= counted;
    }

    /**
     * The text with every Ukrainian word in Latin letters written in Cyrillic, other words as they are. In a message
     * that {@link #reads} as Ukrainian the short words Polish shares ("de", "koly", "na", "jak") are Ukrainian too;
     * Polish office words ("pesel", "karta pobytu") stay as typed, as the Ukrainian edition knows them.
     */
    public static String toCyrillic(String text) {
        Matcher matcher = WORD.matcher(text);
        List<String> words = matcher.results().map(MatchResult::group).toList();
        boolean ukrainian = reads(words);
        matcher.reset();
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String word = matcher.group();
            Optional<String> cyrillic = ukrainianWord(word);
            if (cyrillic.isEmpty() && ukrainian && !nameLike(word) && word.length() >= 2 && word.length() <= SHARED_LENGTH) {
                cyrillic = LatinReadings.bestUkrainian(word.toLowerCase(Locale.ROOT));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(cyrillic.orElse(word)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * Whether the text is typed in Latin letters only, so that {@link #toCyrillic} is to read it: Latin words in a
     * message with Cyrillic ones were typed so on purpose ("e-meldunek через gov.pl", "скільки коштує prawo jazdy").
     */
    public static boolean latinOnly(String text) {
        return text != null && WORD.matcher(text).find() && !CYRILLIC.matcher(text).find();
    }

    /** A capital after the first letter: an acronym or a brand ("PIT", "SCT", "mObywatel"), kept as typed. */
    private static boolean nameLike(String word) {
        return word.codePoints().skip(1).anyMatch(Character::isUpperCase);
    }

    /** The Ukrainian word form a Latin word stands for, unless it is a Polish word form or too short to tell. */
    static Optional<String> ukrainianWord(String word) {
        if (word.length() < EVIDENCE_LENGTH - 1 || nameLike(word)) {
            return Optional.empty();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        Optional<String> cyrillic = LatinReadings.bestUkrainian(lower);
        if (cyrillic.isEmpty() || PolishDictionary.knows(lower)) {
            return Optional.empty();
        }
        return cyrillic;
    }
}
