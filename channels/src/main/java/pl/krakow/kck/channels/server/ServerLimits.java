package pl.krakow.kck.channels.server;

import java.time.Duration;

/**
 * How much of the server one client, and everyone together, may hold (kck.connections.*).
 *
 * @param perClient         open TCP connections from one address (an IPv6 /64 counts as one address)
 * @param total             open TCP connections altogether; lowered at start to what the open-files limit allows
 * @param readTimeout       a connection that sends nothing for this long (no request line, a stalled header or
 *                          body, an idle keep-alive) is closed
 * @param streamsPerClient  live event streams (SSE) from one address
 * @param streamsTotal      live event streams altogether
 * @param reservedFiles     open files kept free for the database, the knowledge base and the JVM
 */
public record ServerLimits(int perClient, int total, Duration readTimeout, int streamsPerClient, int streamsTotal,
                           int reservedFiles) {

    public ServerLimits {
        positive("kck.connections.per-client", perClient);
        positive("kck.connections.total", total);
        positive("kck.connections.streams.per-client", streamsPerClient);
        positive("kck.connections.streams.total", streamsTotal);
        positive("kck.connections.reserved-files", reservedFiles);
        if (readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("kck.connections.read-timeout must be positive, was " + readTimeout);
        }
    }

    public static ServerLimits defaults() {
        return new ServerLimits(64, 10_000, Duration.ofSeconds(20), 16, 2_000, 128);
    }

    private static void positive(String key, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(key + " must be positive, was " + value);
        }
    }
}
