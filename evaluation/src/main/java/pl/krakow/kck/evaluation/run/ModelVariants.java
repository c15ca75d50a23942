package pl.krakow.kck.evaluation.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import pl.krakow.kck.bot.llm.EmbeddingSettings;
import pl.krakow.kck.bot.llm.ModelProvider;
import pl.krakow.kck.bot.llm.ModelSettings;

/**
 * The model settings the evaluation runs with: the service's keys ({@code kck.llm.*},
 * {@code kck.embeddings.*}) from system properties or environment variables named as Helidon maps them
 * ({@code kck.embeddings.model-file} → {@code KCK_EMBEDDINGS_MODEL_dash_FILE}), or the small ONNX model
 * that ships on Maven Central, unpacked from the classpath into a temporary folder and loaded from files
 * exactly as a city's model would be.
 */
public final class ModelVariants {

    public static final String MINILM = "all-minilm-l6-v2-q";

    private ModelVariants() {
    }

    public static ModelSettings configured() {
        return ModelSettings.from(ModelVariants::lookup);
    }

    static Optional<String> lookup(String key) {
        String property = System.getProperty(key);
        if (property != null) {
            return Optional.of(property);
        }
        String name = key.replace('.', '_').toUpperCase(Locale.ROOT);
        for (String dash : new String[] {"_dash_", "_DASH_"}) {
            String value = System.getenv(name.replace("-", dash));
            if (value != null) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
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

    /** For tests: settings from any key-value source. */
    static ModelSettings from(Function<String, Optional<String>> source) {
        return ModelSettings.from(source);
    }
}
