package pl.krakow.kck.bot.llm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {

    @TempDir
    Path folder;

    @Test
    void should_key_vectors_by_model_and_content() {
        String key = EmbeddingCache.key("onnx:/models/e5.onnx:mean", "Jak wyrobić dowód osobisty?");

        assertNotEquals(key, EmbeddingCache.key("onnx:/models/e5.onnx:mean", "Jak wyrobić dowód osobisty?\nnowe pytanie"));
        assertNotEquals(key, EmbeddingCache.key("ollama:http://127.0.0.1:11434:bge-m3", "Jak wyrobić dowód osobisty?"));
    }

    @Test
    void should_keep_vectors_in_the_folder_across_restarts() {
        float[] vector = {0.6f, -0.8f, 0f};
        EmbeddingCache.in(folder).put("abc", vector);

        assertArrayEquals(vector, EmbeddingCache.in(folder).get("abc").orElseThrow());
        assertTrue(EmbeddingCache.in(folder).get("other").isEmpty());
        assertTrue(EmbeddingCache.inMemory().get("abc").isEmpty());
    }

    @Test
    void should_embed_again_rather_than_use_a_damaged_file() throws Exception {
        Files.write(folder.resolve("abc.vec"), new byte[] {0, 0, 0, 9, 1, 2});

        assertTrue(EmbeddingCache.in(folder).get("abc").isEmpty());
    }
}
