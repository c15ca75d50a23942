package pl.krakow.kck.bot.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The lines of a file of named lists, {@code name: items}, as both list formats read them ({@link WordSets}, and the
 * dialogue's word lists of phrases and stems): blank lines and {@code #} comments skipped, a line without a name or
 * with a name the reader does not know added to the problems with its file and line.
 */
public final class NamedLines {

    /**
     * One named line.
     *
     * @param where the file and line, to begin a problem's message with ({@code "follow-ups.txt:12: "})
     * @param name  the list's name, before the colon
     * @param items what follows the colon
     */
    public record Line(String where, String name, String items) {
    }

    private NamedLines() {
    }

    /**
     * @param known    the names the reader knows
     * @param problems where a line without a name, or with a name not known, is added
     */
    public static List<Line> read(String file, String text, Predicate<String> known, List<String> problems) {
        List<Line> named = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            int colon = line.indexOf(':');
            if (colon <= 0) {
                problems.add(where + "expected 'name: word, word, …'");
                continue;
            }
            String name = line.substring(0, colon).strip();
            if (!known.test(name)) {
                problems.add(where + "unknown list '" + name + "'");
                continue;
            }
            named.add(new Line(where, name, line.substring(colon + 1)));
        }
        return named;
    }
}
