package pl.krakow.kck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.knowledge.CorpusLinter;
import pl.krakow.kck.bot.knowledge.KnowledgeBase;
import pl.krakow.kck.bot.knowledge.KnowledgeBaseLoader;
import pl.krakow.kck.bot.knowledge.Problem;
import pl.krakow.kck.bot.knowledge.TranslationLinter;
import pl.krakow.kck.bot.knowledge.TranslationLoader;

/** The bundled knowledge base loads cleanly, passes the linter and covers every topic. */
class CorpusTest {

    static final Path ARTICLES = Path.of("articles");
    static final Path SHARED_TOPICS = Path.of("../../shared/knowledge/topics.md");

    private static KnowledgeBaseLoader.Result result;

    @BeforeAll
    static void load() throws IOException {
        result = new KnowledgeBaseLoader().load(ARTICLES);
    }

    @Test
    void should_load_without_problems() {
        assertEquals(List.of(), result.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void should_have_translations_that_load_and_keep_every_fact_of_their_polish_article() throws IOException {
        TranslationLoader.Result translations = new TranslationLoader().load(ARTICLES, result.knowledgeBase());
        List<String> problems = new java.util.ArrayList<>(translations.problems().stream().map(Problem::toString).toList());
        new TranslationLinter().lint(ARTICLES, translations.editions()).forEach(p -> problems.add(p.toString()));
        assertEquals(List.of(), problems, () -> String.join("\n", problems));
    }

    @Test
    void should_pass_the_linter() {
        List<String> problems = new CorpusLinter().lint(result.knowledgeBase()).stream().map(Problem::toString).toList();
        assertEquals(List.of(), problems, () -> String.join("\n", problems));
    }

    @Test
    void should_have_at_least_150_articles_and_5_per_topic() {
        KnowledgeBase kb = result.knowledgeBase();
        assertTrue(kb.articles().size() >= 150, "articles: " + kb.articles().size());
        Map<String, Long> perTopic = kb.articles().stream().collect(Collectors.groupingBy(Article::topic, Collectors.counting()));
        for (String topic : kb.topics().slugs()) {
            assertTrue(perTopic.getOrDefault(topic, 0L) >= 5, () -> topic + " has " + perTopic.getOrDefault(topic, 0L));
        }
    }

    @Test
    void should_cite_a_source_for_every_article() {
        for (Article article : result.knowledgeBase().articles()) {
            assertTrue(!article.sources().isEmpty(), article.id());
        }
    }

    @Test
    void should_keep_the_topic_list_equal_to_the_shared_contract_when_it_is_present() throws IOException {
        if (!Files.exists(SHARED_TOPICS)) {
            return; // the contract lives beside the repository; the product does not need it to run
        }
        List<String> shared = Files.readAllLines(SHARED_TOPICS).stream()
                .filter(line -> line.startsWith("| `"))
                .map(line -> line.substring(3, line.indexOf('`', 3)))
                .toList();
        assertEquals(shared, result.knowledgeBase().topics().slugs());
    }

    @Test
    void should_never_use_the_outdated_intervention_number_as_current() {
        Map<String, Article> byId = result.knowledgeBase().articles().stream()
                .collect(Collectors.toMap(Article::id, Function.identity()));
        List<String> using = byId.values().stream()
                .filter(a -> a.body().contains("616 80 00"))
                .map(Article::id)
                .filter(id -> !Arrays.asList("kck-stary-numer-interwencyjny").contains(id))
                .toList();
        assertEquals(List.of(), using, "12 616 80 00 is outdated: only the article explaining that may mention it");
    }
}
