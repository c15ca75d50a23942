package pl.krakow.kck.bot.privacy;

import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * What every channel says when a conversation starts (AI Act art. 50, GDPR art. 13): that this is an automated
 * assistant, what is stored and for how long, who the controller and the data protection officer are, and
 * where the full notice is ({@code /prywatnosc} on the service, or {@code kck.privacy.notice-url}).
 */
public final class PrivacyNotice {

    /** The service's own notice page. */
    public static final String PAGE = "/prywatnosc";

    private final RetentionSettings retention;
    private final String noticeUrl;

    /** @param noticeUrl the public address of the notice, or empty when only the service's own page is known */
    public PrivacyNotice(RetentionSettings retention, String noticeUrl) {
        this.retention = retention;
        this.noticeUrl = noticeUrl == null ? "" : noticeUrl.strip();
    }

    /** The notice in one paragraph, without a link. */
    public String text(Lang lang) {
        return Messages.text(lang, "privacy.notice", retention.conversations().toDays());
    }

    /** The notice with the public address of the full notice when one is configured (Telegram). */
    public String textWithLink(Lang lang) {
        return noticeUrl.isEmpty() ? text(lang) : text(lang) + "\n" + Messages.text(lang, "privacy.notice.more", noticeUrl);
    }

    /** The path of the full notice on this service, in the resident's language. */
    public String page(Lang lang) {
        return PAGE + "?lang=" + lang.code();
    }

    public RetentionSettings retention() {
        return retention;
    }
}
