package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KrakowPlacesTest {

    private static ArticleIndex index;

    @BeforeAll
    static void build() {
        index = SmallKnowledgeBase.index();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void should_weigh_a_district_as_a_word_that_tells_little() throws IOException {
        // "Nowa Huta" is in two of the six articles, so rare enough to weigh over 1 (a telling word) by its
        // inverse document frequency; it says where the resident is, not what they ask
        Map<String, Double> weights = index.concepts("jak się zameldować na Nowej Hucie?").stream()
                .collect(Collectors.toMap(QueryConcept::text, QueryConcept::weight));
        assertTrue(weights.get("Nowa Huta") <= 0.8, weights::toString);
        double registering = weights.entrySet().stream().filter(e -> e.getKey().startsWith("zamel")).findFirst().orElseThrow().getValue();
        assertTrue(registering > 1, weights::toString);
    }

    @Test
    void should_answer_what_is_asked_and_not_where_the_resident_lives() {
        assertEquals("meldunek-jak", index.search("jak się zameldować na Nowej Hucie?", 3).best().orElseThrow().article().id());
        assertEquals("dowod-wniosek", index.search("wniosek o dowód, mieszkam na Podgórzu", 3).best().orElseThrow().article().id());
    }

    @Test
    void should_let_no_district_name_a_topic() throws IOException {
        TopicWords topics = index.topicWords().orElseThrow();
        List<QueryConcept> concepts = index.concepts("a na Podgórzu?");
        assertEquals(1, concepts.size(), concepts::toString);
        assertEquals(java.util.Set.of(), topics.topicsOf(concepts.getFirst().terms()));
        // a word of the same articles' ways of asking still names their topic
        assertEquals(java.util.Set.of("urzad-adresy"), topics.topicsOf(index.concepts("urząd").getFirst().terms()));
    }
}
