package pl.krakow.kck.bot.llm;

/** Both optional models: the chat model ({@code kck.llm}) and the embedding model ({@code kck.embeddings}). */
public record ModelSettings(ChatSettings chat, EmbeddingSettings embeddings) {

    public static ModelSettings off() {
        return new ModelSettings(ChatSettings.off(), EmbeddingSettings.off());
    }
}
