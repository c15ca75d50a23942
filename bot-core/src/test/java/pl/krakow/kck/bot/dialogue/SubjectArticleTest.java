package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.retrieval.ArticleIndex;
import pl.krakow.kck.bot.retrieval.Candidate;
import pl.krakow.kck.bot.retrieval.SearchResult;

/** A follow-up searched with a guessed article's title words is answered from it only when it holds a word the resident named. */
class SubjectArticleTest {

    private static ArticleIndex index;

    @BeforeAll
    static void build() {
        index = Fixtures.corpusIndex();
    }

    @Test
    void should_count_a_word_the_resident_named_only_where_the_article_has_it() {
        SearchResult withTitle = index.search("a świadkowie i rower? ślub cywilny", 10);
        Candidate wedding = withTitle.candidates().stream()
                .filter(c -> c.article().id().equals("usc-slub-cywilny-formalnosci")).findFirst().orElseThrow();

        assertTrue(SubjectArticle.holdsAny(withTitle, wedding, index.search("świadkowie", 10).concepts()));
        assertFalse(SubjectArticle.holdsAny(withTitle, wedding, index.search("rower", 10).concepts()));
        assertTrue(SubjectArticle.holdsAny(withTitle, wedding, List.of()));
    }
}
