package pl.krakow.kck.bot.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A consistent snapshot of the knowledge base: its articles, topics, synonym groups, and what is not the
 * city's matter.
 *
 * @param synonyms    groups of equivalent words or phrases (abbreviations included), as the city wrote them
 * @param outOfScope  matters of other institutions, with the reply that says whose they are
 * @param otherPlaces towns other than Kraków
 * @param places      the groups of {@code synonyms} that name Kraków and its districts and places
 *                    ({@code proper-names.txt}): where a resident is, not what they ask about
 */
public record KnowledgeBase(List<Article> articles, Topics topics, List<List<String>> synonyms, List<Redirect> outOfScope,
                            List<String> otherPlaces, List<List<String>> places, Instant loadedAt) {

    public KnowledgeBase {
        articles = List.copyOf(articles);
        synonyms = synonyms.stream().map(List::copyOf).toList();
        outOfScope = List.copyOf(outOfScope);
        otherPlaces = List.copyOf(otherPlaces);
        places = places.stream().map(List::copyOf).toList();
    }

    /** A knowledge base whose synonym groups name no places of Kraków. */
    public KnowledgeBase(List<Article> articles, Topics topics, List<List<String>> synonyms, List<Redirect> outOfScope,
                         List<String> otherPlaces, Instant loadedAt) {
        this(articles, topics, synonyms, outOfScope, otherPlaces, List.of(), loadedAt);
    }

    /** Whether synonym group {@code group} (an index into {@link #synonyms()}) names a place of Kraków. */
    public boolean place(int group) {
        return places.contains(synonyms.get(group));
    }

    /** A knowledge base with articles, topics and synonyms only. */
    public KnowledgeBase(List<Article> articles, Topics topics, List<List<String>> synonyms, Instant loadedAt) {
        this(articles, topics, synonyms, List.of(), List.of(), loadedAt);
    }

    /** Words or phrases naming another institution's matter, and the reply that says so. */
    public record Redirect(List<String> phrases, String reply) {

        public Redirect {
            phrases = List.copyOf(phrases);
        }
    }

    public Optional<Article> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Map<String, Article> byId() {
        return articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
    }
}
