package pl.krakow.kck.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The artefact's jars lost other platforms' native code (PlatformJar); what is left must still load with the
 * jlinked runtime: an ONNX embedding model (the small English MiniLM from Maven Central) embeds a sentence.
 */
@Tag("dist")
class NativeLibrariesTest {

    @TempDir
    Path folder;

    @Test
    void should_run_an_onnx_embedding_model_with_the_bundled_runtime_and_trimmed_jars() throws Exception {
        Path home = BuiltArtefact.home();
        Path model = extract("/all-minilm-l6-v2-q.onnx", "model.onnx");
        Path tokenizer = extract("/all-minilm-l6-v2-q-tokenizer.json", "tokenizer.json");
        Path testClasses = Path.of(NativeLibrariesCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Command run = Command.run(folder, Map.of("DJL_CACHE_DIR", folder.resolve("djl").toString()),
                home.resolve("runtime/bin/java").toString(), "--enable-native-access=ALL-UNNAMED",
                "-Djava.io.tmpdir=" + folder, "-cp", home.resolve("lib") + "/*:" + testClasses,
                NativeLibrariesCheck.class.getName(), model.toString(), tokenizer.toString()).ok("the ONNX check");
        assertTrue(run.output().contains("dimension 384"), run.output());
    }

    private Path extract(String resource, String name) throws Exception {
        Path file = folder.resolve(name);
        try (InputStream in = NativeLibrariesTest.class.getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        return file;
    }
}
