package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.knowledge.KnowledgeBase;
import pl.krakow.kck.bot.knowledge.KnowledgeBaseLoader;
import pl.krakow.kck.bot.language.Language;

class IndexCacheTest {

    private static final Path CORPUS = Path.of("../faq-corpus/articles");

    @Test
    void should_read_every_edition_from_the_cache_on_the_second_start(@TempDir Path kb, @TempDir Path cacheFolder) throws IOException {
        LiveIndexTest.copyFixture(kb);
        IndexCache cache = new IndexCache(cacheFolder);
        try (LiveIndex first = LiveIndex.open(kb, Fixtures.ANALYZER, cache)) {
            assertEquals(0, first.status().cachedEditions());
        }
        assertEquals(Language.values().length, binFiles(cacheFolder).size());

        try (LiveIndex second = LiveIndex.open(kb, Fixtures.ANALYZER, cache)) {
            assertEquals(Language.values().length, second.status().cachedEditions());
            assertEquals("sct-wjazd", second.get().search("SCT", 1).best().orElseThrow().article().id());
            assertEquals("dowod-zgubiony", second.edition(Language.UK).get().search("Я загубив посвідчення особи", 1)
                    .best().orElseThrow().article().id());
        }
    }

    @Test
    void should_build_again_when_an_article_changes(@TempDir Path kb, @TempDir Path cacheFolder) throws IOException {
        LiveIndexTest.copyFixture(kb);
        IndexCache cache = new IndexCache(cacheFolder);
        LiveIndex.open(kb, Fixtures.ANALYZER, cache).close();
        Path article = kb.resolve("meldunek/meldunek-zaswiadczenie.md");
        Files.writeString(article, Files.readString(article) + "\nZaświadczenie nie dotyczy wywozu gruzu.\n");

        try (LiveIndex edited = LiveIndex.open(kb, Fixtures.ANALYZER, cache)) {
            assertEquals(0, edited.status().cachedEditions(), "an edited article is a new knowledge base");
            assertEquals("meldunek-zaswiadczenie", edited.get().search("gruz", 1).best().orElseThrow().article().id());
        }
        try (LiveIndex again = LiveIndex.open(kb, Fixtures.ANALYZER, cache)) {
            assertEquals(Language.values().length, again.status().cachedEditions());
            assertEquals("meldunek-zaswiadczenie", again.get().search("gruz", 1).best().orElseThrow().article().id());
        }
    }

    @Test
    void should_key_the_index_by_the_knowledge_base_the_language_and_the_code(@TempDir Path kb) throws IOException {
        LiveIndexTest.copyFixture(kb);
        String hash = IndexKey.knowledgeBase(kb);
        assertEquals(hash, IndexKey.knowledgeBase(kb));
        assertNotEquals(IndexKey.of(hash, Language.PL), IndexKey.of(hash, Language.UK));

        Files.writeString(kb.resolve("synonyms.txt"), "\nzaświadczenie, zaświadczenie o zameldowaniu\n", java.nio.file.StandardOpenOption.APPEND);
        assertNotEquals(hash, IndexKey.knowledgeBase(kb), "a synonym group changes the index");
        assertEquals(64, IndexKey.code().length());
    }

    @Test
    void should_change_the_key_when_the_analysing_code_changes(@TempDir Path classes, @TempDir Path jars) throws IOException {
        List<String> resources = List.of("pl/krakow/kck/bot/retrieval/TextAnalyzer.class", "morfologik/stemming/Dictionary.class");
        Path analyzer = classes.resolve(resources.getFirst());
        Files.createDirectories(analyzer.getParent());
        Files.writeString(analyzer, "version 1");
        Path jar = jars.resolve("morfologik-stemming.jar");
        jar(jar, resources.get(1), "version 1");
        String before = code(resources, classes, jar);
        assertEquals(before, code(resources, classes, jar));

        Files.writeString(analyzer, "version 2"); // a rebuilt module with a changed class
        String changedClass = code(resources, classes, jar);
        assertNotEquals(before, changedClass);

        jar(jar, resources.get(1), "version 2"); // another library
        assertNotEquals(changedClass, code(resources, classes, jar));
    }

