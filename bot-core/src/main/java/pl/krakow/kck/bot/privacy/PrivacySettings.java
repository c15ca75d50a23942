package pl.krakow.kck.bot.privacy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code kck.privacy.*}: the retention periods and the Kraków time after which the daily jobs run.
 *
 * @param dailyAt   the daily jobs' start, Kraków time ({@code kck.privacy.daily-at}, default 03:00: the quietest hour)
 * @param noticeUrl the public address of the privacy notice for channels without a page of their own, such as
 *                  Telegram ({@code kck.privacy.notice-url}, e.g. https://asystent.krakow.pl/prywatnosc); empty: none
 */
public record PrivacySettings(RetentionSettings retention, LocalTime dailyAt, String noticeUrl) {

    public static final LocalTime DAILY_AT = LocalTime.of(3, 0);
    private static final Pattern DAYS = Pattern.compile("(\\d{1,5})\\s*d");

    public PrivacySettings {
        if (noticeUrl == null) {
            noticeUrl = "";
        }
        if (!noticeUrl.isBlank() && !noticeUrl.startsWith("https://") && !noticeUrl.startsWith("http://")) {
            throw new IllegalArgumentException("kck.privacy.notice-url must be an http(s) address, was '" + noticeUrl + "'");
        }
    }

    public PrivacyNotice notice() {
        return new PrivacyNotice(retention, noticeUrl);
    }

    public static PrivacySettings defaults() {
        return new PrivacySettings(RetentionSettings.defaults(), DAILY_AT, "");
    }

    /** Reads the keys through {@code lookup} (full key → value); periods in days, e.g. {@code 90d}. */
    public static PrivacySettings from(Function<String, Optional<String>> lookup) {
        return new PrivacySettings(new RetentionSettings(
                days(lookup, "kck.privacy.retention.conversations", RetentionSettings.CONVERSATIONS),
                days(lookup, "kck.privacy.retention.drafts", RetentionSettings.DRAFTS),
                days(lookup, "kck.privacy.retention.case-contacts", RetentionSettings.CASE_CONTACTS),
                days(lookup, "kck.privacy.retention.report-contacts", RetentionSettings.REPORT_CONTACTS)),
                lookup.apply("kck.privacy.daily-at").map(v -> time("kck.privacy.daily-at", v)).orElse(DAILY_AT),
                lookup.apply("kck.privacy.notice-url").orElse(""));
    }

    private static Duration days(Function<String, Optional<String>> lookup, String key, Duration fallback) {
        return lookup.apply(key).map(value -> {
            Matcher m = DAYS.matcher(value.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException(key + " must be a number of days such as 90d, was '" + value + "'");
            }
            return Duration.ofDays(Long.parseLong(m.group(1)));
        }).orElse(fallback);
    }

    private static LocalTime time(String key, String value) {
        try {
            return LocalTime.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(key + " must be a time of day such as 03:00, was '" + value + "'");
        }
    }
}
