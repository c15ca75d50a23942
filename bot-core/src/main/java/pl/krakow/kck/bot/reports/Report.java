package pl.krakow.kck.bot.reports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A filed report (an Open311 service request).
 *
 * @param number         {@code KRK-2026-000123}: Open311 {@code service_request_id}
 * @param source         where it came from: {@code chat} or {@code open311}
 * @param status         Open311 status: {@code open} or {@code closed}
 * @param statusNotes    the latest note from the city, or null
 * @param attributes     answers to the category's attributes: code → keys (list types) or the text given
 * @param supporters     residents who joined it instead of filing their own
 */
public record Report(long id, String number, String conversationId, String source, String serviceCode, String serviceName,
                     String agency, String status, String statusNotes, String description, String address, Double lat,
                     Double lon, Map<String, List<String>> attributes, Long photoId, String email, String phone,
                     int supporters, OffsetDateTime requestedAt, OffsetDateTime updatedAt) {

    public static final String OPEN = "open";
    public static final String CLOSED = "closed";

    public Report {
        attributes = Map.copyOf(attributes);
    }

    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }
}
