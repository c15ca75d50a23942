package pl.krakow.kck.channels.api;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per client: {@code burst} requests at once, refilled at {@code perMinute}. Buckets of
 * clients that have gone quiet are dropped, so memory stays bounded.
 */
final class RateLimiter {

    private static final int MAX_CLIENTS = 100_000;

    private final double perMillisecond;
    private final double burst;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

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
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(b -> now - b.at > 10 * 60_000L);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
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
