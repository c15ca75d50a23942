package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.retrieval.LiveIndex;
import pl.krakow.kck.bot.storage.Database;

/** Words of English chat that ask nothing ("what now?") do not weigh against the matter a resident names. */
class EnglishChatWordsTest {

    private static LiveIndex index;

    @TempDir
    Path folder;

    @BeforeAll
    static void open() {
        index = Fixtures.corpusEditions();
    }

    private Reply first(String text) {
        try (Database database = Database.open("jdbc:h2:file:" + folder.resolve("kck"), "", "", null)) {
            AssistantService service = ServedInLanguages.service(index, database);
            return service.post(service.start("web").id(), text, null).orElseThrow().reply();
        }
    }

    @Test
    void should_read_what_now_after_buying_a_car_as_the_car_matter() {
        Reply reply = first("so I bought a car yesterday, what now?");

        assertNotEquals(ReplyKind.FALLBACK, reply.kind(), reply.text());
        String topic = reply.article() != null ? reply.article().topic()
                : reply.options().getFirst().id().startsWith(DialogueEngine.ARTICLE_OPTION) ? index.edition(pl.krakow.kck.bot.language.Language.EN).get()
                        .article(reply.options().getFirst().id().substring(DialogueEngine.ARTICLE_OPTION.length())).orElseThrow().topic() : "";
        assertEquals("pojazdy", topic, reply.text());
    }
}
