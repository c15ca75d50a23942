package pl.krakow.kck.bot.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A consistent snapshot of the knowledge base: its articles, topics and synonym groups.
 *
 * @param synonyms groups of equivalent words or phrases (abbreviations included), as the city wrote them
 */
public record KnowledgeBase(List<Article> articles, Topics topics, List<List<String>> synonyms, Instant loadedAt) {

    public KnowledgeBase {
        articles = List.copyOf(articles);
        synonyms = synonyms.stream().map(List::copyOf).toList();
    }

    public Optional<Article> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Map<String, Article> byId() {
        return articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
    }
}
