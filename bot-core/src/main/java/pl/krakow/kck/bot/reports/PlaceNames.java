package pl.krakow.kck.bot.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import pl.krakow.kck.bot.text.Words;

/**
 * Street and place names back in the nominative, as an address is written: "na Wielickiej" → "Wielicka",
 * "przy ul. Długiej" → "ul. Długa", "na Rondzie Mogilskim" → "Rondo Mogilskie", "na Plantach" → "Planty".
 * Names in the genitive by nature ("Mickiewicza", "Królowej Jadwigi", "Marii Konopnickiej") are left as they are,
 * and so is a woman's surname alone ("przy Konopnickiej" → "Konopnickiej", from {@code women-street-names.txt}),
 * which looks like an adjectival name ("Karmelickiej" → "Karmelicka"). The place-type nouns come from
 * {@code place-nouns.tsv}.
 */
final class PlaceNames {

    /** A place-type noun: its nominative, the gender its adjective takes, whether it is precise on its own. */
    record Noun(String nominative, String gender, boolean precise) {
    }

    private static final Map<String, Noun> NOUNS = load();
    private static final Set<String> WOMEN = women();

    private PlaceNames() {
    }

    /** The place-type noun a word is a form of ("przystanku" → przystanek), if it is one. */
    static Optional<Noun> noun(String word) {
        return Optional.ofNullable(NOUNS.get(word.toLowerCase(Locale.ROOT)));
    }

    /** Whether a place named so is precise enough without a building number (a stop, a station). */
    static boolean precise(String name) {
        String first = name.strip().split("\\s+")[0];
        return noun(first).map(Noun::precise).orElse(false);
    }

    /** The name in the nominative; unchanged when it is not a form this class knows. */
    static String nominative(String name) {
        List<String> words = new ArrayList<>(List.of(name.strip().split("\\s+")));
        Optional<Noun> noun = noun(words.getFirst());
        if (noun.isPresent()) {
            words.set(0, cased(noun.get().nominative(), words.getFirst()));
            if (words.size() > 1 && !womansName(words.get(1))) {
                words.set(1, adjective(words.get(1), noun.get().gender()));
            }
            return String.join(" ", words);
        }
        // "Wielickiej", "Starej Wiślnej"; not "Królowej Jadwigi", "Marii Konopnickiej", nor "Konopnickiej" alone
        if (words.stream().allMatch(w -> w.endsWith("ej")) && words.stream().noneMatch(PlaceNames::womansName)) {
            words.replaceAll(w -> adjective(w, "f"));
        }
        return String.join(" ", words);
    }

    /** An adjective in the locative (or genitive) turned into the nominative of {@code gender}; others unchanged. */
    private static String adjective(String word, String gender) {
        String stem;
        boolean velar;
        if (word.endsWith("iej") && word.length() > 4 && "kg".indexOf(word.charAt(word.length() - 4)) >= 0) {
            stem = word.substring(0, word.length() - 3);
            velar = true;
        } else if (word.endsWith("ej") && word.length() > 3) {
            stem = word.substring(0, word.length() - 2);
            velar = false;
        } else if (word.endsWith("im") && word.length() > 3 && "kg".indexOf(word.charAt(word.length() - 3)) >= 0) {
            stem = word.substring(0, word.length() - 2);
            velar = true;
        } else if (word.endsWith("ym") && word.length() > 3) {
            stem = word.substring(0, word.length() - 2);
            velar = false;
        } else {
            return word;
        }
        return switch (gender) {
            case "f" -> stem + "a";
            case "m" -> stem + (velar ? "i" : "y");
            case "n" -> stem + (velar ? "ie" : "e");
            default -> word;
        };
    }

    /** A woman's surname a street is named after, in the genitive ("Konopnickiej", "Orzeszkowej"). */
    static boolean womansName(String word) {
        return WOMEN.contains(Words.fold(word));
    }

    private static String cased(String nominative, String original) {
        return Character.isUpperCase(original.charAt(0))
                ? nominative.substring(0, 1).toUpperCase(Locale.ROOT) + nominative.substring(1) : nominative;
    }

    private static Set<String> women() {
        Set<String> names = new HashSet<>();
        try (InputStream in = PlaceNames.class.getResourceAsStream("women-street-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("women-street-names.txt is missing");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(Words::fold).forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }

    private static Map<String, Noun> load() {
        Map<String, Noun> nouns = new HashMap<>();
        try (InputStream in = PlaceNames.class.getResourceAsStream("place-nouns.tsv")) {
            if (in == null) {
                throw new IllegalStateException("place-nouns.tsv is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 4 || !List.of("m", "f", "n", "pl").contains(fields[2]) || !List.of("yes", "no").contains(fields[3])) {
                    throw new IllegalStateException("place-nouns.tsv line " + number + ": expected form, nominative, m|f|n|pl, yes|no");
                }
                nouns.put(fields[0], new Noun(fields[1], fields[2], fields[3].equals("yes")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(nouns);
    }
}
