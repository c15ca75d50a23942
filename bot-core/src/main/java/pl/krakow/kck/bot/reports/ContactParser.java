package pl.krakow.kck.bot.reports;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an e-mail address and/or a Polish phone number from what the resident typed. A phone number is
 * nine digits (an optional +48 or 0048 in front; spaces, dashes and brackets allowed), not starting with 0;
 * it is kept as {@code +48} and the nine digits.
 */
final class ContactParser {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+-])([A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24})(?![\\w@])");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d+])((?:\\+|00)?[\\d(][\\d\\s()-]{7,18}\\d)(?!\\d)");

    /** What was found; both null when nothing valid was typed. */
    record Contact(String email, String phone) {
        boolean empty() {
            return email == null && phone == null;
        }

        String label() {
            if (email != null && phone != null) {
                return email + ", " + phone;
            }
            return email != null ? email : phone;
        }
    }

    Contact parse(String text) {
        String email = null;
        Matcher e = EMAIL.matcher(text);
        String rest = text;
        if (e.find() && e.group(1).length() <= 254 && !e.group(1).contains("..")) {
            email = e.group(1);
            rest = text.substring(0, e.start()) + " " + text.substring(e.end());
        }
        String phone = phone(rest).orElse(null);
        return new Contact(email, phone);
    }

    /** True when everything typed is a valid e-mail address and/or phone number (nothing else but separators). */
    boolean onlyContact(String text, Contact contact) {
        String rest = text;
        if (contact.email() != null) {
            rest = rest.replace(contact.email(), " ");
        }
        Matcher p = PHONE.matcher(rest);
        if (contact.phone() != null && p.find()) {
            rest = rest.substring(0, p.start()) + " " + rest.substring(p.end());
        }
        String left = rest.replaceAll("(?iu)\\b(e-?mail|mail|tel\\.?|telefon|nr|numer|mój|moj|to|i|oraz|lub)\\b", " ")
                .replaceAll("[\\s,;:.]+", "");
        return left.isEmpty();
    }

    private static Optional<String> phone(String text) {
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            String digits = m.group(1).replaceAll("[\\s()-]", "");
            if (digits.startsWith("+48")) {
                digits = digits.substring(3);
            } else if (digits.startsWith("0048")) {
                digits = digits.substring(4);
            } else if (digits.startsWith("48") && digits.length() == 11) {
                digits = digits.substring(2);
            }
            if (digits.matches("[1-9]\\d{8}")) {
                return Optional.of("+48 " + digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6));
            }
        }
        return Optional.empty();
    }
}
