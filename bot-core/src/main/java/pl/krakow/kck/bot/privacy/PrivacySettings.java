package pl.krakow.kck.bot.privacy;

import java.time.LocalTime;

/**
 * {@code kck.privacy.*}: the retention periods and the Kraków time after which the daily jobs run.
 *
 * @param dailyAt   the daily jobs' start, Kraków time ({@code kck.privacy.daily-at}, default 03:00: the quietest hour)
 * @param noticeUrl the public address of the privacy notice for channels without a page of their own, such as
 *                  Telegram ({@code kck.privacy.notice-url}, e.g. https://asystent.krakow.pl/prywatnosc); empty: none
 */
public record PrivacySettings(RetentionSettings retention, LocalTime dailyAt, String noticeUrl) {

    public static final LocalTime DAILY_AT = LocalTime.of(3, 0);

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
}
