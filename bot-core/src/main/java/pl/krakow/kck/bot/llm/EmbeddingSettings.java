package pl.krakow.kck.bot.llm;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The embedding model for hybrid retrieval ({@code kck.embeddings.*}): off unless a provider is set.
 *
 * @param provider      {@code openai-compatible}, {@code ollama} or {@code onnx}; {@code none} (default) is lexical only
 * @param baseUrl       remote providers: the server
 * @param model         remote providers: the model name
 * @param apiKey        OpenAI-compatible: the bearer token
 * @param timeout       remote providers: the longest a question's embedding may take before the search is lexical only
 * @param indexTimeout  remote providers: the longest one batch of article embeddings may take while indexing
 * @param modelFile     onnx: the model file ({@code model.onnx})
 * @param tokenizerFile onnx: its {@code tokenizer.json}
 * @param pooling       onnx: {@code mean} (E5, MiniLM) or {@code cls}
 * @param queryPrefix   put before a question, e.g. {@code "query: "} for E5 models
 * @param passagePrefix put before an article, e.g. {@code "passage: "} for E5 models
 * @param cache         folder of the article vectors, by content hash; null keeps them in memory only
 */
public record EmbeddingSettings(ModelProvider provider, String baseUrl, String model, String apiKey, Duration timeout,
                                Duration indexTimeout, Path modelFile, Path tokenizerFile, String pooling, String queryPrefix, String passagePrefix,
                                Path cache) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_INDEX_TIMEOUT = Duration.ofSeconds(60);

    public EmbeddingSettings {
        switch (provider) {
            case NONE -> { }
            case ONNX -> {
                if (modelFile == null || tokenizerFile == null) {
                    throw new IllegalArgumentException("kck.embeddings: provider onnx needs model-file and tokenizer-file");
                }
                if (!pooling.equals("mean") && !pooling.equals("cls")) {
                    throw new IllegalArgumentException("kck.embeddings.pooling is '" + pooling + "'; expected mean or cls");
                }
            }
            default -> {
                if (baseUrl.isBlank() || model.isBlank()) {
                    throw new IllegalArgumentException("kck.embeddings: provider " + provider.wire() + " needs base-url and model");
                }
            }
        }
    }

    public static EmbeddingSettings off() {
        return new EmbeddingSettings(ModelProvider.NONE, "", "", "", DEFAULT_TIMEOUT, DEFAULT_INDEX_TIMEOUT, null, null, "mean", "", "", null);
    }

    public boolean enabled() {
        return provider != ModelProvider.NONE;
    }

    /** A name for the model that changes when its vectors would: part of every cache key. */
    public String identity() {
        return provider == ModelProvider.ONNX
                ? "onnx:" + modelFile.toAbsolutePath().normalize() + ":" + pooling
                : provider.wire() + ":" + baseUrl + ":" + model;
    }

    @Override
    public String toString() { // never log the key
        return "EmbeddingSettings[" + identity() + "]";
    }
}
