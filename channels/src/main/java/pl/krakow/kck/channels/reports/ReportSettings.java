package pl.krakow.kck.channels.reports;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import pl.krakow.kck.bot.reports.OutboxForwarder;

/**
 * Configuration of problem reports ({@code kck.reports.*}, read by
 * {@link pl.krakow.kck.channels.config.KckSettings}; every key with its default in {@code kck.example.yaml}).
 *
 * @param categories    the category catalogue file
 * @param maxPhotoBytes the largest photo taken
 * @param draftLifetime how long an untouched draft is kept
 * @param apiKeys       keys that may POST service requests and status updates to /open311/v2; none: refused
 * @param forwarding    the city's Open311 endpoint to forward every filed report to; empty: off
 * @param notifications telling residents of status changes ({@code kck.notifications.*})
 */
public record ReportSettings(Path categories, int maxPhotoBytes, Duration draftLifetime, List<String> apiKeys,
                             Optional<OutboxForwarder.Settings> forwarding, NotificationSettings notifications) {

    public ReportSettings(Path categories, int maxPhotoBytes, Duration draftLifetime, List<String> apiKeys,
                          Optional<OutboxForwarder.Settings> forwarding) {
        this(categories, maxPhotoBytes, draftLifetime, apiKeys, forwarding, NotificationSettings.DEFAULTS);
    }

    public static final Path DEFAULT_CATEGORIES = Path.of("faq-corpus/reports/categories.json");
    public static final int DEFAULT_MAX_PHOTO_BYTES = 5 * 1024 * 1024;
    public static final Duration DEFAULT_DRAFT_LIFETIME = Duration.ofHours(24);

    public ReportSettings {
        apiKeys = List.copyOf(apiKeys);
    }

    /** Defaults with another catalogue (tests). */
    public static ReportSettings defaults(Path categories) {
        return new ReportSettings(categories, DEFAULT_MAX_PHOTO_BYTES, DEFAULT_DRAFT_LIFETIME, List.of(), Optional.empty());
    }

    public ReportSettings withApiKeys(List<String> keys) {
        return new ReportSettings(categories, maxPhotoBytes, draftLifetime, keys, forwarding, notifications);
    }

    public ReportSettings withForwarding(OutboxForwarder.Settings settings) {
        return new ReportSettings(categories, maxPhotoBytes, draftLifetime, apiKeys, Optional.of(settings), notifications);
    }

    public ReportSettings withNotifications(NotificationSettings settings) {
        return new ReportSettings(categories, maxPhotoBytes, draftLifetime, apiKeys, forwarding, settings);
    }

}
