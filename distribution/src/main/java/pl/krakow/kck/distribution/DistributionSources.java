package pl.krakow.kck.distribution;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the pieces of the artefact come from in a built source tree: the jars {@code ./kck serve} runs (the
 * channels jar and {@code channels/target/libs}, made by {@code mvn install}), the files shipped as they are
 * ({@code distribution/src/dist}), the knowledge base ({@code faq-corpus/articles} and {@code faq-corpus/reports})
 * and the README, whose "Production" section is the operator's manual.
 *
 * @param projectRoot the source tree (for the commit id)
 * @param version     the project version, part of the artefact's name
 */
public record DistributionSources(Path projectRoot, String version, Path appJar, Path libs, Path files, Path articles,
                                  Path reports, Path readme) {

    public static DistributionSources of(Path projectRoot, String version) {
        Path root = projectRoot.toAbsolutePath().normalize();
        return new DistributionSources(root, version, root.resolve("channels/target/channels-" + version + ".jar"),
                root.resolve("channels/target/libs"), root.resolve("distribution/src/dist"),
                root.resolve("faq-corpus/articles"), root.resolve("faq-corpus/reports"), root.resolve("README.md"));
    }

    /** The application's jars: its own first, then the libraries in name order. */
    public List<Path> jars() {
        List<Path> jars = new ArrayList<>();
        jars.add(appJar);
        try (Stream<Path> files = Files.list(libs)) {
            files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().forEach(jars::add);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot list " + libs, e);
        }
        return jars;
    }

    /** Fails with what is missing and how to make it. */
    public void check() {
        List<String> missing = new ArrayList<>();
        for (Path path : List.of(appJar, libs, files, articles, reports, readme)) {
            if (!Files.exists(path)) {
                missing.add(projectRoot.relativize(path).toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("cannot build the distribution, missing: " + String.join(", ", missing)
                    + " (build first: ./mvnw -B install -DskipTests)");
        }
    }
}
