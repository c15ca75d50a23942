package pl.krakow.kck.bot.storage;

import java.time.OffsetDateTime;

/**
 * One message of a transcript.
 *
 * @param seq  1-based position in the conversation
 * @param kind reply kind for the assistant's messages, null otherwise
 * @param body the text as written or shown
 * @param data structured details (JSON: sources, options, article), null when none
 */
public record StoredMessage(long id, String conversationId, int seq, Author author, String kind, String body, String data,
                            OffsetDateTime createdAt) {

    /** The same message with personal data taken out of its text; structured details are dropped. */
    public StoredMessage redacted(java.util.function.UnaryOperator<String> redactor) {
        return new StoredMessage(id, conversationId, seq, author, kind, redactor.apply(body), null, createdAt);
    }
}
