package pl.krakow.kck.channels.telegram;

import java.net.URI;

import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * {@code kck.telegram.*}: the bot token (the channel is off without one), the public webhook URL and
 * its secret (webhook mode; long polling when the URL is empty), and the Bot API address (tests point it
 * at a fake server on 127.0.0.1).
 */
public record TelegramSettings(String token, String webhookUrl, String webhookSecret, URI api) {

    public boolean enabled() {
        return !token.isBlank();
    }

    TelegramUrl apiUrl() {
        int port = api.getPort() > 0 ? api.getPort() : ("https".equals(api.getScheme()) ? 443 : 80);
        return new TelegramUrl(api.getScheme(), api.getHost(), port, false);
    }
}
