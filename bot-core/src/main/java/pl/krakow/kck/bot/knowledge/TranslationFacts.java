package pl.krakow.kck.bot.knowledge;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts of an article's text that a translation must carry unchanged: links, and every number (amounts,
 * dates, hours, phone numbers, house numbers, account numbers) and Polish street name. Each fact maps its
 * comparable form to the text as written, so that a problem can show and locate it. Numbers are compared
 * without their separators' style: "1 000" and "1,000", "7:40" and "7.40", "03" and "3" are the same.
 */
final class TranslationFacts {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s)\\]>\"]+");
    private static final Pattern THOUSANDS = Pattern.compile("(?<![\\d.,:])(\\d{1,3})[ \u00A0,](\\d{3})(?![\\d])");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,:]\\d+)*[a-zA-Z]?(?![\\p{L}\\d])|\\d+(?:[.,:]\\d+)*");
    private static final Pattern STREET = Pattern.compile("(?<![\\p{L}\\d./])(?:ul|al|os|pl)\\.[ \u00A0]?(\\p{Lu}[\\p{L}-]+)");

    private TranslationFacts() {
    }

    static Map<String, String> of(String text) {
        Map<String, String> facts = new LinkedHashMap<>();
        Matcher links = LINK.matcher(text);
        while (links.find()) {
            String link = links.group().replaceAll("[.,;:]+$", "");
            facts.putIfAbsent("link " + link, link);
        }
        String rest = LINK.matcher(text).replaceAll(" ");
        Matcher streets = STREET.matcher(rest);
        while (streets.find()) {
            String name = streets.group(1).strip();
            if (!name.isEmpty()) {
                facts.putIfAbsent("street " + name.toLowerCase(Locale.ROOT), name);
            }
        }
        String joined = rest;
        for (Matcher thousands = THOUSANDS.matcher(joined); thousands.find(); thousands = THOUSANDS.matcher(joined)) {
            joined = joined.substring(0, thousands.start()) + thousands.group(1) + thousands.group(2) + joined.substring(thousands.end());
        }
        Matcher numbers = NUMBER.matcher(joined);
        while (numbers.find()) {
            String number = numbers.group();
            facts.putIfAbsent("number " + canonical(number), number);
        }
        return facts;
    }

    /**
     * Whether the translation's text names a Polish street, in any case ending: "ul. Wielickiej" in Polish is
     * "Wielicka 28a" in a translation, so the name's stem (less up to three final letters) is looked for.
     */
    static boolean mentions(String text, String street) {
        String name = street.toLowerCase(Locale.ROOT);
        String stem = name.substring(0, Math.min(name.length(), Math.max(5, name.length() - 3)));
        return text.toLowerCase(Locale.ROOT).contains(stem);
    }

    private static String canonical(String number) {
        String unified = number.toLowerCase(Locale.ROOT).replaceAll("[.,:]", ":");
        StringBuilder out = new StringBuilder();
        for (String part : unified.split(":", -1)) {
            if (!out.isEmpty()) {
                out.append(':');
            }
            String stripped = part.replaceFirst("^0+(?=\\d)", "");
            out.append(stripped);
        }
        return out.toString();
    }
}
