package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class WordListsTest {

    @Test
    void should_read_lists_with_stems_phrases_and_tails() {
        WordLists lists = WordLists.parse("f.txt", """
                # comment
                facet cost: ile kosztuje, opłat* => opłata
                generic: to, tam
                """, Set.of("generic"), "facet ");

        assertEquals(2, lists.list("facet cost").size());
        assertEquals("opłata", lists.tails().get("facet cost"));
        assertTrue(lists.list("facet cost").get(1).in(WordPattern.tokens("Jaka jest OPŁATA?")));
        assertEquals(2, lists.list("facet cost").getFirst().matchAt(WordPattern.tokens("ile kosztuje"), 0));
    }

    @Test
    void should_name_file_and_line_of_every_problem() {
        WordLists.Invalid error = assertThrows(WordLists.Invalid.class, () -> WordLists.parse("f.txt", """
                generic: to,, tam
                nonsense
                other: a
                """, Set.of("generic", "facet x"), null));

        assertTrue(error.getMessage().contains("f.txt:1: an empty item"), error.getMessage());
        assertTrue(error.getMessage().contains("f.txt:2: expected 'name: word"), error.getMessage());
        assertTrue(error.getMessage().contains("f.txt:3: unknown list 'other'"), error.getMessage());
        assertTrue(error.getMessage().contains("f.txt: list 'facet x' is missing"), error.getMessage());
    }

    @Test
    void should_load_the_shipped_files() {
        new FollowUps();
        new SmallTalk();
    }
}
