package pl.krakow.kck.bot.replies;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import pl.krakow.kck.bot.language.Language;

/**
 * One recorded change of a saved reply: who, when, what. The reply is kept as it was after the change (before
 * it, for a deletion).
 *
 * @param changed the fields an update changed ({@code title}, {@code text}, {@code lang}, {@code topic}); empty otherwise
 */
public record SavedReplyChange(long id, long replyId, Action action, String supervisor, String title, String text, Language language,
                               String topic, List<String> changed, OffsetDateTime at) {

    public SavedReplyChange {
        changed = List.copyOf(changed);
    }

    /** What was done. */
    public enum Action {
        CREATED("created"), UPDATED("updated"), DELETED("deleted");

        private final String wire;

        Action(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        public static Optional<Action> fromWire(String value) {
            return Arrays.stream(values()).filter(a -> a.wire.equals(value)).findFirst();
        }
    }
}
