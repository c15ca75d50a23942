package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.knowledge.KnowledgeBase;
import pl.krakow.kck.bot.knowledge.Topics;
import pl.krakow.kck.bot.language.Language;

class SensesTest {

    private static ArticleIndex index;
    /** The same articles' index as a start with an unchanged knowledge base reads it from the cache. */
    private static ArticleIndex restored;

    /** Nine articles on the ID card ("dowód osobisty"), three on the car's registration certificate ("dowód rejestracyjny"). */
    @BeforeAll
    static void build() {
        List<Article> articles = new ArrayList<>();
        String[] matters = {"zgubienie", "kradzież", "zdjęcie", "odbiór", "termin", "pełnomocnik", "ważność", "dziecko", "wymiana"};
        for (String matter : matters) {
            articles.add(article("dowod-" + articles.size(), "dowod-osobisty",
                    matter.equals("odbiór") ? "Kiedy odbiorę dowód osobisty?" : "Dowód osobisty: " + matter + "?",
                    "Dowód osobisty – " + matter + "." + (matter.equals("odbiór") ? " Kiedy odbiorę dowód? Dowód odbiorę w urzędzie." : "")));
        }
        articles.add(article("pojazd-wymiana", "pojazdy", "Kiedy wymienić dowód rejestracyjny?",
                "Dowód rejestracyjny wymienia się, gdy zabraknie miejsca na pieczątki z przeglądu samochodu."));
        articles.add(article("pojazd-oplata", "pojazdy", "Ile kosztuje dowód rejestracyjny?",
                "Dowód rejestracyjny samochodu kosztuje 54 zł."));
        articles.add(article("pojazd-odbior", "pojazdy", "Kiedy odbiorę dowód rejestracyjny?",
                "Dowód rejestracyjny odbiorę w wydziale komunikacji."));
        Topics topics = new Topics(Map.of("dowod-osobisty", "Dowód osobisty", "pojazdy", "Pojazdy"));
        KnowledgeBase kb = new KnowledgeBase(articles, topics, List.of(), Instant.now());
        List<IndexImage> image = new ArrayList<>();
        index = ArticleIndex.build(kb, new TextAnalyzer(), image::add);
        try {
            IndexCache cache = new IndexCache(Files.createTempDirectory("senses-cache"));
            cache.write("k", Language.PL, image.getFirst());
            restored = ArticleIndex.restore(kb, new TextAnalyzer(), cache.read("k", Language.PL).orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void close() {
        index.close();
        restored.close();
    }

    @Test
    void should_read_it_in_the_sense_the_other_words_tell() {
        // the ID card's article holds "odebrać" and "dowód" as often; "samochód" is in the other articles on the certificate
        assertEquals("pojazd-odbior", index.search("kupiłem samochód, kiedy odbiorę dowód?", 3).best().orElseThrow().article().id());
    }

    @Test
    void should_read_the_sense_alike_when_the_same_words_come_again_after_other_questions() {
        // the articles counted for a sense are counted once per snapshot: a later question reads them, not a stale or other count
        for (int round = 0; round < 3; round++) {
            assertEquals("pojazd-odbior", index.search("kupiłem samochód, kiedy odbiorę dowód?", 3).best().orElseThrow().article().id());
            assertEquals("dowod-0", index.search("zgubiłem dowód, co teraz?", 3).best().orElseThrow().article().id());
        }
    }

    @Test
    void should_leave_a_named_sense_alone() {
        assertEquals("pojazd-wymiana", index.search("kiedy wymienić dowód rejestracyjny?", 3).best().orElseThrow().article().id());
    }

    @Test
    void should_tell_the_senses_apart_alike_when_the_index_is_read_from_the_cache() {
        assertEquals("pojazd-odbior", restored.search("kupiłem samochód, kiedy odbiorę dowód?", 3).best().orElseThrow().article().id());
        assertEquals("pojazd-wymiana", restored.search("kiedy wymienić dowód rejestracyjny?", 3).best().orElseThrow().article().id());
    }

    private static Article article(String id, String topic, String title, String body) {
        return new Article(id, title, topic, List.of(URI.create("https://www.krakow.pl/")), LocalDate.of(2026, 12, 1),
                List.of(), List.of(), body, topic + "/" + id + ".md");
    }
}
