package pl.krakow.kck.bot.llm;

import java.util.Optional;
import java.util.function.Function;

/** Both optional models: the chat model ({@code kck.llm}) and the embedding model ({@code kck.embeddings}). */
public record ModelSettings(ChatSettings chat, EmbeddingSettings embeddings) {

    public static ModelSettings off() {
        return new ModelSettings(ChatSettings.off(), EmbeddingSettings.off());
    }

    /**
     * Reads {@code kck.llm.*} and {@code kck.embeddings.*}.
     *
     * @param source full key (e.g. {@code kck.llm.base-url}) to its value, if set
     */
    public static ModelSettings from(Function<String, Optional<String>> source) {
        return new ModelSettings(ChatSettings.from(source, "kck.llm"), EmbeddingSettings.from(source, "kck.embeddings"));
    }
}
