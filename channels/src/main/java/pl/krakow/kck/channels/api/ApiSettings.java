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
 */
public record ApiSettings(int maxTextLength, int maxBodyBytes, int ratePerMinute, int rateBurst, List<String> trustedProxies) {

    public ApiSettings {
        trustedProxies = List.copyOf(trustedProxies);
    }

    public ApiSettings(int maxTextLength, int maxBodyBytes, int ratePerMinute, int rateBurst) {
        this(maxTextLength, maxBodyBytes, ratePerMinute, rateBurst, List.of());
    }

    public static ApiSettings defaults() {
        return new ApiSettings(2000, 16 * 1024, 30, 10);
    }
}
