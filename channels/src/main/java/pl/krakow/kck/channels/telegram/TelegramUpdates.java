package pl.krakow.kck.channels.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.telegram.telegrambots.longpolling.util.LongPollingSingleThreadUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import pl.krakow.kck.bot.dialogue.AssistantService;
import pl.krakow.kck.bot.dialogue.Input;
import pl.krakow.kck.bot.dialogue.ReplyJson;
import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.privacy.PrivacyNotice;
import pl.krakow.kck.bot.reports.PhotoSanitizer;
import pl.krakow.kck.bot.storage.StorageException;
import pl.krakow.kck.bot.text.InputText;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;
import pl.krakow.kck.channels.reports.PhotoAttachment;

/**
 * Turns Telegram updates into conversation turns: text and commands, inline-keyboard choices, shared
 * locations, photos for a report. Used by long polling and by the webhook alike.
 */
final class TelegramUpdates implements LongPollingSingleThreadUpdateConsumer {

    static final String CHANNEL = "telegram";

    private static final Logger LOG = Logger.getLogger(TelegramUpdates.class.getName());

    /** Telegram's own limit for a message; the same checks as every other channel. */
    private static final InputText TEXT = new InputText(4096);

    private final AssistantService assistant;
    private final TelegramChats chats;
    private final TelegramSender sender;
    private final TelegramClient client;
    private final PhotoAttachment photos;
    private final TelegramFiles files;
    private final PrivacyNotice notice;

    private final TelegramFeedback feedback;

    TelegramUpdates(AssistantService assistant, TelegramChats chats, TelegramSender sender, TelegramClient client,
                    PhotoAttachment photos, TelegramFiles files, PrivacyNotice notice, TelegramFeedback feedback) {
        this.feedback = feedback;
        this.notice = notice;
        this.files = files;
        this.assistant = assistant;
        this.chats = chats;
        this.sender = sender;
        this.client = client;
        this.photos = photos;
    }

    @Override
    public void consume(Update update) {
        Long chatId = null;
        User from = null;
        try {
            if (update.hasCallbackQuery()) {
                CallbackQuery query = update.getCallbackQuery();
                chatId = query.getMessage() == null ? null : query.getMessage().getChatId();
                from = query.getFrom();
                Lang.speaking(language(chatId, from), () -> choice(query));
            } else if (update.hasMessage()) {
                Message message = update.getMessage();
                chatId = message.getChatId();
                from = message.getFrom();
                Lang.speaking(language(chatId, from), () -> message(message));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot handle Telegram update " + update.getUpdateId(), e);
            if (chatId != null) {
                failed(chatId, from, e);
            }
        }
    }

    /**
     * The resident is told that the message was not handled, as the widget is (the infoline to call), in the chat's
     * language when it can still be read, else in the user's Telegram language.
     */
    private void failed(long chatId, User from, RuntimeException failure) {
        String key = failure instanceof StorageException ? "api-errors.storage-unavailable" : "api-errors.internal-error";
        Lang lang;
        try {
            lang = language(chatId, from);
        } catch (RuntimeException e) { // the store is down: what Telegram says the user speaks
            lang = Language.of(from == null ? null : from.getLanguageCode()).map(Language::lang).orElse(Lang.PL);
        }
        try {
            sender.text(chatId, Messages.text(lang, key));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "cannot tell chat " + chatId + " of a failure", e);
        }
    }

    private void message(Message message) {
        long chatId = message.getChatId();
        if (message.hasText()) {
            String text = message.getText().strip();
            if (text.startsWith("/")) {
                command(chatId, text);
            } else {
                turn(chatId, text, null);
            }
        } else if (message.hasLocation()) {
            send(chatId, new Input.Place(message.getLocation().getLatitude(), message.getLocation().getLongitude(), null));
        } else if (message.hasPhoto() && !message.getPhoto().isEmpty()) {
            photo(chatId, message.getPhoto().stream().max(Comparator.comparingInt(p -> p.getWidth() * p.getHeight())).orElseThrow());
        } else {
            sender.text(chatId, Messages.text(Lang.resident(), "telegram.text-only"));
        }
    }

    /** The largest size Telegram offers, downloaded and attached to the report being filled in. */
    private void photo(long chatId, PhotoSize size) {
        String conversation = chats.conversationOf(chatId, () -> startConversation(chatId));
        byte[] bytes;
        try {
            File file = client.execute(new GetFile(size.getFileId()));
            try (InputStream in = files.open(file.getFilePath())) {
                bytes = in.readNBytes(photos.maxBytes() + 1);
            }
        } catch (TelegramApiException | IOException e) {
            LOG.log(Level.WARNING, "cannot download a photo from chat " + chatId, e);
            sender.text(chatId, Messages.text(Lang.resident(), "telegram.photo-failed"));
            return;
        }
        try {
            PhotoAttachment.Attached attached = photos.attach(conversation, bytes, PhotoSanitizer.JPEG);
            if (attached.exchange().reply() != null) {
                sender.reply(chatId, attached.exchange().reply());
            }
        } catch (PhotoAttachment.Refused e) {
            sender.text(chatId, e.text());
        }
    }

