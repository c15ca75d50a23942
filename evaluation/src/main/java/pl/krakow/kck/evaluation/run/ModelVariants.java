package pl.krakow.kck.evaluation.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import pl.krakow.kck.bot.llm.EmbeddingSettings;
import pl.krakow.kck.bot.llm.ModelProvider;

/**
 * A model the evaluation can run with besides the configured ones ({@code kck.llm.*}, {@code kck.embeddings.*},
 * read as serve reads them): the small ONNX model
 * that ships on Maven Central, unpacked from the classpath into a temporary folder and loaded from files
 * exactly as a city's model would be.
 */
public final class ModelVariants {

    public static final String MINILM = "all-minilm-l6-v2-q";

    private ModelVariants() {
    }

    /** The bundled all-MiniLM-L6-v2 (quantised, English), as ONNX settings with an in-memory vector cache. */
    public static EmbeddingSettings bundled(String name) throws IOException {
        if (!name.equals(MINILM)) {
            throw new IllegalArgumentException("no bundled embedding model '" + name + "'");
        }
        Path folder = Files.createTempDirectory("kck-" + MINILM);
        folder.toFile().deleteOnExit();
        Path model = unpack(MINILM + ".onnx", folder);
        Path tokenizer = unpack(MINILM + "-tokenizer.json", folder);
        return new EmbeddingSettings(ModelProvider.ONNX, "", "", "", Duration.ofSeconds(30), Duration.ofSeconds(60), model, tokenizer,
                "mean", "", "", null);
    }

    private static Path unpack(String resource, Path folder) throws IOException {
        try (InputStream in = ModelVariants.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the classpath (dev.langchain4j:langchain4j-embeddings-" + MINILM + ")");
            }
            Path file = folder.resolve(resource);
            Files.copy(in, file);
            file.toFile().deleteOnExit();
            return file;
        }
    }
}
