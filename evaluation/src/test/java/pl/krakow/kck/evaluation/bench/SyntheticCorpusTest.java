package pl.krakow.kck.evaluation.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.knowledge.KnowledgeBase;
import pl.krakow.kck.evaluation.TestData;

class SyntheticCorpusTest {

    private static final String LONG_BODY = "Wydanie dowodu osobistego jest bezpłatne dla każdego mieszkańca. "
            + "Wniosek złożysz w dowolnym urzędzie gminy albo przez internet z profilem zaufanym. "
            + "Na dowód czekasz zwykle do trzydziestu dni od złożenia wniosku.\n\n"
            + "- zdjęcie musi mieć wymiary 35 na 45 milimetrów i jasne tło,\n"
            + "- odciski palców pobiera urzędnik w czasie wizyty w urzędzie,\n\n"
            + "**Gdzie załatwić:** Referat Ewidencji Ludności właściwy dla Twojej dzielnicy.";

    @Test
    void should_generate_the_same_articles_for_the_same_seed(@TempDir Path folder) throws IOException {
        KnowledgeBase source = source(folder);
        SyntheticCorpus corpus = new SyntheticCorpus(source);

        KnowledgeBase first = corpus.generate(50, 7);
        KnowledgeBase again = new SyntheticCorpus(source).generate(50, 7);
        KnowledgeBase other = corpus.generate(50, 8);

        assertEquals(first.articles(), again.articles());
        assertNotEquals(first.articles(), other.articles());
    }

    @Test
    void should_make_distinct_ids_known_topics_and_bodies_of_realistic_length(@TempDir Path folder) throws IOException {
        KnowledgeBase source = source(folder);

        KnowledgeBase synthetic = new SyntheticCorpus(source).generate(200, SyntheticCorpus.DEFAULT_SEED);

        List<Article> articles = synthetic.articles();
        assertEquals(200, articles.size());
        assertEquals(200, articles.stream().map(Article::id).distinct().count());
        assertEquals("syn-00001", articles.getFirst().id());
        for (Article article : articles) {
            assertTrue(source.topics().contains(article.topic()), article.topic());
            assertTrue(article.body().length() >= SyntheticCorpus.MIN_BODY, () -> "too short: " + article.body().length());
            assertTrue(article.body().length() <= SyntheticCorpus.MAX_BODY, () -> "too long: " + article.body().length());
            assertTrue(article.title().endsWith("?"));
            assertTrue(article.questions().size() >= 3 && article.questions().size() <= 6);
        }
    }

    @Test
    void should_split_bodies_into_sentences_without_bullets() {
        List<String> sentences = SyntheticCorpus.sentences(LONG_BODY);

        assertEquals("Wydanie dowodu osobistego jest bezpłatne dla każdego mieszkańca.", sentences.getFirst());
        assertTrue(sentences.contains("zdjęcie musi mieć wymiary 35 na 45 milimetrów i jasne tło,"));
        assertTrue(sentences.stream().noneMatch(s -> s.startsWith("- ")));
    }

    private static KnowledgeBase source(Path folder) throws IOException {
        return TestData.knowledgeBase(folder,
                "dowod-a|dowod-osobisty|Ile kosztuje wyrobienie dowodu osobistego?|czy za dowód się płaci;opłata za dowód|" + LONG_BODY,
                "dowod-b|dowod-osobisty|Gdzie złożyć wniosek o dowód osobisty?|gdzie wyrobię dowód;który urząd wydaje dowody|" + LONG_BODY,
                "odpady-a|odpady|Kiedy odbierane są śmieci z mojej ulicy?|harmonogram wywozu;wywóz śmieci|"
                        + "Harmonogram odbioru odpadów znajdziesz na stronie miejskiego przedsiębiorstwa. "
                        + "Odpady zmieszane odbierane są co tydzień, a segregowane co dwa tygodnie.");
    }
}