    private static String code(List<String> resources, Path classes, Path jar) throws IOException {
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(
                new java.net.URL[] {classes.toUri().toURL(), jar.toUri().toURL()}, null)) {
            return IndexKey.code(loader, resources);
        }
    }

    private static void jar(Path jar, String entry, String content) throws IOException {
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.zip.ZipEntry(entry));
            out.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }

    @Test
    void should_ignore_a_damaged_cache_file_and_write_it_again(@TempDir Path kb, @TempDir Path cacheFolder) throws IOException {
        LiveIndexTest.copyFixture(kb);
        IndexCache cache = new IndexCache(cacheFolder);
        LiveIndex.open(kb, Fixtures.ANALYZER, cache).close();
        Path polish = cache.file(IndexKey.of(IndexKey.knowledgeBase(kb), Language.PL), Language.PL);
        byte[] damaged = Files.readAllBytes(polish);
        damaged[damaged.length / 2] ^= 0x5a;
        Files.write(polish, damaged);

        try (LiveIndex live = LiveIndex.open(kb, Fixtures.ANALYZER, cache)) {
            assertEquals(Language.values().length - 1, live.status().cachedEditions(), "the damaged edition is built");
            assertEquals("sct-wjazd", live.get().search("SCT", 1).best().orElseThrow().article().id());
        }
        try (LiveIndex again = LiveIndex.open(kb, Fixtures.ANALYZER, cache)) {
            assertEquals(Language.values().length, again.status().cachedEditions(), "written again");
        }
    }

    @Test
    void should_ignore_a_truncated_or_foreign_cache_file(@TempDir Path kb, @TempDir Path cacheFolder) throws IOException {
        LiveIndexTest.copyFixture(kb);
        IndexCache cache = new IndexCache(cacheFolder);
        LiveIndex.open(kb, Fixtures.ANALYZER, cache).close();
        String hash = IndexKey.knowledgeBase(kb);
        Path polish = cache.file(IndexKey.of(hash, Language.PL), Language.PL);
        byte[] good = Files.readAllBytes(polish);
        Files.write(polish, java.util.Arrays.copyOf(good, good.length - 100)); // what a write cut short would leave
        Path english = cache.file(IndexKey.of(hash, Language.EN), Language.EN);
        Files.copy(cache.file(IndexKey.of(hash, Language.UK), Language.UK), english, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        try (LiveIndex live = LiveIndex.open(kb, Fixtures.ANALYZER, cache)) {
            assertEquals(1, live.status().cachedEditions(), "only the Ukrainian file is sound");
            assertEquals("sct-wjazd", live.get().search("SCT", 1).best().orElseThrow().article().id());
        }
    }

    @Test
    void should_write_the_file_whole_and_leave_no_temporary_files(@TempDir Path kb, @TempDir Path cacheFolder) throws IOException {
        LiveIndexTest.copyFixture(kb);
        IndexCache cache = new IndexCache(cacheFolder);
        Files.writeString(cacheFolder.resolve("index-123.tmp"), "a write cut short by a crash"); // never read
        LiveIndex.open(kb, Fixtures.ANALYZER, cache).close();
        LiveIndex.open(kb, Fixtures.ANALYZER, cache).close();

        try (Stream<Path> files = Files.list(cacheFolder)) {
            assertEquals(List.of("index-123.tmp"), files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList());
        }
        assertEquals(Language.values().length, binFiles(cacheFolder).size());
    }

    @Test
    void should_rank_and_correct_the_real_knowledge_base_alike_when_read_from_the_cache(@TempDir Path cacheFolder) throws IOException {
        KnowledgeBase kb = new KnowledgeBaseLoader().load(CORPUS).knowledgeBase();
        List<IndexImage> image = new java.util.ArrayList<>();
        ArticleIndex built = ArticleIndex.build(kb, Fixtures.ANALYZER, image::add);
        IndexCache cache = new IndexCache(cacheFolder);
        cache.write("k", Language.PL, image.getFirst());
        ArticleIndex restored = ArticleIndex.restore(kb, Fixtures.ANALYZER, cache.read("k", Language.PL).orElseThrow());

        for (String question : List.of("Jak wyrobić dowód osobisty?", "ile kosztuje paszport dla dziecka",
                "zgubilem dowod co robic", "wywoz gabarytow", "pozwolenie na wycinke drzewa", "oplata za smieci",
                "paszprot tymczasowy", "rejestracja samochdu", "strefa czystego transportu kara", "karta krakowska zniżki",
                "a dowód też muszę wymienić?", "kupiłem samochód, kiedy dostanę dowód?")) {
            assertEquals(describe(built.search(question, 5)), describe(restored.search(question, 5)), question);
            assertEquals(built.topicWords().orElseThrow().topicsOf(java.util.Set.of("paszport", "samochod")),
                    restored.topicWords().orElseThrow().topicsOf(java.util.Set.of("paszport", "samochod")));
        }
    }

    private static String describe(SearchResult result) {
        return result.concepts() + " " + result.candidates().stream()
                .map(c -> c.article().id() + ":" + c.score() + ":" + c.coverage()).toList() + " " + result.redirect();
    }

    private static List<Path> binFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".bin")).toList();
        }
    }
}
