package pl.krakow.kck.bot.language;

import java.util.Locale;
import java.util.Set;

/**
 * Function words that tell Ukrainian from Russian where the letters do not (no і ї є ґ, no ы э ъ ё): "в мене нема
 * песеля, це проблема?" is Ukrainian ("мене", "нема", "це"; Russian has "меня", "нет", "это"), "где оплатить
 * парковку?" Russian ("где"; Ukrainian has "де"). The detector finds such short messages nearly equally likely
 * in both.
 */
final class CyrillicWords {

    /** Ukrainian words without Ukrainian letters that are no Russian words. */
    private static final Set<String> UKRAINIAN = Set.of("це", "мене", "нема", "що", "щоб", "ще", "або", "чи",
            "треба", "зараз", "вже", "коли", "який", "яка", "яке", "як", "де", "хто", "вона", "воно", "вони", "ми", "ви",
            "дуже", "бо", "можна", "ласка", "дякую", "добрий");
    /** Russian words without Russian letters that are no Ukrainian words. */
    private static final Set<String> RUSSIAN = Set.of("что", "как", "где", "кто", "меня", "мне", "когда", "сколько",
            "нужно", "надо", "можно", "пожалуйста", "спасибо", "нет", "есть", "какой", "какая", "какие", "такой", "она",
            "они", "очень", "тоже", "также", "конечно", "здравствуйте", "привет", "сделать", "делать", "могу");

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
}
