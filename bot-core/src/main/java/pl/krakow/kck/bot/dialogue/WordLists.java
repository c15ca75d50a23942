package pl.krakow.kck.bot.dialogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import pl.krakow.kck.bot.text.NamedLines;

/**
 * A file of named word lists, one a line: {@code name: word, phrase, stem*, … [=> tail]}; {@code #} starts
 * a comment. Behaviour as data, like the report catalogue: a broken file is refused with every problem's
 * file and line.
 *
 * @param lists the patterns of each name, in file order
 * @param tails what follows {@code =>} on a name's line, or absent
 */
record WordLists(Map<String, List<WordPattern>> lists, Map<String, String> tails) {

    /** A word-list file with problems; the message lists each one with file and line. */
    static final class Invalid extends IllegalStateException {
        Invalid(String message) {
            super(message);
        }
    }

    static WordLists resource(String name, Set<String> required, String optionalPrefix) {
        return resource(name, required, Set.of(), optionalPrefix);
    }

    /** @param optional names that may be there or not */
    static WordLists resource(String name, Set<String> required, Set<String> optional, String optionalPrefix) {
        try (InputStream in = WordLists.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new Invalid(name + ": missing from the classpath");
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), required, optional, optionalPrefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param required       names that must be there
     * @param optionalPrefix further names must begin with this (e.g. {@code "facet "}); null for none allowed
     */
    static WordLists parse(String file, String text, Set<String> required, String optionalPrefix) {
        return parse(file, text, required, Set.of(), optionalPrefix);
    }

    static WordLists parse(String file, String text, Set<String> required, Set<String> optional, String optionalPrefix) {
        Map<String, List<WordPattern>> lists = new LinkedHashMap<>();
        Map<String, String> tails = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        Predicate<String> known = name -> required.contains(name) || optional.contains(name) || optionalPrefix != null && name.startsWith(optionalPrefix);
        for (NamedLines.Line line : NamedLines.read(file, text, known, problems)) {
            String where = line.where();
            String name = line.name();
            if (lists.containsKey(name)) {
                problems.add(where + "list '" + name + "' is already defined");
                continue;
            }
            String rest = line.items();
            int arrow = rest.indexOf("=>");
            if (arrow >= 0) {
                tails.put(name, rest.substring(arrow + 2).strip());
                rest = rest.substring(0, arrow);
            }
            List<WordPattern> patterns = new ArrayList<>();
            for (String item : rest.split(",")) {
                if (item.isBlank()) {
                    problems.add(where + "an empty item in list '" + name + "'");
                    continue;
                }
                WordPattern pattern = WordPattern.of(item);
                if (pattern.words().isEmpty() || pattern.words().stream().anyMatch(w -> w.equals("*") || (w.indexOf('*') >= 0 && w.indexOf('*') < w.length() - 1))) {
                    problems.add(where + "'" + item.strip() + "' is not a word, phrase or stem* ");
                    continue;
                }
                patterns.add(pattern);
            }
            lists.put(name, List.copyOf(patterns));
        }
        for (String name : required) {
            if (!lists.containsKey(name)) {
                problems.add(file + ": list '" + name + "' is missing");
            }
        }
        if (!problems.isEmpty()) {
            throw new Invalid(String.join("\n", problems));
        }
        return new WordLists(lists, tails);
    }

    List<WordPattern> list(String name) {
        return lists.getOrDefault(name, List.of());
    }
}
