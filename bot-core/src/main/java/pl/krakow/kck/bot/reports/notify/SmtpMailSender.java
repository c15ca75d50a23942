package pl.krakow.kck.bot.reports.notify;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Sends e-mail through an SMTP server with Jakarta Mail (Eclipse Angus). */
public final class SmtpMailSender implements MailSender {

    /**
     * Where and how to send.
     *
     * @param host     the SMTP server
     * @param port     25, 465 (with {@code ssl}), 587 (with {@code starttls})
     * @param from     the sender address, e.g. {@code powiadomienia@example.krakow.pl}
     * @param username empty: no authentication
     * @param starttls require STARTTLS before authenticating
     * @param ssl      SMTP over TLS from the first byte (port 465)
     */
    public record Settings(String host, int port, String from, String username, String password, boolean starttls, boolean ssl,
                           Duration timeout) {

        public Settings {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("kck.notifications.smtp.host is empty");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("kck.notifications.smtp.port must be 1–65535, not " + port);
            }
            try {
                new InternetAddress(from, true);
            } catch (MessagingException | NullPointerException e) {
                throw new IllegalArgumentException("kck.notifications.smtp.from is not an e-mail address: " + from);
            }
            username = username == null ? "" : username;
            password = password == null ? "" : password;
        }
    }

    private final Settings settings;
    private final Session session;

    public SmtpMailSender(Settings settings) {
        this.settings = settings;
        Properties properties = new Properties();
        String protocol = settings.ssl() ? "smtps" : "smtp";
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", settings.host());
        properties.put("mail." + protocol + ".port", String.valueOf(settings.port()));
        properties.put("mail." + protocol + ".auth", String.valueOf(!settings.username().isEmpty()));
        properties.put("mail." + protocol + ".starttls.enable", String.valueOf(settings.starttls()));
        properties.put("mail." + protocol + ".starttls.required", String.valueOf(settings.starttls()));
        String millis = String.valueOf(settings.timeout().toMillis());
        properties.put("mail." + protocol + ".connectiontimeout", millis);
        properties.put("mail." + protocol + ".timeout", millis);
        properties.put("mail." + protocol + ".writetimeout", millis);
        this.session = Session.getInstance(properties);
    }

    @Override
    public void send(Mail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", mail.messageId());
            }
        };
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        try (Transport transport = session.getTransport()) {
            if (settings.username().isEmpty()) {
                transport.connect();
            } else {
                transport.connect(settings.username(), settings.password());
            }
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
        }
    }
}
