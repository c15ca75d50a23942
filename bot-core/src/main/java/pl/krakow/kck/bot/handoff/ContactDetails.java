package pl.krakow.kck.bot.handoff;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * How a consultant can reach a resident after hours: a Polish phone number (nine digits, optionally
 * with +48 or 0048, spaces, dashes or brackets in between) and/or an e-mail address, found in what the
 * resident wrote.
 *
 * @param phone nine digits grouped as "600 123 456", or null
 * @param email the address as written, or null
 */
public record ContactDetails(String phone, String email) {

    private static final Pattern PHONE = Pattern.compile("(?<![\\d@.])(?:\\+|00)?\\d[\\d \\-()]{7,18}\\d(?![\\d@])");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.[A-Za-z]{2,24}(?![\\w-])");

    public ContactDetails {
        if (phone == null && email == null) {
            throw new IllegalArgumentException("a contact needs a phone number or an e-mail address");
        }
    }

    /** The first valid phone number and the first e-mail address in a text; empty when there is neither. */
    public static Optional<ContactDetails> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String email = null;
        Matcher mail = EMAIL.matcher(text);
        if (mail.find() && mail.group().length() <= 254) {
            email = mail.group();
        }
        String phone = null;
        Matcher digits = PHONE.matcher(email == null ? text : text.replace(email, " "));
        while (phone == null && digits.find()) {
            phone = phone(digits.group());
        }
        return phone == null && email == null ? Optional.empty() : Optional.of(new ContactDetails(phone, email));
    }

    /** What the consultant will do, as the resident reads it: "oddzwoni pod numer 600 123 456", "odpisze na adres ...". */
    public String promise() {
        return promise(Lang.resident());
    }

    /** What the consultant will do with this contact, in {@code lang} (handoff.promise-*). */
    public String promise(Lang lang) {
        String key = phone != null && email != null ? "handoff.promise-phone-email" : phone != null ? "handoff.promise-phone" : "handoff.promise-email";
        return Messages.text(lang, key, phone, email);
    }

    private static String phone(String candidate) {
        String digits = candidate.replaceAll("\\D", "");
        if (digits.length() == 13 && digits.startsWith("0048")) {
            digits = digits.substring(4);
        } else if (digits.length() == 11 && digits.startsWith("48")) {
            digits = digits.substring(2);
        }
        if (digits.length() != 9 || digits.charAt(0) == '0') {
            return null;
        }
        return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }
}
