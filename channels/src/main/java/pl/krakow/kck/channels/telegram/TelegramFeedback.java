package pl.krakow.kck.channels.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import pl.krakow.kck.bot.feedback.FeedbackReason;
import pl.krakow.kck.bot.feedback.ResidentFeedback;
import pl.krakow.kck.bot.storage.StoredMessage;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * Feedback in Telegram, never required: 👍/👎 buttons under every answer ({@code fb:<seq>:up|down}), after a 👎
 * the optional reasons ({@code fb:<seq>:down:<reason>}), and the 1–5 satisfaction buttons under the message that
 * closes a consultant's case ({@code csat:<seq>:<score>}). Handled here, beside the dialogue: a rating is no turn.
 */
final class TelegramFeedback {

    private static final Set<String> RATED = Set.of("answer", "clarify", "fallback");

    private final ResidentFeedback feedback;
    private final TelegramSender sender;

    TelegramFeedback(ResidentFeedback feedback, TelegramSender sender) {
        this.feedback = feedback;
        this.sender = sender;
    }

    /** The thumbs row for a stored reply of the assistant, or none. */
    List<InlineKeyboardRow> thumbs(StoredMessage reply) {
        if (reply == null || !RATED.contains(reply.kind())) {
            return List.of();
        }
        return List.of(new InlineKeyboardRow(
                button(Messages.text(Lang.resident(), "feedback.helpful"), "fb:" + reply.seq() + ":up"),
                button(Messages.text(Lang.resident(), "feedback.unhelpful"), "fb:" + reply.seq() + ":down")));
    }

    /** The satisfaction buttons for the closing message number {@code seq}. */
    static List<InlineKeyboardRow> survey(int seq) {
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        for (int score = ResidentFeedback.MIN_SCORE; score <= ResidentFeedback.MAX_SCORE; score++) {
            buttons.add(button(String.valueOf(score), "csat:" + seq + ":" + score));
        }
        return List.of(new InlineKeyboardRow(buttons));
    }

    static boolean handles(String data) {
        return data != null && (data.startsWith("fb:") || data.startsWith("csat:"));
    }

    /** Stores a rating from a button; after a thumb down, offers the reasons. */
    void handle(long chatId, String conversationId, String data) {
        String[] parts = data.split(":");
        try {
            int seq = Integer.parseInt(parts[1]);
            if (parts[0].equals("csat") && parts.length == 3) {
                feedback.rateCase(conversationId, seq, Integer.parseInt(parts[2]));
                sender.text(chatId, Messages.text(Lang.resident(), "feedback.thanks"));
            } else if (parts.length == 3 && parts[2].equals("up")) {
                feedback.rateReply(conversationId, seq, true, null);
                sender.text(chatId, Messages.text(Lang.resident(), "feedback.thanks"));
            } else if (parts.length >= 3 && parts[2].equals("down")) {
                FeedbackReason reason = parts.length == 4 ? FeedbackReason.fromWire(parts[3]).orElse(null) : null;
                feedback.rateReply(conversationId, seq, false, reason);
                if (parts.length == 3) {
                    List<InlineKeyboardButton> reasons = new ArrayList<>();
                    for (FeedbackReason r : FeedbackReason.values()) {
                        reasons.add(button(Messages.text(Lang.resident(), "feedback.reason." + r.wire()), "fb:" + seq + ":down:" + r.wire()));
                    }
                    sender.text(chatId, Messages.text(Lang.resident(), "feedback.why"), List.of(new InlineKeyboardRow(reasons)));
                } else {
                    sender.text(chatId, Messages.text(Lang.resident(), "feedback.thanks"));
                }
            }
        } catch (RuntimeException e) {
            // a malformed or stale button: nothing to store
        }
    }

    private static InlineKeyboardButton button(String text, String data) {
        return InlineKeyboardButton.builder().text(text).callbackData(data).build();
    }
}
