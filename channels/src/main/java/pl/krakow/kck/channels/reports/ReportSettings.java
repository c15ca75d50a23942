package pl.krakow.kck.channels.reports;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.helidon.config.Config;

import pl.krakow.kck.bot.reports.OutboxForwarder;

/**
 * Configuration of problem reports ({@code kck.reports.*} in application.yaml; environment variables such
 * as {@code KCK_REPORTS_OPEN311_API_KEYS} or {@code -Dkck.reports.forward.url=...} override it).
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

    public ReportSettings {
        apiKeys = List.copyOf(apiKeys);
    }

    /** Defaults with another catalogue (tests). */
    public static ReportSettings defaults(Path categories) {
        return new ReportSettings(categories, DEFAULT_MAX_PHOTO_BYTES, Duration.ofHours(24), List.of(), Optional.empty());
    }

    public static ReportSettings from(Config config) {
        Config reports = config.get("kck.reports");
        Config forward = reports.get("forward");
        Optional<OutboxForwarder.Settings> forwarding = Optional.empty();
        String url = forward.get("url").asString().orElse("");
        if (forward.get("enabled").asBoolean().orElse(false) && !url.isBlank()) {
            forwarding = Optional.of(new OutboxForwarder.Settings(URI.create(url.strip()),
                    forward.get("api-key").asString().orElse(""),
                    emptyToNull(forward.get("jurisdiction-id").asString().orElse("")),
                    Duration.ofMillis(forward.get("timeout-ms").asLong().orElse(5_000L)),
                    Duration.ofMillis(forward.get("initial-backoff-ms").asLong().orElse(2_000L)),
                    Duration.ofMillis(forward.get("max-backoff-ms").asLong().orElse(600_000L)),
                    Duration.ofMillis(forward.get("poll-interval-ms").asLong().orElse(1_000L))));
        }
        return new ReportSettings(
                Path.of(reports.get("categories").asString().orElse(DEFAULT_CATEGORIES.toString())),
                reports.get("max-photo-bytes").asInt().orElse(DEFAULT_MAX_PHOTO_BYTES),
                Duration.ofHours(reports.get("draft-lifetime-hours").asLong().orElse(24L)),
                Arrays.stream(reports.get("open311.api-keys").asString().orElse("").split(","))
                        .map(String::strip).filter(k -> !k.isEmpty()).toList(),
                forwarding, NotificationSettings.from(config));
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

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
