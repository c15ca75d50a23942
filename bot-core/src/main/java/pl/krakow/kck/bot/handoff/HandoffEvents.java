package pl.krakow.kck.bot.handoff;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells listeners (the consultants' console) that a case changed: opened, claimed, transferred, closed.
 * In-process; listeners run on the thread that made the change and must not block. As with
 * {@code ConversationEvents}, {@link #publish} is for changes made on this node, {@link #publishFromElsewhere}
 * for those another node made, and {@link #subscribeHere} listeners hear only the first.
 */
public final class HandoffEvents {

    private static final Logger LOG = Logger.getLogger(HandoffEvents.class.getName());

    /** A registration; closing it stops the deliveries. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final List<Consumer<HandoffCase>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<HandoffCase>> madeHere = new CopyOnWriteArrayList<>();

    public Subscription subscribe(Consumer<HandoffCase> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Changes made by this node only. */
    public Subscription subscribeHere(Consumer<HandoffCase> listener) {
        madeHere.add(listener);
        return () -> madeHere.remove(listener);
    }

    /** A change made on this node. */
    public void publish(HandoffCase changed) {
        deliver(madeHere, changed);
        publishFromElsewhere(changed);
    }

    /** A change another node made (read back from the database). */
    public void publishFromElsewhere(HandoffCase changed) {
        deliver(listeners, changed);
    }

    private static void deliver(List<Consumer<HandoffCase>> listeners, HandoffCase changed) {
        for (Consumer<HandoffCase> listener : listeners) {
            try {
                listener.accept(changed);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a handoff listener failed on case " + changed.id(), e);
            }
        }
    }
}
