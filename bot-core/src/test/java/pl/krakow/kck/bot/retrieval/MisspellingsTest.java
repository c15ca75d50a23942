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

class MisspellingsTest {

    private static ArticleIndex index;

    @BeforeAll
    static void build() {
        index = SmallKnowledgeBase.index();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @ParameterizedTest(name = "\"{0}\" is read as \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            ile kosztuje prawo jady?    | jady→jazdy   | prawojazdy-oplata
            a krata krakowska?          | krata→karta  | karta-jak-wyrobic
            wniosek o kratę krakowską   | kratę→karte  | karta-jak-wyrobic
            """)
    void should_read_a_real_word_as_the_one_that_makes_a_phrase_of_the_articles(String question, String read, String article)
            throws IOException {
        List<String> concepts = index.concepts(question).stream().map(QueryConcept::text).toList();
        assertEquals(1, concepts.stream().filter(read::equals).count(), concepts::toString);
        assertEquals(article, index.search(question, 3).best().orElseThrow().article().id());
    }

    @Test
    void should_leave_a_real_word_alone_when_no_neighbour_speaks_for_a_correction() throws IOException {
        // "krata" (a grille) is one letter from "karta", but nothing around it makes "karta" a phrase of an article
        List<QueryConcept> concepts = index.concepts("zepsuta krata w oknie");
        assertFalse(concepts.stream().anyMatch(QueryConcept::corrected), concepts::toString);
    }

    @Test
    void should_recognise_another_institution_in_a_misspelt_word() {
        assertEquals("To sprawa urzędu skarbowego.", index.search("a z urzędu skarbowgo?", 3).redirect());
    }

    @Test
    void should_prefer_the_phrase_over_the_more_frequent_spelling() throws IOException {
        // "krakowka" is one letter from "krakowa" and from "krakowska"; after "karta" only the latter is a phrase
        List<String> concepts = index.concepts("karta krakowka").stream().map(QueryConcept::text).toList();
        assertEquals(List.of("karta", "krakowka→krakowska"), concepts);
    }

    @Test
    void should_count_a_word_spelt_as_it_sounds_as_much_as_the_word_spelt_right() {
        // "dowud" (ó written u) leaves no doubt; "dowid" (a neighbouring key) might be another word
        double right = index.search("zgubiony dowód", 3).best().orElseThrow().coverage();
        assertEquals(right, index.search("zgubiony dowud", 3).best().orElseThrow().coverage(), 1e-9);
        assertTrue(index.search("zgubiony dowid", 3).best().orElseThrow().coverage() < right);
    }
}
