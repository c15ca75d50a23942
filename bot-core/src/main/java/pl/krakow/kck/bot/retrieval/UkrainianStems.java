package pl.krakow.kck.bot.retrieval;

import java.util.List;

/**
 * The stem of a Cyrillic word the Ukrainian dictionary does not know: the Polish names and office words residents
 * write in Cyrillic and inflect as Ukrainian nouns ("мельдунек", "мельдунку", "мельдунок"; "песель", "песеля";
 * "Подгуже", "Подгужі"; "урзонд", "урзонді"), which would otherwise each be a term of its own. The case ending is
 * cut, the vowel that drops out before a final -к ("мельдунек", "мельдунку") left out, and the soft sign and є,
 * which Polish l and ie are rendered with or without, read as nothing and е ("мелдунек", "Казімеж").
 */
final class UkrainianStems {

    /** Case endings of nouns and adjectives, longest first. */
    private static final List<String> ENDINGS = List.of(
            "ами", "ями", "ові", "еві", "ого", "ому", "ими",
            "ах", "ях", "ом", "ем", "єм", "ою", "ею", "єю", "ій", "ий", "ої", "их", "им", "ів", "їв", "ям", "ам",
            "а", "я", "у", "ю", "і", "ї", "е", "є", "о", "и", "ь", "й");
    /** A stem keeps at least this many letters. */
    static final int MIN_STEM = 4;
    private static final String VOWELS = "аеєиіїоуюя";

    private UkrainianStems() {
    }

    /** The stem of a lower-case word. */
    static String stem(String word) {
        String stem = word;
        for (String ending : ENDINGS) {
            if (stem.endsWith(ending) && stem.length() - ending.length() >= MIN_STEM) {
                stem = stem.substring(0, stem.length() - ending.length());
                break;
            }
        }
        int n = stem.length();
        if (n > MIN_STEM && stem.charAt(n - 1) == 'к' && "еоє".indexOf(stem.charAt(n - 2)) >= 0
                && VOWELS.indexOf(stem.charAt(n - 3)) < 0) {
            stem = stem.substring(0, n - 2) + "к"; // мельдунек, мельдунок → мельдунк (мельдунку)
        }
        return stem.replace("ь", "").replace('є', 'е');
    }
}
