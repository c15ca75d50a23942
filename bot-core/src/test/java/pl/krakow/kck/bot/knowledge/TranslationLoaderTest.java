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
import pl.krakow.kck.bot.language.Language;

class TranslationLoaderTest {

    @Test
    void should_read_translations_as_editions_with_polish_articles_standing_in_for_missing_ones() throws IOException {
        KnowledgeBase polish = Fixtures.knowledgeBase();
        TranslationLoader.Result result = new TranslationLoader().load(Fixtures.knowledgeBaseFolder(), polish);

        assertEquals(List.of(), result.problems());
        KnowledgeBase ukrainian = result.editions().edition(Language.UK);
        assertEquals(polish.articles().size(), ukrainian.articles().size());
        Article lost = ukrainian.article("dowod-zgubiony").orElseThrow();
        assertTrue(lost.title().startsWith("Що робити"));
        assertTrue(Editions.translated(lost, Language.UK));
        assertFalse(Editions.translated(ukrainian.article("sct-wjazd").orElseThrow(), Language.UK));
        assertEquals(1, result.editions().translations(Language.EN));
    }

    @Test
    void should_name_file_and_line_of_a_translation_without_its_polish_article_or_with_another_topic(@TempDir Path folder)
            throws IOException {
        Files.writeString(folder.resolve("topics.tsv"), "a\tA\nb\tB\n");
        Files.createDirectories(folder.resolve("a"));
        Files.writeString(folder.resolve("a/jeden.md"), article("jeden", "a", "Jak to zrobić?"));
        Files.writeString(folder.resolve("a/jeden.en.md"), article("jeden", "b", "How do I do it?"));
        Files.writeString(folder.resolve("a/dwa.uk.md"), article("dwa", "a", "Як це зробити?"));
        KnowledgeBase polish = new KnowledgeBaseLoader().load(folder).knowledgeBase();

        List<String> problems = new TranslationLoader().load(folder, polish).problems().stream().map(Problem::toString).toList();

        assertEquals(List.of("a/dwa.uk.md:2: no Polish article 'dwa' to translate",
                "a/jeden.en.md:4: topic 'b' differs from the Polish article's 'a'"), problems);
    }

    @Test
    void should_read_the_topics_names_in_an_editions_language_beside_the_polish_ones(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("topics.tsv"), "a\tDowód osobisty\nb\tPaszport\n");
        Files.writeString(folder.resolve("topics.en.tsv"), "# names in English\na\tID card\nc\tNo such topic\n");
        Files.createDirectories(folder.resolve("a"));
        Files.writeString(folder.resolve("a/jeden.md"), article("jeden", "a", "Jak to zrobić?"));
        KnowledgeBase polish = new KnowledgeBaseLoader().load(folder).knowledgeBase();

        TranslationLoader.Result result = new TranslationLoader().load(folder, polish);

        Topics english = result.editions().edition(Language.EN).topics();
        assertEquals(List.of("Dowód osobisty", "ID card"), english.names("a"));
        assertEquals(List.of("Paszport"), english.names("b"));
        assertEquals(List.of("Dowód osobisty"), result.editions().edition(Language.UK).topics().names("a"));
        assertEquals(List.of("a", "b"), english.slugs());
        assertEquals(List.of("topics.en.tsv:3: no topic 'c' in topics.tsv"),
                result.problems().stream().map(Problem::toString).toList());
    }

    private static String article(String id, String topic, String title) {
        return "---\nid: " + id + "\ntitle: " + title + "\ntopic: " + topic + "\nsource:\n  - https://www.krakow.pl/\n"
                + "updated: 2026-12-01\nquestions:\n  - " + title + "\n---\n" + title + " Tekst odpowiedzi, dość długi.\n";
    }
}
