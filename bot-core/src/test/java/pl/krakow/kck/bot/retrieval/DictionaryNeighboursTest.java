package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.language.Language;

/** A misspelt inflection of a word the articles use in other forms is read as that word. */
class DictionaryNeighboursTest {

    private static final DictionaryNeighbours NEIGHBOURS = new DictionaryNeighbours(PolishDictionary.dictionary());
    private static LiveIndex live;

    @BeforeAll
    static void open() {
        live = Fixtures.corpusEditions();
    }

    @ParameterizedTest(name = "\"{0}\" is one slip from \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            konsultatem | konsultantem
            odholwali   | odholowali
            wark        | wrak
            kanpy       | kanapy
            """)
    void should_find_the_dictionary_words_one_slip_away(String typed, String meant) {
        assertTrue(NEIGHBOURS.of(typed).contains(meant), () -> NEIGHBOURS.of(typed).toString());
    }

    @Test
    void should_give_only_words_of_the_dictionary() {
        assertFalse(NEIGHBOURS.of("konsultatem").contains("konsultatem"));
        assertFalse(NEIGHBOURS.of("xqzvw").stream().anyMatch(w -> w.startsWith("xq")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Jak pozbyć się starej kanpy?                        | kanpy→kanapy             | odpady
            gdzie wyrzucić starą kanpę?                         | kanpę→kanape             | odpady
            """)
    void should_read_a_misspelt_inflection_as_the_word_the_articles_use(String question, String read, String topic) throws IOException {
        ArticleIndex index = live.edition(Language.PL).get();
        List<String> concepts = index.concepts(question).stream().map(QueryConcept::text).toList();
        assertTrue(concepts.contains(read), concepts::toString);
        assertEquals(topic, index.search(question, 8).best().orElseThrow().article().topic(), question);
    }

    @Test
    void should_read_a_misspelt_form_the_articles_never_use() throws IOException {
        // the articles say "konsultant", "konsultanta", "konsultantów", never "konsultantem"
        List<String> concepts = live.edition(Language.PL).get().concepts("chcę pogadać z konsultatem").stream().map(QueryConcept::text).toList();
        assertTrue(concepts.contains("konsultatem→konsultantem"), concepts::toString);
    }

    @Test
    void should_leave_a_capitalised_name_inside_a_question_as_typed() throws IOException {
        List<QueryConcept> concepts = live.edition(Language.PL).get().concepts("odholowali mi auto z Dietla");
        assertFalse(concepts.stream().anyMatch(c -> c.text().startsWith("Dietla→")), concepts::toString);
    }
}
