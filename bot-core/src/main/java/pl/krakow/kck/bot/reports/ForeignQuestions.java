package pl.krakow.kck.bot.reports;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import pl.krakow.kck.bot.text.WordSets;

/**
 * Questions in Ukrainian and English without a question mark ("велика яма на дорозі, куди про це повідомити",
 * "where do I report a broken street light"): what {@link ReportRecognizer#isQuestion} reads in Polish, in the
 * other served languages, so that a question about a problem goes to the knowledge base, not to the report form.
 * A question word asks when it opens the message, or before what is to be done (a Ukrainian infinitive, an
 * English auxiliary: "куди про це повідомити", "big pothole on Długa, who do I call"); elsewhere it mostly joins
 * a clause to a statement ("ліхтар, який не світить", "the bench near where I live is broken"). The words of each
 * language are in {@code foreign-questions.<lang>.txt} beside this class.
 */
final class ForeignQuestions {

    /** The Ukrainian and the English lists ({@code foreign-questions.uk.txt}, {@code foreign-questions.en.txt}). */
    private static final List<WordSets> LISTS = Stream.of("uk", "en")
            .map(lang -> WordSets.resource(ForeignQuestions.class, "foreign-questions." + lang + ".txt",
                    Set.of("always", "question-words", "openers", "auxiliaries", "persons", "infinitive-endings")))
            .toList();
    /** Words that ask wherever they stand. */
    private static final Set<String> ALWAYS = WordSets.union(LISTS, "always");
    /** Question words: they ask opening the message or before what is to be done. */
    private static final Set<String> QUESTION_WORDS = WordSets.union(LISTS, "question-words");
    /** Words that ask when they open the message. */
    private static final Set<String> OPENERS = WordSets.union(LISTS, "openers");
    /** Words after a question word that make it ask ("where do", "how to", "who should"). */
    private static final Set<String> AUXILIARIES = WordSets.union(LISTS, "auxiliaries");
    /** Persons after an opening "do" that make it ask ("do I need"). */
    private static final Set<String> PERSONS = WordSets.union(LISTS, "persons");
    /** Endings of an infinitive, what is to be done, after a question word ("куди про це повідомити", "як викинути"). */
    private static final List<String> INFINITIVE_ENDINGS = List.copyOf(WordSets.union(LISTS, "infinitive-endings"));
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
            if (word.length() > 3 && infinitive(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean infinitive(String word) {
        for (String ending : INFINITIVE_ENDINGS) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
