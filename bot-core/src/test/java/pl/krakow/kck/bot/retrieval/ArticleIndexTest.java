package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import pl.krakow.kck.bot.Fixtures;

class ArticleIndexTest {

    private static ArticleIndex index;

    @BeforeAll
    static void build() {
        index = Fixtures.index();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Jak wyrobić dowód osobisty?                | dowod-wniosek
            jak wyrobic dowod osobisty                 | dowod-wniosek
            gdzie złożyć wniosek o dowód               | dowod-wniosek
            zgubiłam dowód osobisty                    | dowod-zgubiony
            zgubilam dowod                             | dowod-zgubiony
            zaswiadczenia o zameldowaniu w urzedzie    | meldunek-zaswiadczenie
            potrzebuję zaświadczeń meldunkowych        | meldunek-zaswiadczenie
            czy dieslem wjade do SCT                   | sct-wjazd
            kiedy wywóz śmieci                         | odpady-harmonogram
            """)
    void should_rank_the_right_article_first_whatever_the_spelling(String question, String article) {
        SearchResult result = index.search(question, 3);
        assertEquals(article, result.best().orElseThrow().article().id(), () -> result.toString());
    }

    @ParameterizedTest(name = "typo \"{0}\" finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            zgubiłem dowód osbisty      | dowod-zgubiony
            zaświadczenie o zameldowniu | meldunek-zaswiadczenie
            harmongram wywozu odpadów   | odpady-harmonogram
            """)
    void should_correct_misspelt_words_against_the_knowledge_base(String question, String article) throws IOException {
        SearchResult result = index.search(question, 3);
        assertEquals(article, result.best().orElseThrow().article().id(), () -> result.toString());
        assertTrue(result.concepts().stream().anyMatch(QueryConcept::corrected), () -> result.concepts().toString());
    }

    @Test
    void should_not_correct_a_real_word_the_knowledge_base_lacks() throws IOException {
        List<QueryConcept> concepts = index.concepts("emerytura");
        assertEquals(1, concepts.size());
        assertFalse(concepts.getFirst().corrected());
    }

    @Test
    void should_expand_abbreviations_both_ways() {
        assertEquals("sct-wjazd", index.search("SCT", 1).best().orElseThrow().article().id());
        // the fixture article only says "Strefy Czystego Transportu" in full
        assertTrue(index.search("strefa czystego transportu", 1).best().orElseThrow().coverage() > 0.99);
    }

    @Test
    void should_drop_stopwords_but_keep_nie() throws IOException {
        List<String> read = index.concepts("Czy mój samochód nie spełnia norm?").stream().map(QueryConcept::text).toList();
        assertEquals(List.of("samochód", "nie", "spełnia", "norm"), read);
    }

    @Test
    void should_read_half_as_an_amount_not_a_subject() throws IOException {
        // "na pół", "od pół roku": an amount, which no article names; it weighed as much as an unknown word
        List<String> read = index.concepts("dowód mi się połamał na pół").stream().map(QueryConcept::text).toList();
        assertEquals(List.of("dowód", "połamał"), read);
    }

    @Test
    void should_measure_how_much_of_the_question_an_article_covers() {
        Candidate full = index.search("zgubiłem dowód", 1).best().orElseThrow();
        assertEquals(1.0, full.coverage(), 1e-9);
        Candidate partial = index.search("zgubiłem bilet lotniczy do Londynu", 1).best().orElseThrow();
        assertTrue(partial.coverage() < 0.5, () -> "coverage " + partial.coverage());
    }

    @Test
    void should_find_nothing_in_gibberish_or_stopwords_alone() {
        assertTrue(index.search("asdfgh qwerty", 3).candidates().isEmpty());
        assertTrue(index.search("czy i a to", 3).concepts().isEmpty());
    }

    @Test
    void should_read_a_title_as_its_search_reads_it_and_keep_the_reading() {
        for (String title : List.of("Jak wyrobić dowód osobisty?", "Zaświadczenie o zameldowaniu", "Zgubiony dowód osobisty")) {
            List<QueryConcept> kept = index.titleConcepts(title);
            assertEquals(index.search(title, 8).concepts(), kept);
            assertTrue(kept == index.titleConcepts(title), "read once per snapshot");
        }
    }
}
