package pl.krakow.kck.bot.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

import pl.krakow.kck.bot.knowledge.Article;

/**
 * Vectors for articles (at indexing, through the {@link EmbeddingCache}) and for questions (at search,
 * through the {@link ModelGuard}, so that a slow or failing model only makes a search lexical). Every
 * vector is scaled to unit length, so that a dot product is the cosine.
 */
public final class Embedder {

    private static final int BATCH = 32;

    private final EmbeddingModel questions;
    private final EmbeddingModel articles;
    private final String identity;
    private final String queryPrefix;
    private final String passagePrefix;
    private final EmbeddingCache cache;
    private final ModelGuard guard;

    /**
     * @param questions the client for questions (short timeout)
     * @param articles  the client for indexing (may be the same; a long timeout for remote models)
     * @param identity  names the model in cache keys ({@link EmbeddingSettings#identity()})
     */
    public Embedder(EmbeddingModel questions, EmbeddingModel articles, String identity, String queryPrefix, String passagePrefix,
                    EmbeddingCache cache, ModelGuard guard) {
        this.questions = questions;
        this.articles = articles;
        this.identity = identity;
        this.queryPrefix = queryPrefix;
        this.passagePrefix = passagePrefix;
        this.cache = cache;
        this.guard = guard;
    }

    /** What is embedded of an article: the ways of asking and the short answer. */
    public String text(Article article) {
        StringBuilder text = new StringBuilder(passagePrefix).append(article.title());
        for (String question : article.questions()) {
            text.append('\n').append(question);
        }
        if (!article.keywords().isEmpty()) {
            text.append('\n').append(String.join(", ", article.keywords()));
        }
        return text.append('\n').append(article.lead()).toString();
    }

    /** The articles' vectors in order; embeds only what the cache does not have. Throws when the model fails. */
    public List<float[]> articles(List<Article> list) {
        List<float[]> vectors = new ArrayList<>(list.size());
        List<Integer> missing = new ArrayList<>();
        List<String> keys = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            String key = EmbeddingCache.key(identity, text(list.get(i)));
            keys.add(key);
            Optional<float[]> cached = cache.get(key);
            vectors.add(cached.orElse(null));
            if (cached.isEmpty()) {
                missing.add(i);
            }
        }
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<Integer> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
            List<TextSegment> segments = batch.stream().map(i -> TextSegment.from(text(list.get(i)))).toList();
            Response<List<Embedding>> response = articles.embedAll(segments);
            List<Embedding> embeddings = response.content();
            if (embeddings == null || embeddings.size() != batch.size()) {
                throw new IllegalStateException("the embedding model returned " + (embeddings == null ? 0 : embeddings.size())
                        + " vectors for " + batch.size() + " articles");
            }
            for (int j = 0; j < batch.size(); j++) {
                float[] vector = unit(embeddings.get(j).vector());
                cache.put(keys.get(batch.get(j)), vector);
                vectors.set(batch.get(j), vector);
            }
        }
        return vectors;
    }

    /** The question's vector; empty when the model is slow, down or its breaker open. */
    public Optional<float[]> question(String text) {
        return guard.call(() -> unit(questions.embed(queryPrefix + text).content().vector()));
    }

    static float[] unit(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        if (norm == 0 || Double.isNaN(norm)) {
            throw new IllegalStateException("the embedding model returned a zero or invalid vector");
        }
        float scale = (float) (1 / Math.sqrt(norm));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * scale;
        }
        return unit;
    }
}
