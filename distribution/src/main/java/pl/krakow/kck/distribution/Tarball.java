package pl.krakow.kck.distribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** A .tar.gz of one folder, by the system's tar (it keeps the executable bits; files owned by root:root). */
final class Tarball {

    private Tarball() {
    }

    static void create(Path folder, Path tarball) {
        run(List.of("tar", "--owner=0", "--group=0", "--numeric-owner", "-C", folder.getParent().toString(),
                "-czf", tarball.toString(), folder.getFileName().toString()));
    }

    static void extract(Path tarball, Path into) {
        run(List.of("tar", "-C", into.toString(), "-xzf", tarball.toString()));
    }

    private static void run(List<String> command) {
        try {
            Process tar = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (tar.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run tar (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running tar", e);
        }
    }
}
