package pl.krakow.kck.channels.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Downloads files (photos) a resident sent, from {@code <api>/file/bot<token>/<file_path>}. The client
 * library's own download ignores a custom Bot API address, so it is done here, where tests can point it
 * at a fake server.
 */
final class TelegramFiles {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final TelegramSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    TelegramFiles(TelegramSettings settings) {
        this.settings = settings;
    }

    InputStream open(String filePath) throws IOException {
        if (filePath == null || filePath.contains("..")) {
            throw new IOException("no usable file path: " + filePath);
        }
        String base = settings.api().toString().replaceAll("/+$", "");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/file/bot" + settings.token() + "/" + filePath))
                .timeout(TIMEOUT).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new IOException("Telegram answered " + response.statusCode() + " for a file");
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while downloading a file", e);
        }
    }
}
