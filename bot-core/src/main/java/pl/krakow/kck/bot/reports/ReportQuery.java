package pl.krakow.kck.bot.reports;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Filters of Open311 {@code GET requests}: each list empty or each bound null means "any".
 *
 * @param numbers      service_request_id values; when given, the other filters are ignored (as Open311 says)
 * @param serviceCodes service_code values
 * @param statuses     open and/or closed
 * @param limit        at most this many, newest first
 */
public record ReportQuery(List<String> numbers, List<String> serviceCodes, OffsetDateTime start, OffsetDateTime end,
                          List<String> statuses, int limit) {

    public ReportQuery {
        numbers = List.copyOf(numbers);
        serviceCodes = List.copyOf(serviceCodes);
        statuses = List.copyOf(statuses);
    }
}
