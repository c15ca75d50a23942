package pl.krakow.kck.bot.replies;

import java.time.OffsetDateTime;

import pl.krakow.kck.bot.language.Language;

/**
 * A text supervisors keep for consultants: picked in the case view and put into a reply, which the consultant
 * may still edit before sending.
 *
 * @param topic   the knowledge base's topic it belongs to, or null
 * @param version grows with every change: an update names the version it was made on, so that two supervisors
 *                editing at once do not overwrite each other unseen
 */
public record SavedReply(long id, String title, String text, Language language, String topic, int version, String updatedBy,
                         OffsetDateTime updatedAt) {
}
