package pl.krakow.kck.channels.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.dialogue.ReplyParts;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * Sends replies into a chat: the text as Telegram HTML (escaped; Markdown bold kept), sources as links,
 * options as an inline keyboard. Respects Telegram's flood limits: a 429 waits the {@code retry_after}
 * the server asked for (capped) and tries again, a few times.
 */
final class TelegramSender {

    private static final Logger LOG = Logger.getLogger(TelegramSender.class.getName());
    private static final int ATTEMPTS = 4;
    private static final int MAX_WAIT_SECONDS = 30;
    private static final int MAX_TEXT = 4000;
    private static final int MAX_CALLBACK_BYTES = 64;
    /** Callback data of the "Więcej" button: the prefix and the seq of the message whose rest is asked for. */
    static final String MORE = "more:";

    private final TelegramClient client;
    private final Sleeper sleeper;

    /** Waits between retries; tests pass one that does not sleep. */
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    TelegramSender(TelegramClient client, Sleeper sleeper) {
        this.client = client;
        this.sleeper = sleeper;
    }

    void reply(long chatId, Reply reply) {
        reply(chatId, reply, List.of());
    }

    /** The reply with {@code extra} rows (e.g. the feedback buttons) below its own keyboard. */
    void reply(long chatId, Reply reply, List<InlineKeyboardRow> extra) {
        reply(chatId, reply, 0, extra);
    }

    /**
     * The reply as a chat shows it: the article's title, and for a long answer only the essential part,
     * with a "Więcej" button asking for the rest of stored message {@code seq} (0: the whole text at once).
     */
    void reply(long chatId, Reply reply, int seq, List<InlineKeyboardRow> extra) {
        ReplyParts parts = ReplyParts.of(reply);
        boolean split = seq > 0 && parts.split();
        StringBuilder text = new StringBuilder();
        if (parts.title() != null) {
            text.append("<b>").append(escape(parts.title())).append("</b>\n\n");
        }
        text.append(html(split ? parts.essential() : reply.text()));
        if (!reply.sources().isEmpty()) {
            text.append("\n\n<b>").append(Messages.text(Lang.resident(), "telegram.source")).append("</b>");
            reply.sources().forEach(s -> text.append("\n").append(escape(s.url().toString())));
        }
        List<InlineKeyboardRow> rows = new ArrayList<>();
        if (split) {
            rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder().text(Messages.text(Lang.resident(), "telegram.more"))
                    .callbackData(MORE + seq).build()));
        }
        for (Reply.Option option : reply.options()) {
            if (option.id().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_CALLBACK_BYTES) {
                rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder().text(shorten(option.label(), 60))
                        .callbackData(option.id()).build()));
            }
        }
        for (Reply.ArticleRef related : reply.related()) {
            String id = "article:" + related.id();
            if (id.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_CALLBACK_BYTES) {
                rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder().text(shorten(Messages.text(Lang.resident(), "telegram.see-also", related.title()), 60))
                        .callbackData(id).build()));
            }
        }
        rows.addAll(extra);
        send(chatId, text.toString(), rows.isEmpty() ? null : InlineKeyboardMarkup.builder().keyboard(rows).build());
    }

    void text(long chatId, String text) {
        send(chatId, html(text), null);
    }

    void text(long chatId, String text, List<InlineKeyboardRow> rows) {
        send(chatId, html(text), rows.isEmpty() ? null : InlineKeyboardMarkup.builder().keyboard(rows).build());
    }

    private void send(long chatId, String html, InlineKeyboardMarkup keyboard) {
        SendMessage message = SendMessage.builder().chatId(chatId).text(shorten(html, MAX_TEXT)).parseMode("HTML")
                .disableWebPagePreview(true).replyMarkup(keyboard).build();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                client.execute(message);
                return;
            } catch (TelegramApiRequestException e) {
                Integer retryAfter = e.getParameters() != null ? e.getParameters().getRetryAfter() : null;
                if (e.getErrorCode() != null && e.getErrorCode() == 429 && attempt < ATTEMPTS) {
                    pause(Math.min(MAX_WAIT_SECONDS, retryAfter == null ? attempt : retryAfter));
                    continue;
                }
                LOG.log(Level.WARNING, "Telegram refused a message to chat " + chatId + ": " + e.getMessage());
                return;
            } catch (TelegramApiException e) {
                if (attempt == ATTEMPTS) {
                    LOG.log(Level.WARNING, "cannot reach Telegram for chat " + chatId, e);
                    return;
                }
                pause(attempt);
            }
        }
    }

    private void pause(long seconds) {
        try {
            sleeper.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Markdown of the knowledge base to Telegram HTML: everything escaped, then **bold** restored. */
    static String html(String markdown) {
        return escape(markdown).replaceAll("\\*\\*([^*]+)\\*\\*", "<b>$1</b>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
