package pl.krakow.kck.bot.handoff;

import java.time.Duration;

import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/** What the assistant says about handing a conversation to a consultant: the catalogue's {@code handoff.*} texts. */
final class HandoffPhrases {

    private HandoffPhrases() {
    }

    static String text(String name, Object... args) {
        return Messages.text(Lang.resident(), "handoff." + name, args);
    }

    static String intro(HandoffReason reason) {
        return text("intro-" + reason.wire().replace('_', '-'));
    }

    static String liveOffer(HandoffReason reason) {
        return text("live-offer", intro(reason));
    }

    static String afterHoursOffer(HandoffReason reason, String whenOpens) {
        return text("after-hours-offer", intro(reason), whenOpens);
    }

    static String queued(int position, Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return text("queued", Math.max(1, position), minutes);
    }

    static String callbackTaken(ContactDetails contact, String whenOpens) {
        return text("callback-taken", contact.promise(), whenOpens);
    }
}
