package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.language.Language;

/** {@link LiveIndex#openPolishFirst}: the service's start, the other editions read after the Polish one serves. */
class PolishFirstTest {

    @Test
    void should_answer_a_ukrainian_question_from_the_ukrainian_edition_however_early_it_comes(@TempDir Path kb,
                                                                                             @TempDir Path cacheFolder) throws IOException {
        LiveIndexTest.copyFixture(kb);
        try (LiveIndex live = LiveIndex.openPolishFirst(kb, Fixtures.ANALYZER, new IndexCache(cacheFolder))) {
            // asked at once: waits for the Ukrainian edition instead of searching the Polish articles
            ArticleIndex ukrainian = live.edition(Language.UK).get();
            assertNotSame(live.get(), ukrainian);
            assertEquals("dowod-zgubiony", ukrainian.search("Я загубив посвідчення особи", 1).best().orElseThrow().article().id());
            assertEquals("sct-wjazd", live.get().search("SCT", 1).best().orElseThrow().article().id());
            assertNotSame(live.get(), live.edition(Language.EN).get());
        }
    }

    @Test
    void should_cache_every_edition_and_read_them_all_on_the_next_start(@TempDir Path kb, @TempDir Path cacheFolder) throws IOException {
        LiveIndexTest.copyFixture(kb);
        IndexCache cache = new IndexCache(cacheFolder);
        try (LiveIndex first = LiveIndex.openPolishFirst(kb, Fixtures.ANALYZER, cache)) {
            first.awaitEditions();
            assertEquals(0, first.status().cachedEditions());
        }
        try (LiveIndex second = LiveIndex.openPolishFirst(kb, Fixtures.ANALYZER, cache)) {
            assertEquals(1, second.status().cachedEditions(), "the Polish edition, when it returns");
            second.awaitEditions();
            assertEquals(Language.values().length, second.status().cachedEditions());
        }
    }

    @Test
    void should_leave_the_other_editions_until_the_service_serves(@TempDir Path kb, @TempDir Path cacheFolder) throws Exception {
        LiveIndexTest.copyFixture(kb);
        IndexCache cache = new IndexCache(cacheFolder);
        LiveIndex.open(kb, Fixtures.ANALYZER, cache).close(); // every edition of this knowledge base cached
        try (LiveIndex live = LiveIndex.openPolishFirst(kb, Fixtures.ANALYZER, cache)) {
            Thread.sleep(500); // what a start does before it serves: the editions are not read meanwhile
            assertEquals(1, live.status().cachedEditions(), "only the Polish edition");
            live.readOtherEditions();
            live.awaitEditions();
            assertEquals(Language.values().length, live.status().cachedEditions());
        }
    }

    @Test
    void should_refuse_to_start_when_a_translation_has_problems(@TempDir Path kb) throws IOException {
        LiveIndexTest.copyFixture(kb);
        Path english = kb.resolve("dowod-osobisty/dowod-zgubiony.en.md");
        Files.writeString(english, Files.readString(english).replace("id: dowod-zgubiony", "id: no-such-article"));
        IOException e = assertThrows(IOException.class, () -> LiveIndex.openPolishFirst(kb, Fixtures.ANALYZER, null));
        assertTrue(e.getMessage().contains("dowod-zgubiony.en.md"), e.getMessage());
    }

    @Test
    void should_keep_the_later_reload_when_the_first_editions_come_after_it(@TempDir Path kb, @TempDir Path cacheFolder) throws IOException {
        LiveIndexTest.copyFixture(kb);
        IndexCache cache = new IndexCache(cacheFolder);
        LiveIndex.open(kb, Fixtures.ANALYZER, cache).close(); // every edition of this knowledge base cached
        try (LiveIndex live = LiveIndex.openPolishFirst(kb, Fixtures.ANALYZER, cache)) {
            Files.delete(kb.resolve("dowod-osobisty/dowod-zgubiony.uk.md"));
            assertTrue(live.reload().applied());
            live.awaitEditions();
            assertEquals(0, live.status().cachedEditions(), "the reload's editions (an edited knowledge base, built), not the first load's");
            assertEquals("dowod-zgubiony", live.edition(Language.UK).get().search("zgubiony dowód", 1).best().orElseThrow().article().id());
        }
    }
}
