package pl.krakow.kck.channels.api;

/**
 * Limits of the public API.
 *
 * @param maxTextLength  characters in one message
 * @param maxBodyBytes   bytes in one request body
 * @param ratePerMinute  POST requests per client and minute, sustained
 * @param rateBurst      POST requests per client at once
 */
public record ApiSettings(int maxTextLength, int maxBodyBytes, int ratePerMinute, int rateBurst) {

    public static ApiSettings defaults() {
        return new ApiSettings(2000, 16 * 1024, 30, 10);
    }
}
