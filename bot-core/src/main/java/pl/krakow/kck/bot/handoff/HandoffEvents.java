package pl.krakow.kck.bot.handoff;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells listeners (the consultants' console) that a case changed: opened, claimed, transferred, closed.
 * In-process; listeners run on the thread that made the change and must not block.
 */
public final class HandoffEvents {

    private static final Logger LOG = Logger.getLogger(HandoffEvents.class.getName());

    /** A registration; closing it stops the deliveries. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final List<Consumer<HandoffCase>> listeners = new CopyOnWriteArrayList<>();

    public Subscription subscribe(Consumer<HandoffCase> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void publish(HandoffCase changed) {
        for (Consumer<HandoffCase> listener : listeners) {
            try {
                listener.accept(changed);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a handoff listener failed on case " + changed.id(), e);
            }
        }
    }
}
