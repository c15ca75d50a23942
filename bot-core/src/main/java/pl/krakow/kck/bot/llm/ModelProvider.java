package pl.krakow.kck.bot.llm;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a language or embedding model runs. {@link #NONE}, the default, means no model at all. */
public enum ModelProvider {
    /** No model: the model-free path only. */
    NONE,
    /** Any server speaking the OpenAI REST API ({@code /chat/completions}, {@code /embeddings}): OpenAI, vLLM, llama.cpp, LocalAI... */
    OPENAI_COMPATIBLE,
    /** An Ollama server ({@code /api/chat}, {@code /api/embed}). */
    OLLAMA,
    /** Embeddings only: an ONNX model file and its tokenizer, run in process. */
    ONNX;

    /** The name used in the configuration, e.g. {@code openai-compatible}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ModelProvider fromWire(String value) {
        String normalized = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (normalized.isEmpty()) {
            return NONE;
        }
        return Arrays.stream(values()).filter(p -> p.name().equals(normalized)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown model provider '" + value + "'; known: "
                        + Arrays.stream(values()).map(ModelProvider::wire).collect(Collectors.joining(", "))));
    }
}
