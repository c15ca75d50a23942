package pl.krakow.kck.bot.reports;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;
import pl.krakow.kck.bot.text.Vocabulary;
import pl.krakow.kck.bot.text.Words;

/**
 * Reads places: coordinates ("50.0614, 19.9366"), and streets with or without a building number
 * ("na Karmelickiej 12", "przy ul. Długiej", "Wielicka 28a").
 */
final class LocationParser {

    private static final String NUMBER = "\\d{1,2}[.,]\\d{3,}";
    private static final Pattern COORDINATES = Pattern.compile("(" + NUMBER + ")\\s*[,;]?\\s*(" + NUMBER + ")");
    private static final String PREFIX = "(?:ul\\.|ulicy|ulica|ulice|al\\.|alei|aleja|alejach|os\\.|osiedlu|osiedle"
            + "|pl\\.|placu|plac|rondzie|rondo|moście|most)";
    private static final String UPPER_WORD = "\\p{Lu}[\\p{L}-]*";
    private static final Pattern CAPITALISED = Pattern.compile(UPPER_WORD);
    private static final String ANY_WORD = "\\p{L}[\\p{L}-]*";
    private static final String HOUSE = "(\\d{1,4}[a-zA-Z]?(?:/\\d{1,4})?)\\b(?![.,]\\d)";
    private static final String PREPOSITION = "(?iu:\\b(?:na|przy|obok|koło|kolo|naprzeciwko|naprzeciw|pod|u zbiegu)\\s+)";

    /** "na ul. Długiej 5", "przy Karmelickiej 12", "na Wielickiej". */
    private static final Pattern AFTER_PREPOSITION = Pattern.compile(PREPOSITION
            + "((?iu:" + PREFIX + ")\\s+" + ANY_WORD + "(?:\\s+" + UPPER_WORD + "){0,2}|" + UPPER_WORD + "(?:\\s+" + UPPER_WORD + "){0,2})"
            + "(?:\\s+" + HOUSE + ")?");
    /** "ul. Długa 5" anywhere. */
    private static final Pattern WITH_PREFIX = Pattern.compile("(?iu:\\b" + PREFIX + ")\\s+(" + ANY_WORD + "(?:\\s+" + UPPER_WORD
            + "){0,2})(?:\\s+" + HOUSE + ")?");
    /** "na karmelickiej 12" typed in lower case: a word after a preposition, then a number. */
    private static final Pattern LOWER_CASE_WITH_NUMBER = Pattern.compile(PREPOSITION + "(" + ANY_WORD + ")\\s+" + HOUSE);
    /** "przystanku Rondo Mogilskie", "Rynku Podgórskim": a landmark's noun, then a name. */
    private static final Pattern LANDMARK = Pattern.compile("(?iu:\\b(?:przystanku|przystanek|rynku|rynek|parku|park|skwerze|skwer"
            + "|bulwarze|bulwarach|dworcu|dworzec))\\s+(" + UPPER_WORD + "(?:\\s+" + UPPER_WORD + "){0,2})");
    /** "Karmelicka 12" anywhere. */
    private static final Pattern NAME_AND_NUMBER = Pattern.compile("\\b(" + UPPER_WORD + "(?:\\s+" + UPPER_WORD + "){0,2})\\s+" + HOUSE);

    /** What may come before a landmark that opens an answer ("na przystanku Rondo Mogilskie"). */
    private static final Pattern LEADING = Pattern.compile("(?iu)\\s*(?:na|przy|obok|koło|kolo|pod|w|we|naprzeciwko|naprzeciw|u)\\s+");

    /** A reading of what the resident typed at the location question. */
    record Answer(Location location, String problem) {
    }

    /** A place found in a free message (the first one), if any. */
    Optional<Location> find(String text) {
        Optional<double[]> point = coordinates(text);
        if (point.isPresent()) {
            double[] p = point.get();
            return KrakowBounds.contains(p[0], p[1]) ? Optional.of(Location.coordinates(p[0], p[1])) : Optional.empty();
        }
        return named(text).map(Found::location);
    }

    /** A named place and where in the text it was said (from the preposition, if any, to the house number). */
    private record Found(Location location, int start, int end) {
    }

