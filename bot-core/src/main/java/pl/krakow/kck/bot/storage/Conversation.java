package pl.krakow.kck.bot.storage;

import java.time.OffsetDateTime;

/** A conversation with a resident, in one channel. */
public record Conversation(String id, String channel, OffsetDateTime createdAt, OffsetDateTime updatedAt, int messageCount) {
}
