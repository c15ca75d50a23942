package pl.krakow.kck.bot.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A file of named sets of single words, as a class reads them beside itself: {@code name: word, word, …}, one
 * list a line; a name may come back on later lines to go on with its list (a comment between groups says what
 * they are); {@code #} starts a comment. Words are compared as written, in lower case (apostrophes kept:
 * "don't"). Behaviour as data, like the report catalogue: a broken file is refused with every problem's file and
 * line, when the class that reads it is first used.
 *
 * @param file the file's name, for messages
 * @param sets the words of each name the file holds
 */
public record WordSets(String file, Map<String, Set<String>> sets) {

    /** A word-set file with problems; the message lists each one with file and line. */
    public static final class Invalid extends IllegalStateException {
        Invalid(String message) {
            super(message);
        }
    }

    /**
     * Reads {@code name} beside {@code owner} (its package's resource folder).
     *
     * @param names the lists the file may hold; a list it does not hold is empty
     */
    public static WordSets resource(Class<?> owner, String name, Set<String> names) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new Invalid(name + ": missing from the classpath");
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks a file's text; {@code file} is used in problem messages. */
    public static WordSets parse(String file, String text, Set<String> names) {
        Map<String, Set<String>> sets = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (NamedLines.Line line : NamedLines.read(file, text, names::contains, problems)) {
            String where = line.where();
            String name = line.name();
            Set<String> words = sets.computeIfAbsent(name, n -> new LinkedHashSet<>());
            for (String item : line.items().split(",")) {
                String word = item.strip();
                if (word.isEmpty()) {
                    problems.add(where + "an empty item in list '" + name + "'");
                } else if (word.chars().anyMatch(Character::isWhitespace)) {
                    problems.add(where + "'" + word + "' is not one word");
                } else if (!word.equals(word.toLowerCase(Locale.ROOT))) {
                    problems.add(where + "'" + word + "' is not in lower case");
                } else if (!words.add(word)) {
                    problems.add(where + "'" + word + "' is already in list '" + name + "'");
                }
            }
        }
        if (sets.isEmpty() && problems.isEmpty()) {
            problems.add(file + ": no list");
        }
        if (!problems.isEmpty()) {
            throw new Invalid(String.join("\n", problems));
        }
        Map<String, Set<String>> frozen = new LinkedHashMap<>();
        sets.forEach((name, words) -> frozen.put(name, Set.copyOf(words)));
        return new WordSets(file, Map.copyOf(frozen));
    }

    /** The words of list {@code name}; empty when the file does not hold it. */
    public Set<String> get(String name) {
        return sets.getOrDefault(name, Set.of());
    }

    /** The words of list {@code name} in every one of {@code files} together. */
    public static Set<String> union(List<WordSets> files, String name) {
        Set<String> words = new LinkedHashSet<>();
        files.forEach(f -> words.addAll(f.get(name)));
        return Set.copyOf(words);
    }
}
