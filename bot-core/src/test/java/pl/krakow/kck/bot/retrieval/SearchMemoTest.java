package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;

class SearchMemoTest {

    private static ArticleIndex index;

    @BeforeAll
    static void build() {
        index = Fixtures.index();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void should_search_a_message_asked_again_within_the_same_message_once() {
        SearchResult[] twice = SearchMemo.during(() -> new SearchResult[] {
                index.search("zgubiłam dowód osobisty", 8), index.search("zgubiłam dowód osobisty", 8)});
        assertSame(twice[0], twice[1]);
        assertEquals("dowod-zgubiony", twice[0].best().orElseThrow().article().id());
    }

    @Test
    void should_search_other_words_and_other_limits_on_their_own() {
        SearchMemo.during(() -> {
            SearchResult lost = index.search("zgubiłam dowód osobisty", 8);
            assertNotSame(lost, index.search("zgubiłam dowód osobisty", 3));
            assertEquals("odpady-harmonogram", index.search("kiedy wywóz śmieci", 8).best().orElseThrow().article().id());
            return null;
        });
    }

    @Test
    void should_search_again_in_the_next_message_and_outside_a_message() {
        SearchResult first = SearchMemo.during(() -> index.search("kiedy wywóz śmieci", 8));
        SearchResult next = SearchMemo.during(() -> index.search("kiedy wywóz śmieci", 8));
        assertNotSame(first, next);
        assertEquals(first, next);
        assertNotSame(index.search("kiedy wywóz śmieci", 8), index.search("kiedy wywóz śmieci", 8));
    }
}
