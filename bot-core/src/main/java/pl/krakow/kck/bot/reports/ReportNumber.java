package pl.krakow.kck.bot.reports;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Report numbers as residents see them: {@code KRK-2026-000123}, counted per year. */
public final class ReportNumber {

    /** Finds a number in free text, with or without the dashes' neighbours in upper case. */
    public static final Pattern IN_TEXT = Pattern.compile("(?i)\\bKRK-(\\d{4})-(\\d{6})\\b");

    private ReportNumber() {
    }

    public static String format(int year, int seq) {
        return String.format(Locale.ROOT, "KRK-%04d-%06d", year, seq);
    }

    /** The first report number in the text, normalised to upper case. */
    public static Optional<String> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = IN_TEXT.matcher(text);
        return m.find() ? Optional.of("KRK-" + m.group(1) + "-" + m.group(2)) : Optional.empty();
    }

    public static boolean isValid(String number) {
        return number != null && number.matches("KRK-\\d{4}-\\d{6}");
    }
}
