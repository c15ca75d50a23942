package pl.krakow.kck.bot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslationLinterTest {

    private static final String POLISH = """
            ---
            id: oplata
            title: Ile kosztuje zaświadczenie?
            topic: a
            source:
              - https://www.bip.krakow.pl/oplata
            updated: 2026-12-01
            questions:
              - ile kosztuje zaświadczenie
            ---
            Opłata skarbowa wynosi 17 zł. Infolinia: 12 616 55 55 (pon.–pt. 7:40–15:30).

            Kasa: ul. Wielickiej 28a, [szczegóły](https://www.bip.krakow.pl/kasa).
            """;

    private static List<String> lint(Path folder, String translation) throws IOException {
        Files.writeString(folder.resolve("topics.tsv"), "a\tA\n");
        Files.createDirectories(folder.resolve("a"));
        Files.writeString(folder.resolve("a/oplata.md"), POLISH);
        Files.writeString(folder.resolve("a/oplata.en.md"), translation);
        KnowledgeBase polish = new KnowledgeBaseLoader().load(folder).knowledgeBase();
        Editions editions = new TranslationLoader().load(folder, polish).editions();
        return new TranslationLinter().lint(folder, editions).stream().map(Problem::toString).toList();
    }

    @Test
    void should_accept_a_translation_that_keeps_every_fact_in_its_own_words(@TempDir Path folder) throws IOException {
        assertEquals(List.of(), lint(folder, """
                ---
                id: oplata
                title: How much is the certificate?
                topic: a
                source:
                  - https://www.bip.krakow.pl/oplata
                updated: 2026-12-02
                questions:
                  - how much is the certificate
                ---
                The stamp duty is 17 zł. Infoline: 12 616 55 55 (Mon–Fri 7.40–15.30).

                Cash desk: Wielicka 28a, [details](https://www.bip.krakow.pl/kasa).
                """));
    }

    @Test
    void should_name_file_and_line_of_every_changed_lost_or_added_fact_and_an_older_update(@TempDir Path folder) throws IOException {
        assertEquals(List.of(
                "a/oplata.en.md:7: 'updated' 2026-11-30 is older than the Polish article's 2026-12-01: check the translation against it",
                "a/oplata.md:13: link 'https://www.bip.krakow.pl/kasa' is missing from the English translation a/oplata.en.md",
                "a/oplata.md:13: street 'Wielickiej' is missing from the English translation a/oplata.en.md",
                "a/oplata.md:11: number '17' is missing from the English translation a/oplata.en.md",
                "a/oplata.en.md:11: number '18' is not in the Polish article a/oplata.md"), lint(folder, """
                ---
                id: oplata
                title: How much is the certificate?
                topic: a
                source:
                  - https://www.bip.krakow.pl/oplata
                updated: 2026-11-30
                questions:
                  - how much is the certificate
                ---
                The stamp duty is 18 zł. Infoline: 12 616 55 55 (Mon–Fri 7:40–15:30).

                Cash desk: 28a, see the city's pages.
                """));
    }
}
