package pl.krakow.kck.bot.reports.notify;

/** Sends one e-mail; {@link SmtpMailSender} in the service, a recording fake where a test needs one. */
public interface MailSender {

    /**
     * One plain-text e-mail.
     *
     * @param messageId the Message-ID header: the same for every attempt of one notification, so a mail
     *                  client shows a repeat after a crash as one message
     */
    record Mail(String to, String subject, String body, String messageId) {
    }

    /** Sends it; throws when the server refuses it or cannot be reached (the dispatcher retries later). */
    void send(Mail mail) throws Exception;
}
