package pl.krakow.kck.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/kck-assistant run starts Java with the service's flags of lib/jvm-flags (the file ./kck serve reads) and the
 * AOT cache when one newer than the jars is there. The runtime here is a stand-in that prints its arguments.
 */
class StartFlagsTest {

    private static final Path DIST = Path.of("src/dist").toAbsolutePath();

    @TempDir
    Path home;

    @BeforeEach
    void artefact() throws Exception {
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("lib"));
        Files.createDirectories(home.resolve("runtime/bin"));
        Files.copy(DIST.resolve("bin/kck-assistant"), home.resolve("bin/kck-assistant"));
        Files.copy(DIST.resolve("lib/jvm-flags"), home.resolve("lib/jvm-flags"));
        Files.writeString(home.resolve("VERSION"), "kck-assistant test\n");
        Files.writeString(home.resolve("lib/service.jar"), "");
        Files.setLastModifiedTime(home.resolve("lib/service.jar"), FileTime.from(Instant.now().minusSeconds(3600)));
        Path java = Files.writeString(home.resolve("runtime/bin/java"), "#!/bin/sh\necho \"java $*\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void should_start_the_service_with_the_flags_serve_uses() throws Exception {
        String java = javaLine(Map.of());
        assertTrue(java.contains(" -Xmx256m -XX:+UseSerialGC "), java);
        assertFalse(java.contains("AOTCache"), java);
    }

    @Test
    void should_let_a_collector_in_java_opts_replace_the_serial_one_and_a_later_heap_bound_win() throws Exception {
        String java = javaLine(Map.of("JAVA_OPTS", "-XX:+UseG1GC -Xmx1g"));
        assertFalse(java.contains("UseSerialGC"), java);
        assertTrue(java.indexOf("-Xmx256m") < java.indexOf("-Xmx1g"), java);
    }

    @Test
    void should_use_the_aot_cache_only_while_no_jar_is_newer() throws Exception {
        Path cache = Files.writeString(home.resolve("lib/kck-assistant.aot"), "");
        assertTrue(javaLine(Map.of()).contains(" -XX:AOTCache=" + cache + " "));

        Files.setLastModifiedTime(cache, FileTime.from(Instant.now().minusSeconds(7200)));
        Command run = run(Map.of());
        assertFalse(run.output().contains("AOTCache"), run.output());
        assertTrue(run.output().contains("lib/kck-assistant.aot is older than a jar in lib/"), run.output());
    }

    private String javaLine(Map<String, String> environment) throws Exception {
        Command run = run(environment);
        return run.output().lines().filter(l -> l.startsWith("java ")).findFirst().orElseThrow(() -> new AssertionError(run.output())) + " ";
    }

    private Command run(Map<String, String> environment) throws Exception {
        Map<String, String> env = new java.util.HashMap<>(Map.of("KCK_DATA", home.resolve("var").toString()));
        env.putAll(environment);
        Command run = Command.run(home, env, home.resolve("bin/kck-assistant").toString(), "run");
        assertEquals(0, run.status(), run.output());
        return run;
    }
}
