package pl.krakow.kck.bot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.krakow.kck.bot.Fixtures;

class KnowledgeBaseLoaderTest {

    private final KnowledgeBaseLoader loader = new KnowledgeBaseLoader();

    @Test
    void should_load_articles_topics_and_synonyms() throws IOException {
        KnowledgeBaseLoader.Result result = loader.load(Fixtures.knowledgeBaseFolder());
        assertTrue(result.ok(), result.problems()::toString);
        assertEquals(6, result.knowledgeBase().articles().size());
        assertTrue(result.knowledgeBase().topics().contains("sct"));
        assertEquals(List.of("SCT", "strefa czystego transportu"), result.knowledgeBase().synonyms().getFirst());
    }

    @Test
    void should_report_every_problem_with_its_file_and_line(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("topics.tsv"), "sct\tStrefa\n");
        Files.createDirectories(folder.resolve("sct"));
        Files.writeString(folder.resolve("sct/a.md"), article("a", "sct"));
        Files.writeString(folder.resolve("sct/b.md"), article("b", "podatki"));
        Files.writeString(folder.resolve("sct/c.md"), article("a", "sct"));
        Files.write(folder.resolve("sct/d.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xC3, (byte) 0x28});
        Files.writeString(folder.resolve("synonyms.txt"), "SCT, strefa\nsamotny\n");

        KnowledgeBaseLoader.Result result = loader.load(folder);

        assertFalse(result.ok());
        List<String> problems = result.problems().stream().map(Problem::toString).toList();
        assertTrue(problems.contains("synonyms.txt:2: a synonym group needs at least two members separated by commas"), problems::toString);
        assertTrue(problems.contains("sct/b.md:4: unknown topic 'podatki' (see topics.tsv)"), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("sct/c.md:2: id 'a' must match the file name")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("sct/c.md:2: id 'a' is already used by sct/a.md")), problems::toString);
        assertTrue(problems.contains("sct/d.md: not valid UTF-8"), problems::toString);
        assertEquals(List.of("a"), result.knowledgeBase().articles().stream().map(Article::id).toList());
    }

    @Test
    void should_leave_translations_out_of_the_polish_edition(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("topics.tsv"), "sct\tStrefa\n");
        Files.createDirectories(folder.resolve("sct"));
        Files.writeString(folder.resolve("sct/a.md"), article("a", "sct"));
        Files.writeString(folder.resolve("sct/a.uk.md"), article("a", "sct"));
        Files.writeString(folder.resolve("sct/a.en.md"), article("a", "sct"));

        KnowledgeBaseLoader.Result result = loader.load(folder);

        assertTrue(result.ok(), result.problems()::toString);
        assertEquals(List.of("a"), result.knowledgeBase().articles().stream().map(Article::id).toList());
    }

    static String article(String id, String topic) {
        return """
                ---
                id: %s
                title: Pytanie?
                topic: %s
                source:
                  - https://www.krakow.pl/
                updated: 2026-12-01
                ---
                Odpowiedź.
                """.formatted(id, topic);
    }

    @Test
    void should_read_the_proper_names_in_every_script_as_synonym_groups() throws IOException {
        Path articles = Path.of("../faq-corpus/articles");
        List<List<String>> synonyms = new KnowledgeBaseLoader().load(articles).knowledgeBase().synonyms();
        assertTrue(synonyms.stream().anyMatch(g -> g.contains("Kraków") && g.contains("Krakow") && g.contains("Краків")), synonyms.toString());
        assertTrue(synonyms.stream().anyMatch(g -> g.contains("Nowa Huta") && g.contains("Нова Гута")), synonyms.toString());
    }
}
