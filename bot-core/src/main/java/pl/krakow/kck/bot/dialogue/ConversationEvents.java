package pl.krakow.kck.bot.dialogue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import pl.krakow.kck.bot.storage.StoredMessage;

/**
 * Tells the channels about every message stored in a conversation, whoever wrote it (resident,
 * assistant, consultant), so that a widget or a Telegram chat shows it at once. In-process: listeners
 * run on the thread that stored the message and must not block. The transcript in the database stays the
 * source of truth; a client that missed events reads it again.
 */
public final class ConversationEvents {

    private static final Logger LOG = Logger.getLogger(ConversationEvents.class.getName());

    /** A registration; closing it stops the deliveries. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final Map<String, List<Consumer<StoredMessage>>> byConversation = new ConcurrentHashMap<>();
    private final List<Consumer<StoredMessage>> everyConversation = new CopyOnWriteArrayList<>();
    private final List<Consumer<StoredMessage>> storedHere = new CopyOnWriteArrayList<>();

    /** Messages of one conversation. */
    public Subscription subscribe(String conversationId, Consumer<StoredMessage> listener) {
        List<Consumer<StoredMessage>> listeners = byConversation.computeIfAbsent(conversationId, k -> new CopyOnWriteArrayList<>());
        listeners.add(listener);
        return () -> {
            listeners.remove(listener);
            byConversation.computeIfPresent(conversationId, (k, v) -> v.isEmpty() ? null : v);
        };
    }

    /** Messages of every conversation (a channel that delivers to many residents, e.g. Telegram). */
    public Subscription subscribeAll(Consumer<StoredMessage> listener) {
        everyConversation.add(listener);
        return () -> everyConversation.remove(listener);
    }

    /** Messages stored by this node only, in every conversation. */
    public Subscription subscribeHere(Consumer<StoredMessage> listener) {
        storedHere.add(listener);
        return () -> storedHere.remove(listener);
    }

    /** A message this node stored. */
    public void publish(StoredMessage message) {
        deliver(storedHere, message);
        publishFromElsewhere(message);
    }

    /** A message another node stored (read back from the database). */
    public void publishFromElsewhere(StoredMessage message) {
        deliver(everyConversation, message);
        List<Consumer<StoredMessage>> listeners = byConversation.get(message.conversationId());
        if (listeners != null) {
            deliver(listeners, message);
        }
    }

    private static void deliver(List<Consumer<StoredMessage>> listeners, StoredMessage message) {
        for (Consumer<StoredMessage> listener : listeners) {
            try {
                listener.accept(message);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a listener failed on message " + message.seq() + " of " + message.conversationId(), e);
            }
        }
    }
}
