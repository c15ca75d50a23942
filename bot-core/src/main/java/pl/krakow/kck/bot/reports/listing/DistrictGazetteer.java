package pl.krakow.kck.bot.reports.listing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.retrieval.Word;

/**
 * Which of Kraków's districts a report's place lies in, from {@code districts.tsv}: per district, places that
 * lie wholly inside it. A place is found in an address on lemmas ("na Rynku Podgórskim" → "Rynek Podgórski");
 * the longest place found wins and a tie between districts gives none, as does an address naming no place.
 */
public final class DistrictGazetteer {

    /** A district: its number ("XIII") and name ("Podgórze"). */
    public record District(String code, String name) {
    }

    private record Place(District district, List<Word> words) {
    }

    /** Case endings of Polish nouns and adjectives, without Polish letters. */
    private static final Set<String> ENDINGS = Set.of("", "a", "e", "i", "o", "u", "y", "ej", "iej", "ie", "ia", "iu", "ach", "iach",
            "ami", "iami", "om", "ow", "em", "iem", "owi", "ym", "im", "ego", "emu", "ich", "ych");

    private final List<District> districts;
    private final List<Place> places;
    private final TextAnalyzer analyzer;
    private final String version;

    private DistrictGazetteer(List<District> districts, List<Place> places, TextAnalyzer analyzer, String version) {
        this.districts = List.copyOf(districts);
        this.places = List.copyOf(places);
        this.analyzer = analyzer;
        this.version = version;
    }

    /** No districts: the list has no district filter. */
    public static DistrictGazetteer none(TextAnalyzer analyzer) {
        return new DistrictGazetteer(List.of(), List.of(), analyzer, "none");
    }

    /** Reads the file; a missing file gives {@link #none}. A malformed line is refused with its number. */
    public static DistrictGazetteer load(Path file, TextAnalyzer analyzer) throws IOException {
        if (!Files.isRegularFile(file)) {
            return none(analyzer);
        }
        byte[] bytes = Files.readAllBytes(file);
        List<District> districts = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] columns = lines[i].split("\t");
            if (columns.length < 2 || columns[0].isBlank() || columns[1].isBlank()) {
                throw new IOException(file + ":" + (i + 1) + ": expected code<TAB>name<TAB>places");
            }
            District district = new District(columns[0].strip(), columns[1].strip());
            districts.add(district);
            List<String> named = new ArrayList<>(List.of(district.name()));
            if (columns.length > 2) {
                named.addAll(List.of(columns[2].split(";")));
            }
            for (String place : named) {
                List<Word> words = analyzer.words(place.strip());
                if (!words.isEmpty()) {
                    places.add(new Place(district, words));
                }
            }
        }
        return new DistrictGazetteer(districts, places, analyzer, digest(bytes));
    }

    public List<District> districts() {
        return districts;
    }

    public Optional<District> find(String code) {
        return districts.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** Changes with the file: a report's district worked out with another version is worked out again. */
    public String version() {
        return version;
    }

    /** The district the address lies in, when one of its places is named and no other district's as long. */
    public Optional<District> of(String address) {
        if (address == null || address.isBlank() || places.isEmpty()) {
            return Optional.empty();
        }
        List<Word> words = analyzer.words(address);
        District best = null;
        int longest = 0;
        boolean tied = false;
        for (Place place : places) {
            if (place.words().size() < longest || !occurs(place.words(), words)) {
                continue;
            }
            if (place.words().size() > longest) {
                best = place.district();
                longest = place.words().size();
                tied = false;
            } else if (!place.district().equals(best)) {
                tied = true;
            }
        }
        return tied ? Optional.empty() : Optional.ofNullable(best);
    }

    private static boolean occurs(List<Word> place, List<Word> words) {
        for (int start = 0; start + place.size() <= words.size(); start++) {
            boolean all = true;
            for (int i = 0; i < place.size() && all; i++) {
                all = same(place.get(i), words.get(start + i));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * The place's word in the address: a lemma in common, or (names the dictionary lacks) the place word's
     * stem followed by a Polish ending ("Lipowa" → "Lipowej", but not "Mogiła" → "Mogilska").
     */
    private static boolean same(Word place, Word address) {
        if (!disjoint(place.lemmas(), address.lemmas()) || place.folded().equals(address.folded())) {
            return true;
        }
        String stem = place.folded().replaceAll("[aeiouy]+$", "");
        return stem.length() >= 4 && address.folded().startsWith(stem)
                && ENDINGS.contains(address.folded().substring(stem.length()));
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String lemma : a) {
            if (b.contains(lemma)) {
                return false;
            }
        }
        return true;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
