package pl.krakow.kck.bot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Named word sets read from a file beside the class that uses them, refused with every problem's file and line. */
class WordSetsTest {

    private static final Set<String> NAMES = Set.of("english", "shared");

    @Test
    void should_read_a_list_that_goes_on_over_several_lines() {
        WordSets sets = WordSets.parse("f.txt", """
                # a header
                english: the, don't
                # chat spellings
                english: dont
                shared: a
                """, NAMES);
        assertEquals(Set.of("the", "don't", "dont"), sets.get("english"));
        assertEquals(Set.of("a"), sets.get("shared"));
    }

    @Test
    void should_give_an_empty_set_for_a_list_the_file_does_not_hold() {
        assertEquals(Set.of(), WordSets.parse("f.txt", "english: the", NAMES).get("shared"));
    }

    @Test
    void should_join_the_same_list_of_several_files() {
        List<WordSets> files = List.of(WordSets.parse("uk.txt", "shared: як", NAMES), WordSets.parse("en.txt", "shared: how", NAMES));
        assertEquals(Set.of("як", "how"), WordSets.union(files, "shared"));
    }

    @Test
    void should_refuse_a_broken_file_with_every_problem_by_file_and_line() {
        WordSets.Invalid e = assertThrows(WordSets.Invalid.class, () -> WordSets.parse("f.txt", """
                english: the, , The
                englsh: a
                no colon here
                shared: a, two words, a
                """, NAMES));
        String message = e.getMessage();
        assertTrue(message.contains("f.txt:1: an empty item"), message);
        assertTrue(message.contains("f.txt:1: 'The' is not in lower case"), message);
        assertTrue(message.contains("f.txt:2: unknown list 'englsh'"), message);
        assertTrue(message.contains("f.txt:3: expected"), message);
        assertTrue(message.contains("f.txt:4: 'two words' is not one word"), message);
        assertTrue(message.contains("f.txt:4: 'a' is already in list 'shared'"), message);
    }

    @Test
    void should_refuse_a_file_without_a_list() {
        assertThrows(WordSets.Invalid.class, () -> WordSets.parse("f.txt", "# only a comment\n", NAMES));
    }

    @Test
    void should_refuse_a_missing_resource_by_name() {
        WordSets.Invalid e = assertThrows(WordSets.Invalid.class, () -> WordSets.resource(WordSetsTest.class, "none.txt", NAMES));
        assertTrue(e.getMessage().startsWith("none.txt"), e.getMessage());
    }
}
