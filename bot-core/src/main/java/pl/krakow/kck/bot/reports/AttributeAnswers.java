package pl.krakow.kck.bot.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Vocabulary;
import pl.krakow.kck.bot.text.Words;

/** Reads typed answers to a category's attributes: list choices by number, name or key, and dates. */
final class AttributeAnswers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.uuuu");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d.M.uuuu H:mm");

    /** The longest answer read loosely. */
    private static final int LOOSE_WORDS = 6;

    private AttributeAnswers() {
    }

    /**
     * "1, 3", "gruz i opony", or a value's name, key or the beginning of its name; failing those, an answer as
     * people give it: a yes or no opening a longer sentence ("tak, bardzo głęboka") and a value named by one
     * of its words in another form ("przewrócone drzewo" for "Drzewo lub gałąź").
     */
    static List<String> list(CategoryAttribute attribute, String text) {
        return list(attribute, text, t -> List.of());
    }

    /**
     * As {@link #list(CategoryAttribute, String)}, and a value named by a word of another form that shares its
     * lemma ("spadły gałęzie" for "Drzewo lub gałąź") or by one of its synonyms on lemmas ("konar" for
     * "Drzewo lub gałąź", "kanapa" for "Meble lub gabaryty"), which come first.
     *
     * @param lemmas the lemmas of each word of a text
     */
    static List<String> list(CategoryAttribute attribute, String text, Function<String, List<Set<String>>> lemmas) {
        List<String> exact = exactly(attribute, text);
        if (!exact.isEmpty()) {
            return exact;
        }
        if (Words.of(text).size() <= LOOSE_WORDS) {
            List<String> named = bySynonyms(attribute, text, lemmas);
            if (!named.isEmpty()) {
                return named; // "brak tablic" is "Bez tablic", though "Ma tablice" shares a word with it
            }
        }
        List<String> loose = loosely(attribute, Words.normalize(text));
        return loose.isEmpty() && Words.of(text).size() <= LOOSE_WORDS ? onLemmas(attribute, text, lemmas) : loose;
    }

    /**
     * The options one of whose synonyms the answer says. A synonym without "nie" does not count in an answer
     * with "nie" ("nie, nie jest głęboka"): the yes and no rules read those.
     */
    private static List<String> bySynonyms(CategoryAttribute attribute, String text, Function<String, List<Set<String>>> lemmas) {
        List<Set<String>> said = lemmas.apply(text);
        boolean negated = Words.of(text).contains("nie");
        Set<String> keys = new LinkedHashSet<>();
        for (CategoryAttribute.Value value : attribute.values()) {
            if (value.synonyms().stream().filter(synonym -> !negated || Words.of(synonym).contains("nie"))
                    .anyMatch(synonym -> saysAll(said, lemmas.apply(synonym)))) {
                keys.add(value.key());
            }
        }
        return new ArrayList<>(keys);
    }

    private static List<String> onLemmas(CategoryAttribute attribute, String text, Function<String, List<Set<String>>> lemmas) {
        List<Set<String>> said = lemmas.apply(text).stream().filter(AttributeAnswers::meaningful).toList();
        Set<String> keys = new LinkedHashSet<>();
        for (CategoryAttribute.Value value : attribute.values()) {
            for (Set<String> named : lemmas.apply(value.name()).stream().filter(AttributeAnswers::meaningful).toList()) {
                if (said.stream().anyMatch(s -> s.stream().anyMatch(named::contains))) {
                    keys.add(value.key());
                }
            }
        }
        return new ArrayList<>(keys);
    }

    private static List<String> exactly(CategoryAttribute attribute, String text) {
        Set<String> keys = new LinkedHashSet<>();
        String whole = Words.normalize(text);
        for (CategoryAttribute.Value value : attribute.values()) {
            if (Words.normalize(value.name()).equals(whole) || Words.normalize(value.key()).equals(whole)) {
                return List.of(value.key());
            }
        }
        for (String part : whole.split("\\s*(,|;|\\bi\\b|\\boraz\\b)\\s*|\\s+(?=\\d)")) {
            String token = part.strip();
            if (token.isEmpty()) {
                continue;
            }
            if (token.matches("\\d{1,2}")) {
                int index = Integer.parseInt(token) - 1;
                if (index >= 0 && index < attribute.values().size()) {
                    keys.add(attribute.values().get(index).key());
                    continue;
                }
                return List.of();
            }
            boolean found = false;
            for (CategoryAttribute.Value value : attribute.values()) {
                String name = Words.normalize(value.name());
                if (name.equals(token) || Words.normalize(value.key()).equals(token) || (token.length() >= 3 && name.startsWith(token))) {
                    keys.add(value.key());
                    found = true;
                    break;
                }
            }
            if (!found) {
                return List.of();
            }
        }
        return new ArrayList<>(keys);
    }

    private static List<String> loosely(CategoryAttribute attribute, String said) {
        String[] words = said.replaceAll("[^a-z0-9 ]", " ").strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty() || words.length > LOOSE_WORDS) {
            return List.of(); // a longer message is left to the form's other readings (an emergency, a question)
        }
        String opening = words.length > 1 ? words[0] + " " + words[1] : words[0];
        if (opening.equals("nie wiem") && attribute.value("nie-wiem").isPresent()) {
            return List.of("nie-wiem");
        }
        if (Vocabulary.phrases(Lang.resident(), Vocabulary.Group.YES).contains(words[0]) && attribute.value("tak").isPresent()) {
            return List.of("tak");
        }
        if (words[0].equals("nie") && !opening.equals("nie wiem") && attribute.value("nie").isPresent()) {
            return List.of("nie");
        }
        Set<String> keys = new LinkedHashSet<>();
        for (CategoryAttribute.Value value : attribute.values()) {
            for (String named : Words.normalize(value.name()).replaceAll("[^a-z0-9 ]", " ").strip().split("\\s+")) {
                for (String word : words) {
                    if (named.length() >= 4 && word.length() >= 4 && stem(named).equals(stem(word))) {
                        keys.add(value.key());
                    }
                }
            }
        }
        return new ArrayList<>(keys);
    }

    /** Whether every meaningful word of a synonym ("przewrócone drzewo") is said, in any form. */
    private static boolean saysAll(List<Set<String>> said, List<Set<String>> synonym) {
        List<Set<String>> wanted = synonym.stream().filter(AttributeAnswers::meaningful).toList();
        return !wanted.isEmpty() && wanted.stream().allMatch(w -> said.stream().anyMatch(s -> s.stream().anyMatch(w::contains)));
    }

    /** A word worth matching on: not "lub", "na", "i". */
    private static boolean meaningful(Set<String> lemmas) {
        return lemmas.stream().anyMatch(l -> l.length() >= 4);
    }

    /** The first five letters: enough to meet the forms of one Polish word ("drzewo", "drzewa", "drzewem"). */
    private static String stem(String word) {
        return word.length() <= 5 ? word : word.substring(0, 5);
    }

    static Optional<String> dateTime(String text) {
        String t = text.strip().replace('-', '.').replace('/', '.');
        try {
            return Optional.of(LocalDateTime.parse(t, DAY_TIME).toString());
        } catch (DateTimeParseException e) {
            // try the date alone
        }
        try {
            return Optional.of(LocalDate.parse(t, DAY).toString());
        } catch (DateTimeParseException e) {
            // try ISO
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()).toString());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
