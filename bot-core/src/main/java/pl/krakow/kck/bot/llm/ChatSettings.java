package pl.krakow.kck.bot.llm;

import java.time.Duration;

/**
 * The chat model ({@code kck.llm.*}): off unless a provider is set.
 *
 * @param provider        {@code openai-compatible} or {@code ollama}; {@code none} (default) turns every chat use off
 * @param baseUrl         e.g. {@code https://api.openai.com/v1} (with the {@code /v1}) or {@code http://localhost:11434}
 * @param model           the model name the server knows
 * @param apiKey          sent as a bearer token (OpenAI-compatible only); may be empty for local servers
 * @param timeout         the longest a model call may take before the model-free path answers instead
 * @param temperature     sampling temperature; null leaves the server's default
 * @param failures        consecutive failures (errors, timeouts) that open the circuit breaker
 * @param openFor         how long an open breaker sends everything to the model-free path before one trial call
 */
public record ChatSettings(ModelProvider provider, String baseUrl, String model, String apiKey, Duration timeout,
                           Double temperature, int failures, Duration openFor) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(8);
    public static final int DEFAULT_FAILURES = 3;
    /** Grounded answers and extraction want the most likely words, not variety. */
    public static final Double DEFAULT_TEMPERATURE = 0.0;
    public static final Duration DEFAULT_OPEN_FOR = Duration.ofSeconds(30);

    public ChatSettings {
        if (provider == ModelProvider.ONNX) {
            throw new IllegalArgumentException("kck.llm.provider: onnx runs embedding models only; use openai-compatible or ollama");
        }
        if (provider != ModelProvider.NONE && (baseUrl.isBlank() || model.isBlank())) {
            throw new IllegalArgumentException("kck.llm: provider " + provider.wire() + " needs base-url and model");
        }
        if (failures < 1) {
            throw new IllegalArgumentException("kck.llm.circuit-breaker.failures must be at least 1");
        }
    }

    public static ChatSettings off() {
        return new ChatSettings(ModelProvider.NONE, "", "", "", DEFAULT_TIMEOUT, DEFAULT_TEMPERATURE, DEFAULT_FAILURES, DEFAULT_OPEN_FOR);
    }

    public boolean enabled() {
        return provider != ModelProvider.NONE;
    }

    @Override
    public String toString() { // never log the key
        return "ChatSettings[" + provider.wire() + " " + model + " at " + baseUrl + ", timeout " + timeout + "]";
    }
}
