package pl.krakow.kck.bot.text;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A resident's language that is read only when first needed: the language stored for the conversation a request
 * names, else a fallback (the browser's). A turn of that conversation reads the stored language anyway
 * ({@link #offer}), so a message answered without an error reads it once, not twice (issue 17). Bound with
 * {@link Lang#speaking(PendingLang, Supplier)}.
 */
public final class PendingLang {

    private final String conversationId;
    private Supplier<Optional<Lang>> stored;
    private Supplier<Lang> otherwise;
    private Lang known;

    /**
     * @param conversationId the conversation whose stored language this is
     * @param stored         reads it (empty when it has none yet)
     * @param otherwise      the language when it has none
     */
    public PendingLang(String conversationId, Supplier<Optional<Lang>> stored, Supplier<Lang> otherwise) {
        this.conversationId = conversationId;
        this.stored = stored;
        this.otherwise = otherwise;
    }

    /** The language, read now if nothing read or offered it yet. */
    public synchronized Lang get() {
        if (known == null) {
            settle(stored.get());
        }
        return known;
    }

    /** What a reader of the same conversation's stored language found, so that it is not read again. */
    synchronized void offer(String conversation, Optional<Lang> found) {
        if (known == null && conversationId.equals(conversation)) {
            settle(found);
        }
    }

    private void settle(Optional<Lang> found) {
        known = found.orElseGet(otherwise);
        stored = null;
        otherwise = null;
    }
}
