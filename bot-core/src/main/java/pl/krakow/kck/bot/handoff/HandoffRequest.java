package pl.krakow.kck.bot.handoff;

import java.util.List;

import pl.krakow.kck.bot.storage.StoredMessage;

/**
 * What the consultants' side receives when a conversation is handed over: the case, the channel to
 * answer in, what the assistant learnt, and the whole transcript so that the resident need not repeat anything.
 */
public record HandoffRequest(HandoffCase handoff, String channel, HandoffContext context, List<StoredMessage> transcript) {

    public HandoffRequest {
        transcript = List.copyOf(transcript);
    }
}
