package pl.krakow.kck.bot.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;

/**
 * Builds the langchain4j clients from the settings. No retries inside the clients: a failed call falls
 * back to the model-free path at once, and the {@link CircuitBreaker} decides when to try again.
 */
public final class ModelFactory {

    private ModelFactory() {
    }

    public static ChatModel chat(ChatSettings settings) {
        return switch (settings.provider()) {
            case OPENAI_COMPATIBLE -> OpenAiChatModel.builder()
                    .baseUrl(settings.baseUrl())
                    .apiKey(settings.apiKey().isEmpty() ? "none" : settings.apiKey())
                    .modelName(settings.model())
                    .temperature(settings.temperature())
                    .timeout(settings.timeout())
                    .maxRetries(0)
                    .build();
            case OLLAMA -> OllamaChatModel.builder()
                    .baseUrl(settings.baseUrl())
                    .modelName(settings.model())
                    .temperature(settings.temperature())
                    .timeout(settings.timeout())
                    .maxRetries(0)
                    .build();
            default -> throw new IllegalArgumentException("no chat model for provider " + settings.provider().wire());
        };
    }

    /** The embedding client; {@code timeout} per request (short for questions, long for indexing). */
    public static EmbeddingModel embeddings(EmbeddingSettings settings, java.time.Duration timeout) {
        return switch (settings.provider()) {
            case OPENAI_COMPATIBLE -> OpenAiEmbeddingModel.builder()
                    .baseUrl(settings.baseUrl())
                    .apiKey(settings.apiKey().isEmpty() ? "none" : settings.apiKey())
                    .modelName(settings.model())
                    .timeout(timeout)
                    .maxRetries(0)
                    .build();
            case OLLAMA -> OllamaEmbeddingModel.builder()
                    .baseUrl(settings.baseUrl())
                    .modelName(settings.model())
                    .timeout(timeout)
                    .maxRetries(0)
                    .build();
            case ONNX -> new OnnxEmbeddingModel(existing(settings.modelFile(), "model-file"),
                    existing(settings.tokenizerFile(), "tokenizer-file"),
                    settings.pooling().equals("cls") ? PoolingMode.CLS : PoolingMode.MEAN);
            case NONE -> throw new IllegalArgumentException("no embedding model configured");
        };
    }

    private static java.nio.file.Path existing(java.nio.file.Path file, String key) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new IllegalArgumentException("kck.embeddings." + key + ": no such file " + file.toAbsolutePath());
        }
        return file;
    }
}
