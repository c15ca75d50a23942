package pl.krakow.kck.channels.api;

import java.time.Clock;
import java.util.Map;

import pl.krakow.kck.channels.server.LruMap;

/**
 * Token buckets per client: {@code burst} requests at once, refilled at {@code perMinute}. At most
 * {@value #MAX_CLIENTS} clients are tracked; the least recently seen is forgotten first (it would have a full
 * bucket again soon anyway), so memory and the cost of a request stay bounded however many addresses come.
 */
final class RateLimiter {

    private static final int MAX_CLIENTS = 100_000;

    private final double perMillisecond;
    private final double burst;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new LruMap<>(MAX_CLIENTS);

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    RateLimiter(int perMinute, int burst, Clock clock) {
        this.perMillisecond = perMinute / 60_000.0;
        this.burst = burst;
        this.clock = clock;
    }

    /** Takes a token; 0 when allowed, otherwise the seconds to wait before the next one. */
    long acquire(String client) {
        long now = clock.millis();
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        }
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) * perMillisecond);
            bucket.at = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - bucket.tokens) / perMillisecond / 1000.0);
        }
    }
}
