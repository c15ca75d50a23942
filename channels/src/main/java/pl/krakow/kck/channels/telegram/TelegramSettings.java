package pl.krakow.kck.channels.telegram;

import java.net.URI;

import io.helidon.config.Config;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * {@code kck.telegram.*}: the bot token (the channel is off without one), the public webhook URL and
 * its secret (webhook mode; long polling when the URL is empty), and the Bot API address (tests point it
 * at a fake server on 127.0.0.1).
 */
public record TelegramSettings(String token, String webhookUrl, String webhookSecret, URI api) {

    public static TelegramSettings from(Config config) {
        Config telegram = config.get("kck.telegram");
        return new TelegramSettings(
                telegram.get("token").asString().orElse(""),
                telegram.get("webhook.url").asString().orElse(""),
                telegram.get("webhook.secret").asString().orElse(""),
                URI.create(telegram.get("api").asString().orElse("https://api.telegram.org")));
    }

    public boolean enabled() {
        return !token.isBlank();
    }

    TelegramUrl apiUrl() {
        int port = api.getPort() > 0 ? api.getPort() : ("https".equals(api.getScheme()) ? 443 : 80);
        return new TelegramUrl(api.getScheme(), api.getHost(), port, false);
    }
}
