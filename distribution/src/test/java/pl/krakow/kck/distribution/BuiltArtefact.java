package pl.krakow.kck.distribution;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The artefact, built once per test JVM from the jars the reactor has just built (jlink runs once for all the
 * distribution tests) and unpacked from its tarball, as an operator would.
 */
final class BuiltArtefact {

    private static Artefact artefact;
    private static Path home;

    private BuiltArtefact() {
    }

    /** The unpacked {@code kck-assistant-<version>} folder. */
    static synchronized Path home() throws Exception {
        if (home == null) {
            build();
        }
        return home;
    }

    static synchronized Artefact artefact() throws Exception {
        home();
        return artefact;
    }

    private static void build() throws Exception {
        DistributionSources sources = DistributionSources.of(Path.of(System.getProperty("kck.dist.root", "..")), DistMain.projectVersion());
        Required.component(Files.exists(sources.appJar()) && Files.isDirectory(sources.libs()),
                "the service's jars (" + sources.appJar() + ", " + sources.libs() + "): run ./mvnw install, not only test");
        Required.component(Required.onPath("tar"), "tar");
        Path output = Path.of(System.getProperty("kck.dist.output", "target/dist-test")).toAbsolutePath();
        artefact = new DistributionBuilder(sources, Platform.current(), System.out::println).build(output);
        Path unpacked = output.resolve("unpacked");
        DistributionBuilder.deleteRecursively(unpacked);
        Files.createDirectories(unpacked);
        Tarball.extract(artefact.tarball(), unpacked);
        home = unpacked.resolve(artefact.folder().getFileName());
    }
}
