package pl.krakow.kck.bot.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * Takes personal data out of free text: PESEL numbers, ID-card and passport numbers, phone numbers, e-mail
 * addresses, bank account numbers (IBAN) and names a writer introduces as such ("nazywam się Jan Kowalski",
 * "my name is…", "мене звати…"). One redactor for analytics, logs, exports and the public Open311 feed.
 * Report numbers, dates, hours and amounts stay. Thread-safe.
 */
public final class PersonalDataRedactor {

    private record Rule(Pattern pattern, String key, int group) {
    }

    private static final String UPPER = "\\p{Lu}\\p{Ll}[\\p{Ll}'’-]*";
    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("(?<![\\p{L}\\d])(?:PL[ ]?)?\\d{2}(?:[ ]?\\d{4}){6}(?!\\d)", Pattern.CASE_INSENSITIVE), "privacy.redacted.iban", 0),
            new Rule(Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d.-]+\\.\\p{L}{2,}"), "privacy.redacted.email", 0),
            new Rule(Pattern.compile("(?<![\\d-])\\d{11}(?![\\d-])"), "privacy.redacted.pesel", 0),
            new Rule(Pattern.compile("(?<![\\p{L}\\d-])(?:[A-Z]{3}[ ]?\\d{6}|[A-Z]{2}[ ]?\\d{7})(?![\\p{L}\\d])"), "privacy.redacted.document", 0),
            new Rule(Pattern.compile("(?<![\\d-])(?:(?:\\+|00)48[ -]?)?(?:\\d{3}[ -]?\\d{3}[ -]?\\d{3}|\\(?\\d{2}\\)?[ -]?\\d{3}[ -]?\\d{2}[ -]?\\d{2})(?![\\d-])"),
                    "privacy.redacted.phone", 0),
            new Rule(Pattern.compile("(?iu)(?:nazywam się|mam na imię|moje imię i nazwisko(?: to)?|z tej strony|zgłasza|podpisano|"
                    + "my name is|this is|мене звати|моє ім'я|моє ім’я|меня зовут)[ :,]+((?-i)" + UPPER + "(?:[ ]+(?-i)" + UPPER + "){0,2})"),
                    "privacy.redacted.name", 1));

    /** Redacted text is read by the city's staff: the placeholders are Polish. */
    public PersonalDataRedactor() {
    }

    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (Rule rule : RULES) {
            result = replace(result, rule);
        }
        return result;
    }

    /** True when {@link #redact} would change the text. */
    public boolean containsPersonalData(String text) {
        return text != null && !redact(text).equals(text);
    }

    private String replace(String text, Rule rule) {
        Matcher m = rule.pattern().matcher(text);
        if (!m.find()) {
            return text;
        }
        String token = Messages.text(Lang.PL, rule.key());
        StringBuilder out = new StringBuilder();
        int last = 0;
        do {
            out.append(text, last, m.start(rule.group())).append(token);
            last = m.end(rule.group());
        } while (m.find());
        return out.append(text, last, text.length()).toString();
    }
}
