package pl.krakow.kck.bot.language;

import java.util.Locale;
import java.util.Set;

import pl.krakow.kck.bot.text.WordSets;

/**
 * Function words that tell Ukrainian from Russian where the letters do not (no і ї є ґ, no ы э ъ ё): "в мене нема
 * песеля, це проблема?" is Ukrainian ("мене", "нема", "це"; Russian has "меня", "нет", "это"), "где оплатить
 * парковку?" Russian ("где"; Ukrainian has "де"). The detector finds such short messages nearly equally likely
 * in both.
 */
final class CyrillicWords {

    /** Ukrainian words without Ukrainian letters that are no Russian words ({@code cyrillic-words.uk.txt}). */
    private static final Set<String> UKRAINIAN = words("cyrillic-words.uk.txt");
    /** Russian words without Russian letters that are no Ukrainian words ({@code cyrillic-words.ru.txt}). */
    private static final Set<String> RUSSIAN = words("cyrillic-words.ru.txt");

    private CyrillicWords() {
    }

    /** Ukrainian words less Russian ones: above 0 the message leans Ukrainian, below 0 Russian. */
    static int ukrainianLean(String text) {
        int lean = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}'’ʼ]+")) {
            if (UKRAINIAN.contains(word)) {
                lean++;
            } else if (RUSSIAN.contains(word)) {
                lean--;
            }
        }
        return lean;
    }

    private static Set<String> words(String file) {
        return WordSets.resource(CyrillicWords.class, file, Set.of("words")).get("words");
    }
}
