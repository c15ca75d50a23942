package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.retrieval.QueryConcept;

/** An adjective with no noun beside it stands for the noun left out ("miesięczny": the monthly ticket). */
class StandsForNounTest {

    private static QueryConcept adjective(String word) {
        return new QueryConcept(word, Set.of(word.toLowerCase()), 3.0, false, false, 0.8);
    }

    private static QueryConcept noun(String word) {
        return new QueryConcept(word, Set.of(word.toLowerCase()), 3.0, false, false, 1.0);
    }

    @Test
    void should_read_an_adjective_without_its_noun_as_the_noun_left_out() {
        QueryConcept monthly = adjective("miesieczny");
        List<QueryConcept> subject = List.of(monthly, noun("linie"));
        assertTrue(SubjectConcepts.standsForNoun(monthly, subject, WordPattern.tokens("a ile wychodzi miesięczny na wszystkie linie?")));
    }

    @Test
    void should_not_read_an_adjective_beside_its_noun_nor_a_capitalised_name_so() {
        QueryConcept temporary = adjective("тимчасовий");
        assertFalse(SubjectConcepts.standsForNoun(temporary, List.of(temporary, noun("мельдунек")), WordPattern.tokens("а тимчасовий мельдунек?")));
        QueryConcept street = adjective("Wielickiej");
        assertFalse(SubjectConcepts.standsForNoun(street, List.of(street), WordPattern.tokens("a na Wielickiej?")));
        QueryConcept verbish = new QueryConcept("wychodzi", Set.of("wychodzic"), 3.0, false, false, 0.5);
        assertFalse(SubjectConcepts.standsForNoun(verbish, List.of(verbish), WordPattern.tokens("a ile wychodzi?")));
    }
}
