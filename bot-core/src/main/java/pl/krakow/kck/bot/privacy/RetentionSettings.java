package pl.krakow.kck.bot.privacy;

import java.time.Duration;

/**
 * How long residents' data is kept (README "Privacy" gives the reasoning for each default).
 *
 * @param conversations   after this long without a message a transcript is anonymised: the texts go, the
 *                        counts by channel and kind that the contact centre's statistics need stay
 * @param drafts          unfinished report drafts and photos never attached to a filed report
 * @param caseContacts    a consultant case's phone, e-mail and message, counted from the case's closing
 * @param reportContacts  a filed report's contact details, counted from its closing (the notification
 *                        period: the resident is told about the outcome, then the contact goes)
 */
public record RetentionSettings(Duration conversations, Duration drafts, Duration caseContacts, Duration reportContacts) {

    public static final Duration CONVERSATIONS = Duration.ofDays(90);
    public static final Duration DRAFTS = Duration.ofDays(2);
    public static final Duration CASE_CONTACTS = Duration.ofDays(30);
    public static final Duration REPORT_CONTACTS = Duration.ofDays(30);

    public RetentionSettings {
        positive("kck.privacy.retention.conversations", conversations);
        positive("kck.privacy.retention.drafts", drafts);
        positive("kck.privacy.retention.case-contacts", caseContacts);
        positive("kck.privacy.retention.report-contacts", reportContacts);
    }

    public static RetentionSettings defaults() {
        return new RetentionSettings(CONVERSATIONS, DRAFTS, CASE_CONTACTS, REPORT_CONTACTS);
    }

    private static void positive(String key, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(key + " must be a positive duration, was " + value);
        }
    }
}
