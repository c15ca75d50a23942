package pl.krakow.kck.bot.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a resident wrote survives the service being stopped and started again. */
class DurabilityTest {

    @Test
    void should_keep_messages_in_the_h2_file_across_restarts(@TempDir Path folder) {
        String url = "jdbc:h2:file:" + folder.resolve("data/kck");
        String id;
        try (Database first = Database.open(url, "", "", null)) {
            ConversationRepository repository = new ConversationRepository(first, Clock.systemUTC());
            id = repository.create("web").id();
            repository.append(id, Author.RESIDENT, null, "Czy to przetrwa restart?", null);
        }
        try (Database second = Database.open(url, "", "", null)) {
            ConversationRepository repository = new ConversationRepository(second, Clock.systemUTC());
            assertEquals("Czy to przetrwa restart?", repository.transcript(id).getFirst().body());
        }
    }
}
