package pl.krakow.kck.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team's rule "no class over 400 lines", held for every module's production sources. */
class SourceSizeTest {

    static final int MOST_LINES = 400;

    @TempDir
    Path tree;

    @Test
    void should_keep_every_production_class_within_400_lines() throws IOException {
        Path repository = Path.of("").toAbsolutePath().getParent();
        assertTrue(Files.isDirectory(repository.resolve("bot-core/src/main/java")), "repository root not found from " + repository);
        List<String> oversized = oversized(repository);
        assertEquals(List.of(), oversized, "split these classes (the rule is at most " + MOST_LINES + " lines)");
    }

    @Test
    void should_name_a_class_over_the_limit_with_its_line_count() throws IOException {
        Path source = tree.resolve("m/src/main/java/p/Big.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "x\n".repeat(MOST_LINES + 1));
        Path fine = tree.resolve("m/src/main/java/p/Small.java");
        Files.writeString(fine, "x\n".repeat(MOST_LINES));
        Path test = tree.resolve("m/src/test/java/p/BigTest.java");
        Files.createDirectories(test.getParent());
        Files.writeString(test, "x\n".repeat(MOST_LINES * 2));
        assertEquals(List.of("m/src/main/java/p/Big.java: 401 lines"), oversized(tree));
    }

    static List<String> oversized(Path repository) throws IOException {
        try (Stream<Path> files = Files.walk(repository)) {
            return files.map(repository::relativize)
                    .filter(p -> p.toString().endsWith(".java") && p.toString().contains("src/main/java/"))
                    .filter(p -> !p.toString().contains("target/"))
                    .map(p -> new Counted(p, lines(repository.resolve(p))))
                    .filter(counted -> counted.lines() > MOST_LINES)
                    .map(counted -> counted.path() + ": " + counted.lines() + " lines")
                    .sorted()
                    .toList();
        }
    }

    private record Counted(Path path, long lines) {}

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
