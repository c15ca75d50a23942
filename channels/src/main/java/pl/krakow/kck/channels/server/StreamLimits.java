package pl.krakow.kck.channels.server;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Live event streams (SSE) per client and altogether. A stream holds a connection for up to half an hour, so
 * without a cap one client could hold every connection the server has.
 */
public final class StreamLimits {

    private final int perClient;
    private final int total;
    private final Map<String, Integer> open = new HashMap<>();
    private int all;

    public StreamLimits(int perClient, int total) {
        this.perClient = perClient;
        this.total = total;
    }

    /** A slot for one stream of {@code client} (see {@link ClientAddresses}); empty when it or everyone has used theirs. */
    public synchronized Optional<Slot> open(String client) {
        int mine = open.getOrDefault(client, 0);
        if (mine >= perClient || all >= total) {
            return Optional.empty();
        }
        open.put(client, mine + 1);
        all++;
        return Optional.of(new Slot(client));
    }

    public synchronized int openStreams() {
        return all;
    }

    private synchronized void release(String client) {
        all--;
        open.computeIfPresent(client, (c, n) -> n <= 1 ? null : n - 1);
    }

    /** One open stream; closing it frees the slot (once). */
    public final class Slot implements AutoCloseable {
        private final String client;
        private boolean closed;

        private Slot(String client) {
            this.client = client;
        }

        @Override
        public void close() {
            synchronized (StreamLimits.this) {
                if (closed) {
                    return;
                }
                closed = true;
                release(client);
            }
        }
    }
}
