package pl.krakow.kck.channels.console;

import java.time.Clock;

import pl.krakow.kck.bot.privacy.PersonalDataRedactor;
import java.util.List;
import java.util.logging.Logger;

import pl.krakow.kck.bot.dialogue.ConversationEvents;
import pl.krakow.kck.bot.handoff.ConsultantAccounts;
import pl.krakow.kck.bot.handoff.Handoffs;
import pl.krakow.kck.bot.handoff.PasswordHasher;
import pl.krakow.kck.bot.handoff.TranscriptExport;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.Database;

/**
 * The consultants' console, wired: accounts (seeded from the configuration at start), sessions, the sign-in
 * throttle and the live event stream. Closing it ends every event stream.
 */
public final class ConsultantConsole implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ConsultantConsole.class.getName());

    private final ConsoleSettings settings;
    private final ConsultantAccounts accounts;
    private final ConsoleSessions sessions;
    private final SignInGate signIn;
    private final ConsoleStream stream;
    private final ConversationRepository conversations;
    private final Handoffs handoffs;
    private final TranscriptExport export;
    private final PersonalDataRedactor redactor = new PersonalDataRedactor();
    private final Clock clock;

    private ConsultantConsole(ConsoleSettings settings, Database database, ConsultantAccounts accounts, ConversationRepository conversations,
                              ConversationEvents events, Handoffs handoffs, Clock clock) {
        this.settings = settings;
        this.accounts = accounts;
        this.conversations = conversations;
        this.handoffs = handoffs;
        this.clock = clock;
        this.sessions = new ConsoleSessions(database.dataSource(), accounts::find, settings.sessionIdle(), settings.sessionMax(), clock);
        this.signIn = new SignInGate(accounts::authenticate, settings.signInAttempts(), settings.signInFirstDelay(),
                settings.signInLockout(), settings.signInPerAddress(), SignInGate.defaultHashSlots(), clock);
        this.stream = new ConsoleStream(events, handoffs.caseEvents(), handoffs.cases(), sessions);
        this.export = new TranscriptExport(handoffs.hours().zone());
    }

    public static ConsultantConsole start(ConsoleSettings settings, Database database, ConversationRepository conversations,
                                          ConversationEvents events, Handoffs handoffs, Clock clock) {
        ConsultantAccounts accounts = new ConsultantAccounts(database, new PasswordHasher(settings.passwordIterations()), clock);
        List<String> created = accounts.seed(settings.accounts());
        if (!created.isEmpty()) {
            LOG.info(() -> "console accounts created from the configuration: " + String.join(", ", created));
        }
        if (accounts.all().isEmpty()) {
            LOG.warning("the consultants' console has no accounts: set KCK_CONSOLE_ADMIN_PASSWORD (at least "
                    + ConsultantAccounts.MIN_PASSWORD_LENGTH + " characters) to create the first supervisor, 'admin'");
        }
        return new ConsultantConsole(settings, database, accounts, conversations, events, handoffs, clock);
    }

    public ConsoleSettings settings() {
        return settings;
    }

    public ConsultantAccounts accounts() {
        return accounts;
    }

    public ConsoleSessions sessions() {
        return sessions;
    }

    public SignInGate signIn() {
        return signIn;
    }

    public ConsoleStream stream() {
        return stream;
    }

    public ConversationRepository conversations() {
        return conversations;
    }

    public Handoffs handoffs() {
        return handoffs;
    }

    public TranscriptExport export() {
        return export;
    }

    /** Takes personal data out of what leaves the console for others than the case's consultant. */
    public PersonalDataRedactor redactor() {
        return redactor;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        stream.close();
    }
}
