package pl.krakow.kck.bot.text;

import java.util.List;
import java.util.regex.Pattern;

import pl.krakow.kck.bot.retrieval.TextAnalyzer;

/** The one normalisation of what a resident typed, for comparing it with word lists and labels. */
public final class Words {

    /** Compiled once (String.replaceAll compiles its pattern on every call; every message is normalised several times). */
    private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9\\p{IsCyrillic}]+");

    private Words() {
    }

    /**
     * Lower case, letters folded to ASCII (Polish ł → l, ą → a, …), every run of other characters one space,
     * stripped: "Wyślij!" → "wyslij", "Nie, dziękuję." → "nie dziekuje". Cyrillic letters are kept in lower
     * case ("Так!" → "так"). Null is "".
     */
    public static String normalize(String text) {
        return text == null ? "" : NOT_A_WORD.matcher(fold(text)).replaceAll(" ").strip();
    }

    /** {@link #normalize} split into words; empty for blank text. */
    public static List<String> of(String text) {
        String normalized = normalize(text);
        return normalized.isEmpty() ? List.of() : List.of(normalized.split(" "));
    }

    /** Lower case with letters folded to ASCII as the index folds them (ł → l). Spacing and punctuation kept. */
    public static String fold(String text) {
        return TextAnalyzer.fold(text);
    }
}
