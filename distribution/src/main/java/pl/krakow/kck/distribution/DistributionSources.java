package pl.krakow.kck.distribution;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the pieces of the artefact come from in a built source tree: the jars {@code ./kck serve} runs (the
 * channels jar and {@code channels/target/libs}, made by {@code mvn install}), the files shipped as they are
 * ({@code distribution/src/dist}), the knowledge base ({@code faq-corpus/articles} and {@code faq-corpus/reports})
 * the README, whose "Production" section is the operator's manual, and {@code kck.example.yaml}, every
 * configuration key with its default (shipped as {@code conf/kck.example.yaml}).
 *
 * @param projectRoot the source tree (for the commit id)
 * @param version     the project version, part of the artefact's name
 */
public record DistributionSources(Path projectRoot, String version, Path appJar, Path libs, Path files, Path articles,
                                  Path reports, Path readme, Path configKeys) {

    /** {@code -1.2.3.jar}, {@code -1.19.0-beta29.jar}, {@code -0.1.0-SNAPSHOT.jar}: what follows a jar's artifact name. */
    private static final Pattern VERSION_SUFFIX = Pattern.compile("-\\d[^-]*(-[A-Za-z0-9.]+)*\\.jar$");

    public static DistributionSources of(Path projectRoot, String version) {
        Path root = projectRoot.toAbsolutePath().normalize();
        return new DistributionSources(root, version, root.resolve("channels/target/channels-" + version + ".jar"),
                root.resolve("channels/target/libs"), root.resolve("distribution/src/dist"),
                root.resolve("faq-corpus/articles"), root.resolve("faq-corpus/reports"), root.resolve("README.md"),
                root.resolve("kck.example.yaml"));
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
        for (Path path : List.of(appJar, libs, files, articles, reports, readme, configKeys)) {
            if (!Files.exists(path)) {
                missing.add(projectRoot.relativize(path).toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("cannot build the distribution, missing: " + String.join(", ", missing)
                    + " (build first: ./mvnw -B install -DskipTests)");
        }
        Map<String, List<String>> versions = jars().stream().map(jar -> jar.getFileName().toString())
                .collect(Collectors.groupingBy(name -> VERSION_SUFFIX.matcher(name).replaceFirst(""), TreeMap::new, Collectors.toList()));
        versions.values().removeIf(names -> names.size() < 2);
        if (!versions.isEmpty()) { // left behind by an earlier build: both would be on the class path
            throw new IllegalStateException(libs + " holds several versions of " + versions.values()
                    + " (rebuild from clean: ./mvnw -B clean install -DskipTests)");
        }
    }
}
