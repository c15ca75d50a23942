package pl.krakow.kck.bot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser();

    private static final String GOOD = """
            ---
            id: dowod-wniosek
            title: Jak wyrobić dowód?
            topic: dowod-osobisty
            source:
              - https://www.gov.pl/web/gov/dowod
            updated: 2026-12-01
            questions:
              - gdzie złożyć wniosek o dowód
              - "wyrobienie dowodu: ile trwa"
            keywords:
              - e-dowód
            ---
            Wniosek złożysz w urzędzie gminy.

            Szczegóły.
            """;

    @Test
    void should_read_front_matter_and_body() throws ArticleFormatException {
        Article article = parser.parse("dowod/dowod-wniosek.md", GOOD);
        assertEquals("dowod-wniosek", article.id());
        assertEquals("Jak wyrobić dowód?", article.title());
        assertEquals("dowod-osobisty", article.topic());
        assertEquals(LocalDate.of(2026, 12, 1), article.updated());
        assertEquals(List.of("gdzie złożyć wniosek o dowód", "wyrobienie dowodu: ile trwa"), article.questions());
        assertEquals(List.of("e-dowód"), article.keywords());
        assertEquals("https://www.gov.pl/web/gov/dowod", article.sources().getFirst().toString());
        assertEquals("Wniosek złożysz w urzędzie gminy.", article.lead());
    }

    @Test
    void should_name_the_line_of_a_bad_date() {
        ArticleFormatException e = assertThrows(ArticleFormatException.class,
                () -> parser.parse("a.md", GOOD.replace("2026-12-01", "1 grudnia")));
        assertEquals(7, e.problem().line());
        assertTrue(e.getMessage().startsWith("a.md:7:"), e.getMessage());
    }

    @Test
    void should_reject_a_source_that_is_not_an_http_url() {
        ArticleFormatException e = assertThrows(ArticleFormatException.class,
                () -> parser.parse("a.md", GOOD.replace("https://www.gov.pl/web/gov/dowod", "gov.pl dowod")));
        assertTrue(e.getMessage().contains("not"), e.getMessage());
        assertEquals(5, e.problem().line());
    }

    @Test
    void should_reject_unknown_keys_missing_fields_and_unclosed_front_matter() {
        assertEquals(3, lineOf(GOOD.replace("title:", "tytul:")));
        assertTrue(message(GOOD.replace("topic: dowod-osobisty\n", "")).contains("missing 'topic'"));
        assertTrue(message("---\nid: x\ntitle: y\n").contains("not closed"));
        assertEquals(1, lineOf("id: x\n"));
    }

    @Test
    void should_reject_an_id_with_capitals_or_spaces() {
        assertEquals(2, lineOf(GOOD.replace("id: dowod-wniosek", "id: Dowod wniosek")));
    }

    @Test
    void should_reject_an_article_without_a_body() {
        assertTrue(message(GOOD.substring(0, GOOD.indexOf("Wniosek"))).contains("no body"));
    }

    private int lineOf(String text) {
        return assertThrows(ArticleFormatException.class, () -> parser.parse("a.md", text)).problem().line();
    }

    private String message(String text) {
        return assertThrows(ArticleFormatException.class, () -> parser.parse("a.md", text)).getMessage();
    }
}
