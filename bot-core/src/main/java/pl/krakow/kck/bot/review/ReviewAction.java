package pl.krakow.kck.bot.review;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;

/**
 * One recorded editor's decision on a group of questions: who, when, what.
 *
 * @param question the group's wording (personal data redacted)
 * @param detail   what changed in the knowledge base (the question line added, the out-of-scope line), or null
 */
public record ReviewAction(long id, String key, String question, Kind kind, String articleId, String editor, String detail,
                           OffsetDateTime at) {

    /** What the editor did with the group. */
    public enum Kind {
        /** Its wording went into an article's questions: the next resident asking it is answered. */
        LINKED("linked"),
        /** The knowledge base needs a new article for it. */
        NEW_ARTICLE("new-article"),
        /** Not the city's matter: a line in out-of-scope.txt says whose it is. */
        OUT_OF_SCOPE("out-of-scope"),
        /** Nothing to change (noise, a test, a one-off). */
        HANDLED("handled");

        private final String wire;

        Kind(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        public static Optional<Kind> fromWire(String value) {
            return Arrays.stream(values()).filter(k -> k.wire.equals(value)).findFirst();
        }
    }
}
