package pl.krakow.kck.channels.telegram;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.WebhookInfo;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import pl.krakow.kck.bot.dialogue.AssistantService;
import pl.krakow.kck.bot.dialogue.ConversationEvents;
import pl.krakow.kck.bot.nodes.Leadership;
import pl.krakow.kck.bot.feedback.ResidentFeedback;
import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.reports.notify.NotificationDispatcher;
import pl.krakow.kck.bot.storage.Author;
import pl.krakow.kck.bot.storage.StoredMessage;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;
import pl.krakow.kck.channels.api.ApiException;
import pl.krakow.kck.channels.reports.PhotoAttachment;

/**
 * The Telegram channel: long polling by default, on one node only (Telegram gives updates to one poller:
 * the node that holds the {@link Leadership}; another takes over when it dies); webhook mode when a public
 * URL is configured (any node answers), with the
 * secret-token header checked on every call and a self-check of the webhook's state at start. Messages
 * a consultant writes in a Telegram conversation are delivered into its chat.
 */
public final class TelegramChannel implements HttpService, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TelegramChannel.class.getName());
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final TelegramSettings settings;
    private final TelegramUpdates updates;
    private final OkHttpTelegramClient client;
    private final TelegramChats chats;
    private final TelegramSender sender;
    private final AssistantService assistant;
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final ConversationEvents.Subscription relay;
    private final Leadership pollingLeader;
    private TelegramBotsLongPollingApplication polling;

    /** @param pollingLeader decides which node polls (long polling mode) */
    public TelegramChannel(TelegramSettings settings, AssistantService assistant, DataSource dataSource, PhotoAttachment photos,
                           Leadership pollingLeader, pl.krakow.kck.bot.privacy.PrivacyNotice notice, ResidentFeedback feedback) {
        this.settings = settings;
        this.pollingLeader = pollingLeader;
        TelegramUrl url = settings.apiUrl();
        this.client = new OkHttpTelegramClient(settings.token(), url);
        this.assistant = assistant;
        this.chats = new TelegramChats(dataSource);
        this.sender = new TelegramSender(client, Thread::sleep);
        this.updates = new TelegramUpdates(assistant, chats, sender, client, photos, new TelegramFiles(settings), notice,
                new TelegramFeedback(feedback, sender));
        this.relay = assistant.events().subscribeHere(this::forward); // the node that stored a reply sends it, once
    }

    /**
     * A message stored outside the resident's turn (a consultant's, a status change, the closing question) sent
     * to the conversation's chat, if it has one, in the conversation's language.
     */
    private void forward(StoredMessage message) {
        boolean consultant = message.author() == Author.CONSULTANT;
        boolean notice = NotificationDispatcher.MESSAGE_KIND.equals(message.kind());
        boolean survey = message.author() == Author.ASSISTANT && ResidentFeedback.asksSatisfaction(message.data());
        if (!consultant && !notice && !survey) {
            return;
        }
        chats.chatOf(message.conversationId()).ifPresent(chat -> Lang.speaking(
                assistant.language(message.conversationId()).map(Language::lang).orElse(Lang.PL), () -> {
                    if (consultant) {
                        sender.text(chat, Messages.text(Lang.resident(), "telegram.consultant-says", message.body()));
                    } else if (notice) { // a report's status changed
                        sender.text(chat, message.body());
                    } else { // the consultant closed the case: the assistant is back, with the one satisfaction question
                        sender.text(chat, message.body() + "\n\n" + Messages.text(Lang.resident(), "feedback.survey"),
                                TelegramFeedback.survey(message.seq()));
                    }
                }));
    }

    /** Starts long polling (when this node leads), or registers the webhook and reports its state. */
    public void start() throws TelegramApiException {
        registerCommands();
        if (settings.webhookUrl().isEmpty()) {
            pollingLeader.start(this::startPolling, this::stopPolling);
            return;
        }
        client.execute(SetWebhook.builder().url(settings.webhookUrl()).secretToken(settings.webhookSecret()).build());
        WebhookInfo info = client.execute(new GetWebhookInfo());
        String error = info.getLastErrorMessage();
        LOG.info(() -> "Telegram webhook: " + info.getUrl() + (error == null ? " (no errors reported)" : " – last error: " + error));
    }

    /** The commands TelegramUpdates answers, in menu order, with their telegram.command-* descriptions. */
    private static final java.util.Map<String, String> COMMANDS = new java.util.LinkedHashMap<>();

    static {
        COMMANDS.put("start", "start");
        COMMANDS.put("pomoc", "help");
        COMMANDS.put("zglos", "report");
        COMMANDS.put("status", "status");
        COMMANDS.put("moje", "mine");
        COMMANDS.put("konsultant", "consultant");
    }

    /** The same commands under English names for users whose Telegram speaks Ukrainian or English. */
    private static final java.util.Map<String, String> COMMANDS_EN = new java.util.LinkedHashMap<>();

    static {
        COMMANDS_EN.put("start", "start");
        COMMANDS_EN.put("help", "help");
        COMMANDS_EN.put("report", "report");
        COMMANDS_EN.put("status", "status");
        COMMANDS_EN.put("mine", "mine");
        COMMANDS_EN.put("consultant", "consultant");
    }

    /**
     * The command list Telegram shows under "/" (descriptions from the telegram catalogue): Polish for everyone,
     * and per language_code the Ukrainian and English descriptions of the English-named commands.
     */
    private void registerCommands() {
        register(COMMANDS, Lang.PL, null);
        for (Lang lang : Messages.languages()) {
            if (!lang.equals(Lang.PL)) {
                register(COMMANDS_EN, lang, lang.code());
            }
        }
    }

    private void register(java.util.Map<String, String> names, Lang lang, String languageCode) {
        List<BotCommand> commands = new ArrayList<>();
        names.forEach((name, key) -> commands.add(new BotCommand(name, Messages.text(lang, "telegram.command-" + key))));
        try {
            client.execute(SetMyCommands.builder().commands(commands).languageCode(languageCode).build());
        } catch (TelegramApiException e) { // the commands still work when typed; the menu waits for the next start
            LOG.log(Level.WARNING, "cannot register the Telegram command list", e);
        }
    }

    private synchronized void startPolling() {
        if (polling != null) {
            return;
        }
        polling = new TelegramBotsLongPollingApplication();
        try {
            BotSession session = polling.registerBot(settings.token(), settings::apiUrl, new DefaultGetUpdatesGenerator(), updates);
            LOG.info(() -> "Telegram: long polling " + (session.isRunning() ? "running" : "not running"));
        } catch (TelegramApiException e) {
            stopPolling();
            throw new IllegalStateException("cannot start Telegram long polling", e);
        }
    }

    private synchronized void stopPolling() {
        if (polling != null) {
            try {
                polling.unregisterBot(settings.token());
                polling.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "closing Telegram long polling", e);
            }
            polling = null;
            LOG.info("Telegram: long polling stopped on this node");
        }
    }

    /** True while this node polls Telegram for updates. */
    public synchronized boolean polling() {
        return polling != null;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/webhook", this::webhook);
    }

    private void webhook(ServerRequest request, ServerResponse response) {
        String secret = request.headers().first(HeaderNames.create(SECRET_HEADER)).orElse("");
        if (settings.webhookSecret().isEmpty() || !java.security.MessageDigest.isEqual(
                secret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                settings.webhookSecret().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            throw ApiException.of(Status.FORBIDDEN_403, "telegram-secret", "Forbidden",
                    Messages.text(Lang.PL, "api-errors.forbidden"), "Missing or wrong " + SECRET_HEADER + " header.");
        }
        Update update;
        try {
            update = json.readValue(request.content().as(byte[].class), Update.class);
        } catch (IOException e) {
            throw ApiException.of(Status.BAD_REQUEST_400, "telegram-update", "Bad request",
                    Messages.text(Lang.PL, "api-errors.bad-request", 400), "The body is not a Telegram Update.");
        }
        response.status(Status.OK_200).send();
        Thread.ofVirtual().start(() -> updates.consume(update));
    }

    @Override
    public void close() {
        relay.close();
        pollingLeader.close();
        stopPolling();
    }
}
