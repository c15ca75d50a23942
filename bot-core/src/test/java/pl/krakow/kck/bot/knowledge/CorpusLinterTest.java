package pl.krakow.kck.bot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;

class CorpusLinterTest {

    private final CorpusLinter linter = new CorpusLinter(Fixtures.ANALYZER,
            Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneId.of("Europe/Warsaw")));

    private static final String BODY = "Wniosek o dowód osobisty złożysz w każdym urzędzie gminy albo przez internet, bez opłat.";

    @Test
    void should_accept_the_fixture_knowledge_base() {
        assertEquals(List.of(), linter.lint(Fixtures.knowledgeBase()).stream()
                // fixture articles are kept short on purpose
                .filter(p -> !p.message().startsWith("has ") && !p.message().startsWith("body has"))
                .toList());
    }

    @Test
    void should_flag_two_articles_answering_the_same_question() {
        Article first = article("dowod-a", "Jak wyrobić dowód osobisty?", List.of("wyrobienie dowodu", "nowy dowód osobisty", "wniosek o dowód"), BODY);
        Article second = article("dowod-b", "Jak wyrobić nowy dowód osobisty?", List.of("wyrobienie dowodu osobistego", "wniosek o dowód", "dowód osobisty nowy"), BODY);
        List<Problem> problems = linter.lint(kb(first, second));
        assertTrue(problems.stream().anyMatch(p -> p.message().startsWith("near-duplicate of dowod-a")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("is also asked in dowod-a")), problems::toString);
    }

    @Test
    void should_flag_editorial_slips() {
        Article sloppy = new Article("x", "Dowód osobisty", "dowod-osobisty", List.of(URI.create("https://www.gov.pl/")),
                LocalDate.of(2027, 1, 1), List.of("jedno"), List.of(), "Za krótko. [tu](www.gov)", "dowod-osobisty/x.md");
        List<String> messages = linter.lint(kb(sloppy)).stream().map(Problem::message).toList();
        assertTrue(messages.contains("the title should be the question, ending with '?'"), messages::toString);
        assertTrue(messages.contains("has 1 alternative questions; write 3–8"), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("body has")), messages::toString);
        assertTrue(messages.contains("'updated' 2027-01-01 is in the future"), messages::toString);
        assertTrue(messages.contains("link (www.gov) is not a well-formed http(s) URL"), messages::toString);
    }

    private static Article article(String id, String title, List<String> questions, String body) {
        return new Article(id, title, "dowod-osobisty", List.of(URI.create("https://www.gov.pl/")), LocalDate.of(2026, 12, 1),
                questions, List.of(), body, "dowod-osobisty/" + id + ".md");
    }

    private static KnowledgeBase kb(Article... articles) {
        return new KnowledgeBase(List.of(articles), new Topics(Map.of("dowod-osobisty", "Dowód osobisty")), List.of(), Instant.now());
    }
}
