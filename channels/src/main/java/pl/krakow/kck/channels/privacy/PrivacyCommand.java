package pl.krakow.kck.channels.privacy;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.helidon.config.Config;

import pl.krakow.kck.bot.privacy.PersonalDataRedactor;
import pl.krakow.kck.bot.privacy.PrivacyDesk;
import pl.krakow.kck.bot.privacy.Subject;
import pl.krakow.kck.bot.privacy.SubjectKey;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.channels.Settings;
import pl.krakow.kck.channels.config.KckSettings;

/**
 * {@code ./kck privacy find|export|erase --by KIND --value VALUE --reason WHY [--actor NAME]}: the rights of
 * the data subject from the command line, on the database the service is configured with. Every action is
 * written to the privacy record with who ran it and why.
 */
public final class PrivacyCommand {

    private static final String USAGE = """
            Usage: ./kck privacy find|export|erase --by conversation|telegram|email|phone|report --value VALUE --reason WHY
                   [--actor NAME] [--format json|text] [--output FILE] [--yes]
              find    lists what is stored about the resident (counts and identifiers)
              export  writes everything about the resident (JSON or readable text) to --output or standard output
              erase   erases it (asks for --yes); filed reports stay as the city's record, without the resident's data
            The database is the one ./kck serve uses (kck.database.*, KCK_DATABASE_URL).""";

    private PrivacyCommand() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int status = run(args, out, Config.create());
        System.exit(status);
    }

    static int run(String[] args, PrintStream out, Config config) throws IOException {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
            out.println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String action = args[0];
        Map<String, String> options = options(args);
        Optional<SubjectKey.By> by = SubjectKey.By.fromWire(options.getOrDefault("by", ""));
        if (!(action.equals("find") || action.equals("export") || action.equals("erase")) || by.isEmpty()
                || !options.containsKey("value")) {
            System.err.println("kck privacy: " + (by.isEmpty() ? "--by must be one of conversation, telegram, email, phone, report"
                    : "unknown action or missing --value"));
            out.println(USAGE);
            return 2;
        }
        SubjectKey key;
        try {
            key = SubjectKey.of(by.get(), options.get("value"));
        } catch (IllegalArgumentException e) {
            System.err.println("kck privacy: --value: " + e.getMessage());
            return 2;
        }
        String actor = options.getOrDefault("actor", "cli:" + System.getProperty("user.name", "unknown"));
        String reason = options.getOrDefault("reason", "");
        Settings settings;
        try {
            settings = KckSettings.from(config).service();
        } catch (IllegalArgumentException e) {
            System.err.println("kck privacy: configuration: " + e.getMessage());
            return 78;
        }
        try (Database database = Database.open(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword(), null)) {
            PrivacyDesk desk = new PrivacyDesk(database.dataSource(), Clock.systemUTC(), new PersonalDataRedactor()::redact);
            switch (action) {
                case "find" -> print(out, desk.find(key, actor, reason));
                case "export" -> {
                    PrivacyDesk.Export export = desk.export(key, actor, reason);
                    String body = options.getOrDefault("format", "json").equals("text") ? export.text() : export.json().toString();
                    if (options.containsKey("output")) {
                        Files.writeString(Path.of(options.get("output")), body, StandardCharsets.UTF_8);
                        out.println("written " + options.get("output") + " (" + export.subject().summary() + ")");
                    } else {
                        out.println(body);
                    }
                }
                default -> {
                    if (!options.containsKey("yes")) {
                        print(out, desk.find(key, actor, reason));
                        System.err.println("kck privacy: erase is final; run it again with --yes to erase the data above");
                        return 3;
                    }
                    out.println("erased: " + desk.erase(key, actor, reason).summary());
                }
            }
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("kck privacy: " + e.getMessage());
            return 2;
        }
    }

    private static void print(PrintStream out, Subject subject) {
        out.println(subject.summary());
        out.println("conversations: " + subject.conversations());
        out.println("reports (ids): " + subject.reports());
        out.println("consultant cases: " + subject.cases());
        out.println("telegram chats: " + subject.telegramChats());
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                continue;
            }
            String name = args[i].substring(2);
            if (name.equals("yes")) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            }
        }
        return options;
    }
}
