package pl.krakow.kck.channels.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import pl.krakow.kck.bot.reports.OutboxForwarder;
import pl.krakow.kck.bot.reports.notify.NotificationDispatcher;
import pl.krakow.kck.bot.reports.notify.SmtpMailSender;
import pl.krakow.kck.channels.reports.NotificationSettings;
import pl.krakow.kck.channels.reports.ReportSettings;

/** {@code kck.reports.*} (limits, Open311 keys, forwarding) and {@code kck.notifications.*}, for {@link KckSettingsReader}. */
final class ReportReader {

    private static final String R = "kck.reports.";
    private static final String F = "kck.reports.forward.";
    private static final String N = "kck.notifications.";

    private final ConfigReader read;

    ReportReader(ConfigReader read) {
        this.read = read;
    }

    ReportSettings reports() {
        Path categories = Path.of(read.string(R + "categories", ReportSettings.DEFAULT_CATEGORIES.toString()));
        int maxPhotoBytes = read.integer(R + "max-photo-bytes", ReportSettings.DEFAULT_MAX_PHOTO_BYTES);
        Duration draftLifetime = read.duration(R + "draft-lifetime", ReportSettings.DEFAULT_DRAFT_LIFETIME);
        var apiKeys = Arrays.stream(read.string(R + "open311.api-keys", "").split(","))
                .map(String::strip).filter(k -> !k.isEmpty()).toList();
        return new ReportSettings(categories, maxPhotoBytes, draftLifetime, apiKeys, forwarding(), notifications());
    }

    /** Off unless enabled and given a URL; every key is read either way, so that each is known. */
    private Optional<OutboxForwarder.Settings> forwarding() {
        boolean enabled = read.bool(F + "enabled", false);
        String url = read.string(F + "url", "");
        String apiKey = read.verbatim(F + "api-key", "");
        String jurisdiction = read.string(F + "jurisdiction-id", "");
        Duration timeout = read.duration(F + "timeout", Duration.ofSeconds(5));
        Duration initialBackoff = read.duration(F + "initial-backoff", Duration.ofSeconds(2));
        Duration maxBackoff = read.duration(F + "max-backoff", Duration.ofMinutes(10));
        Duration pollInterval = read.duration(F + "poll-interval", Duration.ofSeconds(1));
        if (!enabled || url.isEmpty()) {
            return Optional.empty();
        }
        URI endpoint;
        try {
            endpoint = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw read.invalid(F + "url", url, "an http(s) address");
        }
        return Optional.of(new OutboxForwarder.Settings(endpoint, apiKey, jurisdiction.isEmpty() ? null : jurisdiction,
                timeout, initialBackoff, maxBackoff, pollInterval));
    }

    private NotificationSettings notifications() {
        NotificationDispatcher.Settings d = NotificationDispatcher.Settings.DEFAULTS;
        NotificationDispatcher.Settings dispatch = new NotificationDispatcher.Settings(
                read.duration(N + "poll-interval", d.pollInterval()),
                read.duration(N + "initial-backoff", d.initialBackoff()),
                read.duration(N + "max-backoff", d.maxBackoff()));
        String host = read.string(N + "smtp.host", "");
        int port = read.integer(N + "smtp.port", 587);
        String from = read.string(N + "smtp.from", "");
        String username = read.string(N + "smtp.username", "");
        String password = read.verbatim(N + "smtp.password", "");
        boolean starttls = read.bool(N + "smtp.starttls", true);
        boolean ssl = read.bool(N + "smtp.ssl", false);
        Duration timeout = read.duration(N + "smtp.timeout", Duration.ofSeconds(10));
        Optional<SmtpMailSender.Settings> mail = host.isEmpty() ? Optional.empty()
                : Optional.of(new SmtpMailSender.Settings(host, port, from, username, password, starttls, ssl, timeout));
        return new NotificationSettings(dispatch, mail);
    }
}
