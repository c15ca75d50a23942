package pl.krakow.kck.distribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SortedSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Builds {@code kck-assistant-<version>-<platform>.tar.gz}: the files of {@code distribution/src/dist} (start
 * script, example configuration, systemd unit, Containerfile), the application's jars in {@code lib/} (without
 * other platforms' native code), the knowledge base in {@code knowledge-base/}, a jlinked Java runtime in
 * {@code runtime/}, the README and a {@code VERSION} file. The README's "Production" section describes the layout.
 */
public final class DistributionBuilder {

    private final DistributionSources sources;
    private final Platform platform;
    private final Consumer<String> log;

    public DistributionBuilder(DistributionSources sources, Platform platform, Consumer<String> log) {
        this.sources = sources;
        this.platform = platform;
        this.log = log;
    }

    public Artefact build(Path output) throws IOException {
        sources.check();
        String name = Artefact.NAME + "-" + sources.version();
        Path folder = output.resolve(name);
        Path tarball = output.resolve(name + "-" + platform.name() + ".tar.gz");
        deleteRecursively(folder);
        Files.deleteIfExists(tarball);
        Files.createDirectories(folder);

        long start = System.nanoTime();
        copyTree(sources.files(), folder);
        Files.createDirectories(folder.resolve("lib"));
        List<Path> jars = sources.jars();
        long droppedBytes = copyJars(jars, folder.resolve("lib"));
        copyTree(sources.articles(), folder.resolve("knowledge-base/articles"));
        copyTree(sources.reports(), folder.resolve("knowledge-base/reports"));
        Files.copy(sources.readme(), folder.resolve("README.md"));
        Files.copy(sources.configKeys(), folder.resolve("conf/kck.example.yaml"));
        log.accept(String.format("kck dist: %d jars in lib/ (%,d MB of other platforms' native code left out), knowledge base copied",
                jars.size(), droppedBytes / 1_000_000));

        SortedSet<String> modules = RuntimeModules.of(jars);
        log.accept("kck dist: jlink " + String.join(",", modules));
        RuntimeImage.link(modules, folder.resolve("runtime"));
        Files.writeString(folder.resolve("VERSION"), versionFile(modules));
        setPermissions(folder);
        Tarball.create(folder, tarball);
        long bytes = Files.size(tarball);
        log.accept(String.format("kck dist: %s (%.1f MB, unpacked %.1f MB) in %.1f s", tarball,
                bytes / 1e6, sizeOf(folder) / 1e6, (System.nanoTime() - start) / 1e9));
        return new Artefact(tarball, folder, modules, bytes);
    }

    private long copyJars(List<Path> jars, Path lib) throws IOException {
        PlatformJar trimmer = new PlatformJar(platform);
        long dropped = 0;
        for (Path jar : jars) {
            dropped += trimmer.copy(jar, lib.resolve(jar.getFileName())).droppedBytes();
        }
        return dropped;
    }

    private String versionFile(SortedSet<String> modules) {
        Runtime.Version java = Runtime.version();
        return Artefact.NAME + " " + sources.version() + "\n"
                + "commit " + GitCommit.of(sources.projectRoot()) + "\n"
                + "platform " + platform.name() + "\n"
                + "runtime " + System.getProperty("java.vendor.version", System.getProperty("java.vendor")) + " " + java + "\n"
                + "modules " + String.join(",", modules) + "\n"
                + "built " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
    }

    /** Folders and bin/ executable, everything else readable by all and writable by the owner only. */
    private static void setPermissions(Path folder) throws IOException {
        var executable = PosixFilePermissions.fromString("rwxr-xr-x");
        var readable = PosixFilePermissions.fromString("rw-r--r--");
        Files.walkFileTree(folder.resolve("bin"), new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.setPosixFilePermissions(file, executable);
                return FileVisitResult.CONTINUE;
            }
        });
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.toList()) {
                if (Files.isDirectory(path)) {
                    Files.setPosixFilePermissions(path, executable);
                } else if (!path.startsWith(folder.resolve("bin")) && !path.startsWith(folder.resolve("runtime"))) {
                    Files.setPosixFilePermissions(path, readable);
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static long sizeOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
