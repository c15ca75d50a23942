package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;

/** The conversation's subject grounds its topic's articles for a follow-up that does not name it again. */
class SubjectGroundsTest {

    private static ArticleIndex index;

    @BeforeAll
    static void build() {
        index = Fixtures.corpusIndex();
    }

    @Test
    void should_ground_the_subject_topics_articles_and_leave_the_others_as_they_were() {
        SearchResult result = index.search("a jak zapłacę w ciągu tygodnia?", 8);
        SearchResult named = result.naming("parkowanie");

        assertEquals(result.candidates().size(), named.candidates().size());
        for (int i = 0; i < result.candidates().size(); i++) {
            Candidate before = result.candidates().get(i);
            Candidate after = named.candidates().get(i);
            assertEquals(before.article().id(), after.article().id());
            assertEquals(before.coverage(), after.coverage());
            if (before.article().topic().equals("parkowanie")) {
                assertTrue(after.grounded(), after.article().id());
            } else {
                assertEquals(before.grounded(), after.grounded(), after.article().id());
            }
        }
        assertFalse(result.naming(null) != result, "no subject: the same result");
    }
}