    private static Optional<Found> named(String text) {
        for (Pattern pattern : new Pattern[] {AFTER_PREPOSITION, LANDMARK, WITH_PREFIX, LOWER_CASE_WITH_NUMBER, NAME_AND_NUMBER}) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                String street = m.group(1).strip();
                String number = m.groupCount() >= 2 ? m.group(2) : null;
                if (pattern == WITH_PREFIX || pattern == LANDMARK) {
                    street = text.substring(m.start(), m.end(1)).strip();
                }
                if (street.length() < 3 || Character.isDigit(street.charAt(0))) {
                    continue;
                }
                String name = PlaceNames.nominative(street);
                Location location = number == null
                        ? new Location(name, null, null, !PlaceNames.precise(street))
                        : Location.address(name + " " + number);
                return Optional.of(new Found(location, m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    /**
     * The text with the capitalised words of the places it names blanked out, so that a street or a stop is not
     * read as what is wrong: "na Bojki" is no fight (bójka), "przy Ogrodowej" no garden.
     */
    String withoutPlaceNames(String text) {
        StringBuilder blanked = new StringBuilder(text);
        for (Pattern pattern : new Pattern[] {AFTER_PREPOSITION, LANDMARK, WITH_PREFIX, NAME_AND_NUMBER}) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                Matcher name = CAPITALISED.matcher(text).region(m.start(1), m.end(1));
                while (name.find()) {
                    for (int i = name.start(); i < name.end(); i++) {
                        blanked.setCharAt(i, ' ');
                    }
                }
            }
        }
        return blanked.toString();
    }

    /**
     * Whether an answer to "where is it?" names no place one could find: "tam gdzie zawsze czekam na autobus",
     * "tu przed blokiem" — words pointing at a place (reports' vocabulary.vague) with no name, number or
     * place noun. A question ("?") is not vague: it may be for the knowledge base.
     */
    static boolean vague(String text) {
        if (text.contains("?") || text.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        String[] words = text.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i].replaceAll("[^\\p{L}.]", "");
            if (word.isEmpty()) {
                continue;
            }
            if ((i > 0 && Character.isUpperCase(word.codePointAt(0))) || PlaceNames.noun(word).isPresent()) {
                return false;
            }
        }
        String said = " " + Words.normalize(text) + " ";
        return Vocabulary.phrases(Lang.resident(), Vocabulary.Group.VAGUE).stream().anyMatch(p -> said.contains(" " + p + " "));
    }

    /** The answer to "where is it?": coordinates within Kraków, or an address or landmark. */
    Answer answer(String text) {
        String trimmed = text.strip().replaceAll("\\s+", " ");
        Optional<double[]> point = coordinates(trimmed);
        if (point.isPresent()) {
            double lat = point.get()[0];
            double lon = point.get()[1];
            if (!KrakowBounds.contains(lat, lon)) {
                return new Answer(null, ReportPhrases.outsideKrakow(lat, lon));
            }
            String rest = COORDINATES.matcher(trimmed).replaceFirst("").replaceAll("^[\\s,;:-]+|[\\s,;:-]+$", "");
            return new Answer(new Location(rest.length() >= 3 ? rest : null, lat, lon, false), null);
        }
        if (trimmed.length() > FormLimits.PLACE_MAX) {
            return new Answer(null, Messages.text(Lang.resident(), "reports.location-too-long", FormLimits.PLACE_MAX));
        }
        long letters = trimmed.codePoints().filter(Character::isLetter).count();
        if (letters < FormLimits.PLACE_MIN_LETTERS) {
            return new Answer(null, Messages.text(Lang.resident(), "reports.location-too-vague"));
        }
        return new Answer(Location.address(inNominative(trimmed)), null);
    }

    /**
     * An answer that opens with a street or landmark as people say it ("na Grzegórzeckiej 15", "przy ul. Marii
     * Konopnickiej", "na Kobierzyńskiej przy pętli") with that place in the nominative, as an address is written
     * ("Grzegórzecka 15", "ul. Marii Konopnickiej", "Kobierzyńska, przy pętli"); any other answer as typed.
     */
    private static String inNominative(String answer) {
        Optional<Found> found = named(answer)
                .filter(f -> f.start() == 0 || LEADING.matcher(answer.substring(0, f.start())).matches());
        if (found.isEmpty()) {
            return answer;
        }
        String rest = answer.substring(found.get().end()).replaceAll("^[\\s,;:–-]+", "").strip();
        String place = found.get().location().address();
        return rest.isEmpty() ? place : place + ", " + rest;
    }

    /** Latitude and longitude, whichever order they were typed in; empty when no pair is near Kraków's latitude. */
    static Optional<double[]> coordinates(String text) {
        Matcher m = COORDINATES.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        double first = Double.parseDouble(m.group(1).replace(',', '.'));
        double second = Double.parseDouble(m.group(2).replace(',', '.'));
        if (first >= 40 && first < 60 && second < 40) {
            return Optional.of(new double[] {first, second});
        }
        if (second >= 40 && second < 60 && first < 40) {
            return Optional.of(new double[] {second, first});
        }
        return Optional.of(new double[] {first, second});
    }
}
