package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.language.Language;

/** Who and when ({@link PeopleAndTimes}) weigh nothing in the coverage when no article holds them. */
class PeopleAndTimesTest {

    private static LiveIndex index;

    @BeforeAll
    static void open() {
        index = Fixtures.corpusEditions();
    }

    private static List<String> concepts(Language language, String question) throws IOException {
        return index.edition(language).get().concepts(question).stream().map(QueryConcept::text).toList();
    }

    private static double coverage(Language language, String question) {
        return index.edition(language).get().search(question, 5).candidates().getFirst().coverage();
    }

    @Test
    void should_read_words_and_stems_each_word_of_a_phrase_on_its_own() {
        PeopleAndTimes list = PeopleAndTimes.parse("# who\nmum, grand*, на жаль\n");
        assertTrue(list.names("mum"));
        assertTrue(list.names("grandfathers"));
        assertTrue(list.names("жаль"));
        assertFalse(list.names("mummy"));
        assertFalse(list.names("who"));
    }

    @Test
    void should_not_lower_the_coverage_when_a_resident_says_whose_passport_it_is() {
        assertEquals(coverage(Language.EN, "how do I renew a passport?"),
                coverage(Language.EN, "how does my fiancee renew her passport?"), 1e-9);
    }

    @Test
    void should_hear_what_is_asked_not_who_or_when_in_english() throws IOException {
        List<String> read = concepts(Language.EN, "my mom lost her ID card yesterday, what now?");
        assertFalse(read.contains("mom"), read.toString());
        assertFalse(read.contains("yesterday"), read.toString());
        assertTrue(read.contains("card"), read.toString());
    }

    @Test
    void should_still_miss_a_pension_asked_for_a_wife() throws IOException {
        List<QueryConcept> read = index.edition(Language.EN).get().concepts("can I collect my wife's pension for her?");
        assertTrue(read.stream().anyMatch(c -> c.outside() && c.text().equals("pension")), read.toString());
        assertTrue(read.stream().noneMatch(c -> c.text().startsWith("wife")), read.toString());
    }

    @Test
    void should_hear_what_is_asked_not_who_or_when_in_polish_and_ukrainian() throws IOException {
        assertFalse(concepts(Language.PL, "wczoraj teściowa zgubiła dowód, co robić?").stream().anyMatch(w -> w.startsWith("wczoraj")));
        assertFalse(concepts(Language.UK, "вчора бабуся загубила паспорт, що робити?").contains("вчора"));
    }
}
