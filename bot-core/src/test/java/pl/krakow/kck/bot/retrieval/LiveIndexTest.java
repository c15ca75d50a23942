package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.knowledge.FolderWatcher;

class LiveIndexTest {

    @Test
    void should_keep_serving_the_previous_index_when_an_edit_breaks_an_article(@TempDir Path folder) throws IOException {
        copyFixture(folder);
        try (LiveIndex live = LiveIndex.open(folder, Fixtures.ANALYZER)) {
            ArticleIndex before = live.get();
            Files.writeString(folder.resolve("sct/sct-wjazd.md"), "---\nid: sct-wjazd\ntitle: x\n");

            LiveIndex.Status status = live.reload();

            assertFalse(status.applied());
            assertEquals("sct/sct-wjazd.md", status.problems().getFirst().file());
            assertTrue(status.problems().getFirst().line() > 0);
            assertSame(before, live.get());
            assertEquals("sct-wjazd", live.get().search("SCT", 1).best().orElseThrow().article().id());
        }
    }

    @Test
    void should_pick_up_a_new_article_on_reload(@TempDir Path folder) throws IOException {
        copyFixture(folder);
        try (LiveIndex live = LiveIndex.open(folder, Fixtures.ANALYZER)) {
            Files.writeString(folder.resolve("odpady/odpady-gabaryty.md"), """
                    ---
                    id: odpady-gabaryty
                    title: Gdzie oddać starą kanapę?
                    topic: odpady
                    source:
                      - https://www.krakow.pl/
                    updated: 2026-12-01
                    ---
                    Meble oddasz w punkcie zbiórki odpadów wielkogabarytowych.
                    """);
            assertTrue(live.reload().applied());
            assertEquals("odpady-gabaryty", live.get().search("stara kanapa", 1).best().orElseThrow().article().id());
        }
    }

    @Test
    void should_reload_by_itself_when_the_folder_changes(@TempDir Path folder) throws Exception {
        copyFixture(folder);
        try (LiveIndex live = LiveIndex.open(folder, Fixtures.ANALYZER);
             FolderWatcher watcher = new FolderWatcher(folder, Duration.ofMillis(100), live::reload)) {
            ArticleIndex before = live.get();
            Files.delete(folder.resolve("odpady/odpady-harmonogram.md"));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (live.get() == before && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(5, live.get().size());
        }
    }

    @Test
    void should_refuse_to_start_on_a_broken_knowledge_base(@TempDir Path folder) throws IOException {
        copyFixture(folder);
        Files.writeString(folder.resolve("sct/sct-wjazd.md"), "no front matter");
        IOException e = assertThrows(IOException.class, () -> LiveIndex.open(folder, Fixtures.ANALYZER));
        assertTrue(e.getMessage().contains("sct/sct-wjazd.md:1"), e.getMessage());
    }

    static void copyFixture(Path target) throws IOException {
        Path source = Fixtures.knowledgeBaseFolder();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path path : files.toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
    }
}
