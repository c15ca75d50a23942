package pl.krakow.kck.channels.console.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.analytics.Table;

class AnalyticsCsvTest {

    @Test
    void should_quote_commas_and_quotes_join_examples_and_defuse_formulas() {
        Table table = Table.named("unanswered", "text", "count", "examples")
                .row("gdzie, kiedy \"dowód\"", 3L, List.of("a", "b"))
                .row("=HYPERLINK(\"x\")", 1L, List.of())
                .row(null, -2L, List.of("-1"))
                .build();

        assertEquals("text,count,examples\r\n"
                + "\"gdzie, kiedy \"\"dowód\"\"\",3,a | b\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",1,\r\n"
                + ",-2,\"'-1\"\r\n", AnalyticsCsv.of(table));
    }
}
