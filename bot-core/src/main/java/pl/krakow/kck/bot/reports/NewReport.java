package pl.krakow.kck.bot.reports;

import java.util.List;
import java.util.Map;

/**
 * A report about to be filed: from a confirmed draft, or posted through Open311.
 *
 * @param conversationId the chat it came from, or null (Open311)
 * @param source         {@code chat} or {@code open311}
 * @param location       may be null for a category that needs no place
 * @param consent        the resident agreed to be contacted (contact details are dropped without it)
 */
public record NewReport(String conversationId, String source, ServiceCategory category, Location location, String description,
                        Map<String, List<String>> attributes, Long photoId, String email, String phone, boolean consent) {

    public static final String CHAT = "chat";
    public static final String OPEN311 = "open311";

    public NewReport {
        attributes = Map.copyOf(attributes);
    }
}
