package pl.krakow.kck.channels.open311;

import io.helidon.http.Status;

import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/** A request the Open311 endpoint refuses: answered as the GeoReport v2 error list, in JSON or XML. */
final class Open311Error extends RuntimeException {

    private final transient Status status;

    /** The refusal described by catalogue text {@code open311.<name>} with its arguments. */
    Open311Error(Status status, String name, Object... args) {
        super(description(name, args));
        this.status = status;
    }

    static String description(String name, Object... args) {
        return Messages.text(Lang.PL, "open311." + name, args);
    }

    Status status() {
        return status;
    }
}