    /**
     * What the chat is written in: the language of its conversation once known, before that the user's Telegram
     * {@code language_code} (uk, en, pl; anything else is Polish until the first message says otherwise).
     */
    private Lang language(Long chatId, User from) {
        Optional<Language> stored = chatId == null ? Optional.empty() : chats.current(chatId).flatMap(assistant::language);
        return stored.or(() -> Language.of(from == null ? null : from.getLanguageCode())).map(Language::lang).orElse(Lang.PL);
    }

    /**
     * A new conversation for the chat, with the user's language as the prior of its first messages; the
     * resident is told first, in that language, that this is an automated assistant and what is kept.
     */
    private String startConversation(long chatId) {
        Lang lang = Lang.resident();
        String id = lang.equals(Lang.PL) ? assistant.start(CHANNEL).id()
                : assistant.start(CHANNEL, Language.of(lang.code()).orElse(Language.PL)).id();
        sender.text(chatId, notice.textWithLink(lang));
        return id;
    }

    private void command(long chatId, String text) {
        String command = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT).replaceAll("@.*$", "");
        String argument = text.contains(" ") ? text.substring(text.indexOf(' ') + 1).strip() : "";
        switch (command) {
            case "/start" -> {
                chats.restart(chatId, startConversation(chatId));
                sender.text(chatId, Messages.text(Lang.resident(), "telegram.welcome"));
            }
            case "/pomoc", "/help" -> sender.text(chatId, Messages.text(Lang.resident(), "telegram.help"));
            case "/zglos", "/report" -> {
                if (argument.isEmpty()) {
                    send(chatId, new Input.Command(Input.Command.Kind.REPORT, command));
                } else {
                    turn(chatId, argument, null);
                }
            }
            case "/status" -> turn(chatId, "status " + argument, null);
            case "/moje", "/mine" -> send(chatId, new Input.Command(Input.Command.Kind.MY_REPORTS, command));
            case "/konsultant", "/consultant" -> turn(chatId, Messages.text(Lang.resident(), "telegram.consultant-request"), null);
            default -> sender.text(chatId, Messages.text(Lang.resident(), "telegram.help"));
        }
    }

    private void choice(CallbackQuery query) {
        try {
            client.execute(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).build());
        } catch (TelegramApiException e) {
            LOG.log(Level.FINE, "cannot acknowledge a callback", e);
        }
        if (query.getMessage() != null && query.getData() != null) {
            long chatId = query.getMessage().getChatId();
            if (query.getData().startsWith(TelegramSender.MORE)) {
                more(chatId, query.getData().substring(TelegramSender.MORE.length()));
                return;
            }
            if (TelegramFeedback.handles(query.getData())) {
                feedback.handle(chatId, chats.conversationOf(chatId, () -> assistant.start(CHANNEL).id()), query.getData());
                return;
            }
            turn(chatId, "", query.getData());
        }
    }

    /** The rest of a long answer, asked for with its "Więcej" button; nothing for a stale or foreign button. */
    private void more(long chatId, String seq) {
        String conversation = chats.conversationOf(chatId, () -> startConversation(chatId));
        assistant.transcript(conversation).stream()
                .filter(m -> String.valueOf(m.seq()).equals(seq))
                .map(m -> ReplyJson.data(m.data()))
                .filter(data -> data != null && data.containsKey("more"))
                .findFirst()
                .ifPresent(data -> sender.text(chatId, data.getString("more")));
    }

    private void turn(long chatId, String typed, String picked) {
        String text;
        String choice;
        try {
            text = typed.isEmpty() && picked != null ? "" : TEXT.clean(typed);
            choice = picked == null ? null : TEXT.clean(picked);
        } catch (InputText.Refused refused) {
            sender.text(chatId, switch (refused.reason()) {
                case EMPTY -> Messages.text(Lang.resident(), "api-errors.text-empty");
                case TOO_LONG -> Messages.text(Lang.resident(), "api-errors.text-too-long", TEXT.maxLength());
                case CONTROL -> Messages.text(Lang.resident(), "api-errors.text-control-characters");
                case INVALID -> Messages.text(Lang.resident(), "api-errors.text-invalid-characters");
            });
            return;
        }
        send(chatId, Input.of(text, choice));
    }

    /** One turn of the conversation the chat is in (a new one when it was closed meanwhile), its reply sent back. */
    private void send(long chatId, Input input) {
        String conversation = chats.conversationOf(chatId, () -> startConversation(chatId));
        assistant.post(conversation, input)
                .ifPresentOrElse(exchange -> {
                            if (exchange.reply() != null) { // null while a consultant has the conversation
                                sender.reply(chatId, exchange.reply(), exchange.answer() == null ? 0 : exchange.answer().seq(),
                                        feedback.thumbs(exchange.answer()));
                            }
                        },
                        () -> {
                            chats.restart(chatId, startConversation(chatId));
                            send(chatId, input);
                        });
    }
}
