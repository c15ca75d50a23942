package pl.krakow.kck.bot.handoff;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * What a console account may do. A consultant works the queue: claims, replies, notes, transfers and closes
 * the cases they own. A supervisor can do that too, and also sees every open case, reassigns any case and
 * creates accounts. An editor keeps the knowledge base: reviews the questions residents got no answer to (or
 * rated 👎) and links them to articles; supervisors may do that too.
 */
public enum Role {
    CONSULTANT, SUPERVISOR, EDITOR;

    /** What the console shows (catalogue console.role.*). */
    public String label() {
        return Messages.text(Lang.PL, "console.role." + wire());
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromWire(String value) {
        return Arrays.stream(values()).filter(r -> r.wire().equals(value)).findFirst();
    }
}
