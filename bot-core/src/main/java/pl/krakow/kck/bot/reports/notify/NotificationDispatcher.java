package pl.krakow.kck.bot.reports.notify;

import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

import pl.krakow.kck.bot.dialogue.ConversationEvents;
import pl.krakow.kck.bot.jobs.Backoff;
import pl.krakow.kck.bot.jobs.PeriodicWorker;
import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.storage.Author;
import pl.krakow.kck.bot.storage.ConversationLanguages;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.StoredMessage;
import pl.krakow.kck.bot.text.Lang;

/**
 * Sends the notifications of report status changes from the {@link NotificationOutbox}. A conversation's
 * notification is stored in its transcript in the same transaction that marks it sent — a crash before the
 * commit leaves it pending, after the commit it is there once — and then published, so an open widget
 * shows it at once (server-sent events) and Telegram pushes it to the chat; a widget opened later reads it
 * from the transcript. An e-mail is marked sent after the SMTP server accepted it; a crash between the two
 * sends it again with the same Message-ID (at least once, never lost). Failures are retried after a delay
 * that doubles up to {@code maxBackoff}.
 */
public final class NotificationDispatcher implements AutoCloseable {

    /** The kind of a notification message in a transcript (the widget and Telegram show it as the assistant's). */
    public static final String MESSAGE_KIND = "report-status";
    static final String HALT_PROPERTY = "kck.notifications.halt-at";

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class.getName());
    private static final int BATCH = 50;
    /**
     * How long a claimed notification is left to its dispatcher before another may take it (after a crash).
     * A conversation's delivery is one short transaction that also checks the entry is still pending, so two
     * dispatchers never store it twice; an e-mail may wait on a slow SMTP server.
     */
    private static final Duration CONVERSATION_LEASE = Duration.ofSeconds(5);
    private static final Duration MAIL_LEASE = Duration.ofMinutes(2);

    /**
     * @param pollInterval   how often the outbox is read (an open widget hears of a change within about this)
     * @param initialBackoff the delay after a first failure; doubled after each further one
     */
    public record Settings(Duration pollInterval, Duration initialBackoff, Duration maxBackoff) {
        public static final Settings DEFAULTS = new Settings(Duration.ofMillis(250), Duration.ofSeconds(30), Duration.ofHours(1));
    }

    private final NotificationOutbox outbox;
    private final ConversationRepository conversations;
    private final ConversationEvents events;
    private final Optional<MailSender> mail;
    private final NotificationTexts texts = new NotificationTexts();
    private final ConversationLanguages languages;
    private final Settings settings;
    private final Backoff backoff;
    private final PeriodicWorker worker = new PeriodicWorker("report-notifications", this::runOnce);

    public NotificationDispatcher(NotificationOutbox outbox, ConversationRepository conversations, ConversationEvents events,
                                  Optional<MailSender> mail, Settings settings) {
        this.outbox = outbox;
        this.conversations = conversations;
        this.events = events;
        this.mail = mail;
        this.settings = settings;
        this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
        this.languages = new ConversationLanguages(conversations.database());
    }

    /** The language of the conversation the report was filed (or joined) in: the notice and the e-mail are in it. */
    private Lang language(NotificationOutbox.Entry entry) {
        return entry.conversationId() == null ? Lang.PL
                : languages.find(entry.conversationId()).map(Language::lang).orElse(Lang.PL);
    }

    /** Reads the outbox every {@code pollInterval} on a background thread. */
    public void start() {
        worker.start(Duration.ZERO, settings.pollInterval());
    }

    /** One pass: every due notification once; returns how many were delivered. */
    public int runOnce() {
        int delivered = 0;
        for (NotificationOutbox.Entry entry : outbox.due(BATCH)) {
            Duration lease = entry.channel() == NotificationOutbox.Channel.EMAIL ? MAIL_LEASE : CONVERSATION_LEASE;
            if (!outbox.claim(entry, lease)) {
                continue;
            }
            int attempt = entry.attempts() + 1;
            try {
                if (deliver(entry)) {
                    delivered++;
                }
            } catch (Exception e) {
                Duration retry = backoff(attempt);
                String error = Backoff.describe(e);
                outbox.failed(entry.id(), error, retry);
                LOG.warning(() -> "notification " + entry.id() + " of " + entry.number() + " (" + entry.channel()
                        + ") not sent (attempt " + attempt + "): " + error + "; retry in " + retry.toMillis() + " ms");
            }
        }
        return delivered;
    }

    /** The delay before attempt {@code attempt + 1}. */
    Duration backoff(int attempt) {
        return backoff.after(attempt);
    }

    private boolean deliver(NotificationOutbox.Entry entry) throws Exception {
        if (entry.conversationId() != null && outbox.stopped(entry.conversationId())) {
            outbox.skipped(entry.id(), "nie powiadamiaj");
            return false;
        }
        return switch (entry.channel()) {
            case CONVERSATION -> toConversation(entry);
            case EMAIL -> byMail(entry);
        };
    }

    private boolean toConversation(NotificationOutbox.Entry entry) {
        Optional<StoredMessage> stored = outbox.jdbc().transaction("cannot deliver notification " + entry.id(), c -> {
            if (!NotificationOutbox.sent(c, entry.id(), outbox.now())) {
                return null; // another dispatcher delivered it
            }
            Optional<StoredMessage> appended = conversations.append(c, entry.conversationId(), Author.ASSISTANT, MESSAGE_KIND,
                    Lang.speaking(language(entry), () -> texts.message(entry)), null);
            if (appended.isEmpty()) {
                c.rollback();
                return appended;
            }
            halt("before-commit");
            return appended;
        });
        if (stored == null) {
            return false;
        }
        if (stored.isEmpty()) {
            outbox.skipped(entry.id(), "no such conversation");
            return false;
        }
        halt("after-commit");
        events.publish(stored.get());
        return true;
    }

    private boolean byMail(NotificationOutbox.Entry entry) throws Exception {
        if (mail.isEmpty()) {
            outbox.skipped(entry.id(), "e-mail is not configured (kck.notifications.smtp.host)");
            return false;
        }
        if (entry.email() == null) {
            outbox.skipped(entry.id(), "no e-mail address any more");
            return false;
        }
        Lang lang = language(entry);
        mail.get().send(new MailSender.Mail(entry.email(), Lang.speaking(lang, () -> texts.subject(entry)), Lang.speaking(lang, () -> texts.mail(entry)),
                "<kck-notification-" + entry.id() + "@krakow.pl>"));
        halt("after-send");
        outbox.sent(entry.id());
        return true;
    }

    private static void halt(String point) {
        if (point.equals(System.getProperty(HALT_PROPERTY))) {
            Runtime.getRuntime().halt(137);
        }
    }

    @Override
    public void close() {
        worker.close(); // no interrupt: an interrupted H2 file read closes the database's file
    }
}
