package pl.krakow.kck.channels.server;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Failed guesses of a secret (an API key) per client: beyond {@code max} within {@code window} the client is
 * refused before anything is compared, until the window has passed since its first failure. Bounded.
 */
public final class GuessLimit {

    private final int max;
    private final Duration window;
    private final Clock clock;
    private final Map<String, long[]> failures = new LruMap<>(50_000);

    public GuessLimit(int max, Duration window, Clock clock) {
        this.max = max;
        this.window = window;
        this.clock = clock;
    }

    /** Seconds the client must wait; 0 when it may try. */
    public synchronized long waitSeconds(String client) {
        long[] f = failures.get(client);
        long now = clock.millis();
        if (f == null || now - f[1] >= window.toMillis()) {
            return 0;
        }
        return f[0] >= max ? Math.max(1, (f[1] + window.toMillis() - now + 999) / 1000) : 0;
    }

    public synchronized void failed(String client) {
        long now = clock.millis();
        long[] f = failures.get(client);
        if (f == null || now - f[1] >= window.toMillis()) {
            failures.put(client, new long[] {1, now});
        } else {
            f[0]++;
        }
    }
}
