package pl.krakow.kck.bot.handoff;

import java.util.List;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.dialogue.ReplyJson;
import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.storage.Author;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.StoredMessage;

/**
 * What counts as the assistant missing, for the repeated-misses rule: a fallback that leaves the resident
 * with nothing, or a clarifying question between uncertain candidates. Not a miss: asking what a question
 * is about ("ile kosztuje?" with nothing before, a lone number or word: a clarifying question with
 * confidence 0), and a fallback that names who handles the matter ({@link Reply#referred()}: another
 * institution, another service's line). Both are what a good agent would say.
 */
final class Misses {

    private Misses() {
    }

    /** Whether this reply of the assistant is a miss. */
    static boolean missed(Reply reply) {
        return missed(reply.kind(), reply.confidence(), reply.referred());
    }

    /** The misses among the assistant's replies since its last handoff message (an offer, a handover, its end). */
    static int earlier(ConversationRepository conversations, String conversationId) {
        return (int) conversations.since(conversationId, Author.ASSISTANT, List.of(ReplyKind.FALLBACK.wire(), ReplyKind.CLARIFY.wire()),
                ReplyKind.HANDOFF.wire()).stream().filter(Misses::stored).count();
    }

    private static boolean stored(StoredMessage message) {
        ReplyKind kind = ReplyKind.FALLBACK.wire().equals(message.kind()) ? ReplyKind.FALLBACK
                : ReplyKind.CLARIFY.wire().equals(message.kind()) ? ReplyKind.CLARIFY : null;
        if (kind == null) {
            return false;
        }
        JsonObject data = ReplyJson.data(message.data());
        if (data == null) {
            return true; // a reply kept without its data (an older version): counted as its kind says
        }
        JsonNumber confidence = data.getJsonNumber("confidence");
        return missed(kind, confidence == null ? 1 : confidence.doubleValue(), data.getBoolean("referred", false));
    }

    private static boolean missed(ReplyKind kind, double confidence, boolean referred) {
        return kind == ReplyKind.FALLBACK && !referred || kind == ReplyKind.CLARIFY && confidence > 0;
    }
}
