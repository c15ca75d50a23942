package pl.krakow.kck.distribution;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** A component a test needs (PostgreSQL, pg_dump, systemd-analyze): missing, it skips the test, or fails it under CI=true. */
final class Required {

    private Required() {
    }

    static void component(boolean present, String what) {
        if (present) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("CI requires " + what);
        }
        Assumptions.abort("skipped: " + what);
    }

    static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
