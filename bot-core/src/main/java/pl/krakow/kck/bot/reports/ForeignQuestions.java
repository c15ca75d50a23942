package pl.krakow.kck.bot.reports;

import java.util.Locale;
import java.util.Set;

/**
 * Questions in Ukrainian and English without a question mark ("велика яма на дорозі, куди про це повідомити",
 * "where do I report a broken street light"): what {@link ReportRecognizer#isQuestion} reads in Polish, in the
 * other served languages, so that a question about a problem goes to the knowledge base, not to the report form.
 * A question word asks when it opens the message, or before what is to be done (a Ukrainian infinitive, an
 * English auxiliary: "куди про це повідомити", "big pothole on Długa, who do I call"); elsewhere it mostly joins
 * a clause to a statement ("ліхтар, який не світить", "the bench near where I live is broken").
 */
final class ForeignQuestions {

    /** Words that ask wherever they stand. */
    private static final Set<String> ALWAYS = Set.of("чому", "навіщо", "скільки", "why");
    /** Question words: they ask opening the message or before what is to be done. */
    private static final Set<String> QUESTION_WORDS = Set.of("як", "де", "хто", "кому", "кого", "куди", "звідки", "коли",
            "що", "який", "яка", "яке", "які", "якого", "якої", "яких", "яким", "якій",
            "how", "where", "who", "whom", "which", "what", "when");
    /** Words that ask when they open the message. */
    private static final Set<String> OPENERS = Set.of("чи", "можна", "треба", "потрібно", "підкажіть", "скажіть",
            "can", "could", "should", "would", "will", "is", "are", "does", "did", "anyone");
    /** English words after a question word that make it ask ("where do", "how to", "who should"). */
    private static final Set<String> AUXILIARIES = Set.of("do", "does", "did", "can", "could", "should", "to", "will",
            "would", "shall", "may", "must", "much", "many", "long", "often");
    private static final Set<String> PERSONS = Set.of("i", "you", "we", "they");
    /** How far after a question word what is to be done may come. */
    private static final int REACH = 3;
    private static final java.util.regex.Pattern NOT_A_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}']+");

    private ForeignQuestions() {
    }

    static boolean asks(String text) {
        String[] all = NOT_A_WORD.split(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        String[] words = all.length > 0 && all[0].isEmpty() ? java.util.Arrays.copyOfRange(all, 1, all.length) : all;
        if (words.length == 0) {
            return false;
        }
        String opening = words[0];
        if (OPENERS.contains(opening) || opening.equals("do") && words.length > 1 && PERSONS.contains(words[1])) {
            return true;
        }
        if (QUESTION_WORDS.contains(opening) && !(opening.equals("what") && words.length > 1 && (words[1].equals("a") || words[1].equals("an")))) {
            return true;
        }
        for (int i = 0; i < words.length; i++) {
            if (ALWAYS.contains(words[i]) || QUESTION_WORDS.contains(words[i]) && beforeWhatIsDone(words, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean beforeWhatIsDone(String[] words, int at) {
        for (int j = at + 1; j < words.length && j <= at + REACH; j++) {
            String word = words[j];
            if (j <= at + 2 && AUXILIARIES.contains(word)) {
                return true;
            }
            if (word.length() > 3 && (word.endsWith("ти") || word.endsWith("тися") || word.endsWith("тись"))) {
                return true; // a Ukrainian infinitive: "куди про це повідомити", "як викинути"
            }
        }
        return false;
    }
}
