package pl.krakow.kck.channels.api;

import java.util.List;

/**
 * Limits of the public API.
 *
 * @param maxTextLength   characters in one message
 * @param maxBodyBytes    bytes in one request body
 * @param ratePerMinute   POST requests per client and minute, sustained
 * @param rateBurst       POST requests per client at once
 * @param trustedProxies  reverse proxies (addresses or CIDR ranges) whose X-Forwarded-For is believed
 *                        ({@code kck.api.trusted-proxies}); from anyone else the header is ignored
 * @param metricsFrom     who may read /observe/metrics (addresses or CIDR ranges; {@code kck.observe.metrics-from})
 */
public record ApiSettings(int maxTextLength, int maxBodyBytes, int ratePerMinute, int rateBurst, List<String> trustedProxies,
                          List<String> metricsFrom) {

    /** Loopback and the private networks: the city's monitoring, never the internet. */
    public static final List<String> PRIVATE_NETWORKS = List.of("127.0.0.0/8", "::1", "10.0.0.0/8", "172.16.0.0/12",
            "192.168.0.0/16", "fc00::/7");

    public ApiSettings {
        trustedProxies = List.copyOf(trustedProxies);
        metricsFrom = List.copyOf(metricsFrom);
    }

    public ApiSettings(int maxTextLength, int maxBodyBytes, int ratePerMinute, int rateBurst, List<String> trustedProxies) {
        this(maxTextLength, maxBodyBytes, ratePerMinute, rateBurst, trustedProxies, PRIVATE_NETWORKS);
    }

    public ApiSettings(int maxTextLength, int maxBodyBytes, int ratePerMinute, int rateBurst) {
        this(maxTextLength, maxBodyBytes, ratePerMinute, rateBurst, List.of());
    }

    public static ApiSettings defaults() {
        return new ApiSettings(2000, 16 * 1024, 30, 10);
    }
}
