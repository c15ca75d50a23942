package pl.krakow.kck.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * {@code ./kck dist [--output DIR]}: builds the distribution from the source tree in the working directory,
 * after {@code ./kck} has built the jars; the tarball goes to {@code target/dist/} unless told otherwise.
 */
public final class DistMain {

    private DistMain() {
    }

    public static void main(String[] args) throws IOException {
        Path output = Path.of("target", "dist");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--output") && i + 1 < args.length) {
                output = Path.of(args[++i]);
            } else {
                System.err.println("usage: ./kck dist [--output DIR]   (default target/dist)");
                System.exit(2);
            }
        }
        try {
            DistributionSources sources = DistributionSources.of(Path.of(""), projectVersion());
            Artefact artefact = new DistributionBuilder(sources, Platform.current(), System.err::println)
                    .build(output.toAbsolutePath());
            System.out.println(artefact.tarball());
        } catch (IllegalStateException e) {
            System.err.println("kck dist: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The version Maven built, from the filtered distribution.properties. */
    public static String projectVersion() {
        try (InputStream in = DistMain.class.getResourceAsStream("/distribution.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
