package pl.krakow.kck.bot.llm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import pl.krakow.kck.bot.knowledge.Article;
import pl.krakow.kck.bot.retrieval.ArticleIndex;
import pl.krakow.kck.bot.retrieval.Candidate;
import pl.krakow.kck.bot.retrieval.Retriever;
import pl.krakow.kck.bot.retrieval.SearchResult;

/**
 * Lexical and vector ranking of one snapshot, fused by {@link RankFusion reciprocal rank}. The order is
 * fused; everything else stays lexical: how the question is read, the redirect to another institution,
 * and each candidate's coverage, which the answer policy uses as its confidence. A cosine always has a
 * nearest article, even for a question about pensions, and has no threshold that means "answered";
 * coverage does, and it keeps the false-answer rate where it was measured. An article only the vectors
 * found has coverage 0, so the engine never answers from it, offers it as a choice or names it as
 * related; with ties going to the lexical order it can never rank above the lexical first either.
 *
 * <p>When the question's vector cannot be had (model slow or down), the result is the lexical one.
 */
public final class HybridRetriever implements Retriever {

    /** How many candidates each ranking contributes to the fusion. */
    static final int POOL = 24;

    private final ArticleIndex lexical;
    private final EmbeddingIndex vectors;
    private final Embedder embedder;

    public HybridRetriever(ArticleIndex lexical, EmbeddingIndex vectors, Embedder embedder) {
        this.lexical = lexical;
        this.vectors = vectors;
        this.embedder = embedder;
    }

    public ArticleIndex lexical() {
        return lexical;
    }

    @Override
    public SearchResult search(String question, int limit) {
        SearchResult words = lexical.search(question, Math.max(limit, POOL));
        if (words.concepts().isEmpty()) {
            return trimmed(words, limit);
        }
        Optional<float[]> vector = embedder.question(question);
        if (vector.isEmpty()) {
            return trimmed(words, limit);
        }
        Map<String, Candidate> byId = new LinkedHashMap<>();
        words.candidates().forEach(c -> byId.put(c.article().id(), c));
        List<String> meaning = vectors.nearest(vector.get(), POOL);
        LinkedHashMap<String, Double> fused = RankFusion.fuse(List.of(new ArrayList<>(byId.keySet()), meaning), RankFusion.K);
        List<Candidate> candidates = new ArrayList<>(limit);
        for (Map.Entry<String, Double> item : fused.entrySet()) {
            if (candidates.size() == limit) {
                break;
            }
            Candidate lexicalCandidate = byId.get(item.getKey());
            if (lexicalCandidate != null) {
                candidates.add(new Candidate(lexicalCandidate.article(), item.getValue(), lexicalCandidate.coverage(),
                        lexicalCandidate.matched(), lexicalCandidate.found()));
            } else {
                Optional<Article> article = lexical.article(item.getKey());
                article.ifPresent(a -> candidates.add(new Candidate(a, item.getValue(), 0, 0,
                        Collections.nCopies(words.concepts().size(), false))));
            }
        }
        return new SearchResult(question, words.concepts(), candidates, words.redirect(), words.named());
    }

    private static SearchResult trimmed(SearchResult result, int limit) {
        if (result.candidates().size() <= limit) {
            return result;
        }
        return new SearchResult(result.question(), result.concepts(), result.candidates().subList(0, limit), result.redirect(), result.named());
    }

    @Override
    public Optional<pl.krakow.kck.bot.retrieval.TopicWords> topicWords() {
        return lexical.topicWords();
    }

    @Override
    public Optional<Article> article(String id) {
        return lexical.article(id);
    }
}
