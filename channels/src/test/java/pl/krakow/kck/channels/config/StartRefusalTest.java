package pl.krakow.kck.channels.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** {@code ./kck serve} with a mistyped key: it does not start, says which key and what was meant, exits 78. */
class StartRefusalTest {

    @Test
    void should_refuse_to_start_with_a_mistyped_key_and_name_it() throws Exception {
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dserver.port=0", "-Dkck.answer-treshold=0.6", "-Dkck.database.url=jdbc:h2:mem:refused",
                "-cp", System.getProperty("java.class.path"), "pl.krakow.kck.channels.Main"))
                .redirectErrorStream(true).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "it stops by itself");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(78, process.exitValue(), output);
        assertTrue(output.contains("kck: configuration: kck.answer-treshold: unknown key; did you mean kck.answer-threshold?"), output);
        assertFalse(output.contains("Exception"), "no stack trace: " + output);
        assertFalse(output.contains("ready on"), output);
    }
}
