package pl.krakow.kck.bot.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ModelSettingsTest {

    private static ModelSettings read(Map<String, String> values) {
        return ModelSettings.from(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void should_be_off_when_nothing_is_configured() {
        ModelSettings settings = read(Map.of());

        assertFalse(settings.chat().enabled());
        assertFalse(settings.embeddings().enabled());
        assertEquals(ModelSettings.off(), settings);
        assertFalse(read(Map.of("kck.llm.provider", "none", "kck.embeddings.provider", "")).chat().enabled());
    }

    @Test
    void should_read_an_openai_compatible_chat_model_and_an_onnx_embedding_model() {
        ModelSettings settings = read(Map.of(
                "kck.llm.provider", "openai-compatible", "kck.llm.base-url", "http://127.0.0.1:8000/v1",
                "kck.llm.model", "bielik-11b", "kck.llm.api-key", "secret", "kck.llm.timeout", "2.5",
                "kck.llm.circuit-breaker.open-for", "PT1M",
                "kck.embeddings.provider", "onnx", "kck.embeddings.model-file", "models/e5.onnx",
                "kck.embeddings.tokenizer-file", "models/tokenizer.json", "kck.embeddings.query-prefix", "query: "));

        ChatSettings chat = settings.chat();
        assertEquals(ModelProvider.OPENAI_COMPATIBLE, chat.provider());
        assertEquals("bielik-11b", chat.model());
        assertEquals(Duration.ofMillis(2500), chat.timeout());
        assertEquals(Duration.ofMinutes(1), chat.openFor());
        assertEquals(ChatSettings.DEFAULT_FAILURES, chat.failures());
        assertFalse(chat.toString().contains("secret"), "the key is never logged");
        EmbeddingSettings embeddings = settings.embeddings();
        assertEquals(ModelProvider.ONNX, embeddings.provider());
        assertEquals(Path.of("models/e5.onnx"), embeddings.modelFile());
        assertEquals("query: ", embeddings.queryPrefix(), "the prefix keeps its space");
        assertEquals("mean", embeddings.pooling());
        assertNull(embeddings.cache());
        assertTrue(embeddings.identity().startsWith("onnx:"));
    }

    @Test
    void should_refuse_incomplete_or_wrong_settings_with_the_key_named() {
        var missingModel = assertThrows(IllegalArgumentException.class,
                () -> read(Map.of("kck.llm.provider", "ollama", "kck.llm.base-url", "http://127.0.0.1:11434")));
        assertTrue(missingModel.getMessage().contains("model"), missingModel.getMessage());
        var unknown = assertThrows(IllegalArgumentException.class, () -> read(Map.of("kck.llm.provider", "gpt")));
        assertTrue(unknown.getMessage().contains("kck.llm.provider"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> read(Map.of("kck.llm.provider", "onnx")));
        assertThrows(IllegalArgumentException.class, () -> read(Map.of("kck.embeddings.provider", "onnx")));
        var timeout = assertThrows(IllegalArgumentException.class, () -> read(Map.of("kck.llm.timeout", "soon")));
        assertTrue(timeout.getMessage().contains("kck.llm.timeout"), timeout.getMessage());
    }
}
