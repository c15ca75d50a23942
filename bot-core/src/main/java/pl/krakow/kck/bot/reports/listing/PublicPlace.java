package pl.krakow.kck.bot.reports.listing;

import java.util.Locale;

import pl.krakow.kck.bot.privacy.PersonalDataRedactor;

/**
 * A report's place as the public list shows it: street level. House and flat numbers go ("ul. Długa 5/3" →
 * "ul. Długa"), so does any personal data the resident typed into the place; a report with coordinates only
 * shows them rounded to three decimals (about 100 m).
 */
public final class PublicPlace {

    private static final PersonalDataRedactor REDACTOR = new PersonalDataRedactor();

    private PublicPlace() {
    }

    /** Street level, or null when nothing is left. */
    public static String of(String address, Double lat, Double lon) {
        if (address != null) {
            String street = REDACTOR.redact(address)
                    .replaceAll("(?iu)\\b(nr|lok|m|kl|klatka|mieszkanie)\\.?\\s*(?=[^\\s,;]*\\d)", " ") // "nr 5", "m. 3"
                    .replaceAll("[^\\s,;]*\\d[^\\s,;]*", " ")                                             // "5", "5/3", "12a", "50.061"
                    .replaceAll("\\s+([,.;:)])", "$1")
                    .replaceAll("\\(\\s*\\)", " ")
                    .replaceAll("\\s+", " ")
                    .replaceAll("^[\\s,.;:–-]+|[\\s,;:(–-]+$", "")
                    .strip();
            if (street.chars().anyMatch(Character::isLetter)) {
                return street;
            }
        }
        if (lat != null && lon != null) {
            return String.format(Locale.ROOT, "%.3f, %.3f", lat, lon);
        }
        return null;
    }
}
