package pl.krakow.kck.channels.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.krakow.kck.bot.storage.Author;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.Database;

/** A supervisor answering a resident's request from the command line: find, export, then erase. */
class PrivacyCommandTest {

    @Test
    void should_find_export_and_erase_a_residents_data_from_the_command_line(@TempDir Path folder) throws IOException {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        config = Config.just(ConfigSources.create(Map.of("kck.database.url", url)));
        String conversation;
        try (Database database = Database.open(url, "", "", null)) {
            ConversationRepository conversations = new ConversationRepository(database, Clock.systemUTC());
            conversation = conversations.create("widget").id();
            conversations.append(conversation, Author.RESIDENT, null, "Proszę oddzwonić: jan@example.pl", null);
        }
        String[] key = {"--by", "email", "--value", "Jan@Example.pl", "--reason", "wniosek z 2026-12-03", "--actor", "anna"};

        String found = run(concat("find", key));
        assertTrue(found.contains("conversations=1"), found);
        assertTrue(found.contains(conversation), found);

        Path file = folder.resolve("export.txt");
        run(concat("export", concat2(key, "--format", "text", "--output", file.toString())));
        assertTrue(Files.readString(file).contains("Proszę oddzwonić: jan@example.pl"));

        assertEquals(3, status(concat("erase", key)), "erasing needs --yes");
        assertTrue(run(concat("erase", concat2(key, "--yes"))).contains("erased: conversations=1"));
        assertTrue(run(concat("find", key)).contains("conversations=0"), "nothing left to find");
        assertEquals(2, status(new String[] {"find", "--by", "shoe-size", "--value", "42"}));
    }

    private String run(String[] args) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = PrivacyCommand.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8), config);
        assertEquals(0, status, bytes.toString(StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private int status(String[] args) throws IOException {
        return PrivacyCommand.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), config);
    }

    private Config config;

    private static String[] concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static String[] concat2(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
