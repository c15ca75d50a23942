package pl.krakow.kck.channels.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.channels.api.RequestLanguage;

/**
 * The language of a request refused as its connection is accepted, from what of it has already arrived: the
 * request line's {@code ?lang=}, else the browser's {@code Accept-Language}, as {@link TransportProblems} reads a
 * request refused before routing (nothing else of it is trusted, and no conversation is looked up on the accept
 * loop). Never waits for a byte: a connection that has sent nothing yet is answered in Polish.
 */
final class ArrivedRequest {

    /** At most this much of an arrived request head is read. */
    static final int MAX_HEAD = 8 * 1024;

    private ArrivedRequest() {
    }

    /** The language of what the socket has received so far, without blocking. */
    static Lang language(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            int arrived = Math.min(in.available(), MAX_HEAD);
            return arrived <= 0 ? Lang.PL : language(new String(in.readNBytes(arrived), StandardCharsets.ISO_8859_1));
        } catch (IOException | RuntimeException e) {
            return Lang.PL;
        }
    }

    /** The language a request head asks for ({@code ?lang=}, then {@code Accept-Language}), else Polish. */
    static Lang language(String head) {
        String[] lines = head.split("\r?\n");
        return asked(lines[0]).or(() -> accepted(lines)).orElse(Lang.PL);
    }

    private static Optional<Lang> asked(String requestLine) {
        String[] parts = requestLine.split(" ");
        int query = parts.length > 1 ? parts[1].indexOf('?') : -1;
        if (query < 0) {
            return Optional.empty();
        }
        for (String parameter : parts[1].substring(query + 1).split("&")) {
            if (parameter.startsWith("lang=")) {
                return Lang.of(parameter.substring("lang=".length()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Lang> accepted(String[] lines) {
        for (int i = 1; i < lines.length && !lines[i].isEmpty(); i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0 && lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("accept-language")) {
                return RequestLanguage.accepted(lines[i].substring(colon + 1));
            }
        }
        return Optional.empty();
    }
}
