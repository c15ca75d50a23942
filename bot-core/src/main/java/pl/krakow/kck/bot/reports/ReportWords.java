package pl.krakow.kck.bot.reports;

import java.util.Set;

import pl.krakow.kck.bot.text.WordSets;

/**
 * The Polish word lists the report recogniser reads statements by ({@code report-words.pl.txt}: question words,
 * lead-ins, verbs whose negation is neutral…), read once; a broken file is refused with its file and line.
 */
final class ReportWords {

    static final Set<String> LISTS = Set.of("question-words", "question-openers", "lead-ins", "generic",
            "neutral-verbs", "negation-skipped", "still");
    private static final WordSets WORDS = WordSets.resource(ReportWords.class, "report-words.pl.txt", LISTS);

    private ReportWords() {
    }

    /** The words of one list of the file. */
    static Set<String> get(String list) {
        if (!LISTS.contains(list)) {
            throw new IllegalArgumentException("report-words.pl.txt has no list '" + list + "'");
        }
        return WORDS.get(list);
    }
}
