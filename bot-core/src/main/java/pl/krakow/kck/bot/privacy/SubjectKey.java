package pl.krakow.kck.bot.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a supervisor looks a resident up by, normalised so that "+48 600-123-456" and "600123456" are one
 * phone, and "Jan@Example.PL" one e-mail.
 */
public record SubjectKey(By by, String value) {

    private static final Pattern REPORT_NUMBER = Pattern.compile("KRK-\\d{4}-\\d{6}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CONVERSATION = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** The kinds of key, with their names on the command line and in the API. */
    public enum By {
        CONVERSATION, TELEGRAM, EMAIL, PHONE, REPORT;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<By> fromWire(String value) {
            for (By by : values()) {
                if (by.wire().equals(value)) {
                    return Optional.of(by);
                }
            }
            return Optional.empty();
        }
    }

    public SubjectKey {
        if (by == null || value == null || value.isBlank()) {
            throw new IllegalArgumentException("a subject key needs a kind and a value");
        }
    }

    /**
     * Parses and normalises; the message of the exception says what is wrong with the value.
     *
     * @throws IllegalArgumentException when the value cannot be such a key
     */
    public static SubjectKey of(By by, String raw) {
        String value = raw == null ? "" : raw.strip();
        return switch (by) {
            case CONVERSATION -> require(by, value.toLowerCase(Locale.ROOT), CONVERSATION.matcher(value.toLowerCase(Locale.ROOT)).matches(),
                    "a conversation id looks like 3f2b9c1e-0000-4000-8000-000000000000");
            case TELEGRAM -> require(by, value, value.matches("-?\\d{1,19}"), "a Telegram chat id is a number");
            case EMAIL -> require(by, value.toLowerCase(Locale.ROOT), EMAIL.matcher(value).matches(), "not an e-mail address");
            case PHONE -> phone(value);
            case REPORT -> require(by, value.toUpperCase(Locale.ROOT), REPORT_NUMBER.matcher(value.toUpperCase(Locale.ROOT)).matches(),
                    "a report number looks like KRK-2026-000123");
        };
    }

    /** The last nine digits: Polish numbers with or without +48, spaces or dashes. */
    static SubjectKey phone(String value) {
        String digits = value.replaceAll("\\D", "");
        if (digits.length() < 9 || digits.length() > 15) {
            throw new IllegalArgumentException("a phone number has 9 to 15 digits");
        }
        return new SubjectKey(By.PHONE, digits.substring(digits.length() - 9));
    }

    private static SubjectKey require(By by, String value, boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(problem);
        }
        return new SubjectKey(by, value);
    }

    /** SHA-256 of kind and value: what the privacy record keeps instead of the value. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((by.wire() + ":" + value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
