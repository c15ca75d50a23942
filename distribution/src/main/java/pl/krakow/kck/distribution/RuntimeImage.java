package pl.krakow.kck.distribution;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.spi.ToolProvider;

/**
 * Links the Java runtime of the artefact with jlink: only the modules the application needs, without debug
 * information, man pages and headers, and with locale data for the assistant's languages only.
 */
final class RuntimeImage {

    /** The languages the assistant speaks and the fallback, for jdk.localedata. */
    static final String LOCALES = "en,pl,uk";

    private RuntimeImage() {
    }

    static void link(SortedSet<String> modules, Path output) {
        ToolProvider jlink = ToolProvider.findFirst("jlink")
                .orElseThrow(() -> new IllegalStateException("jlink is missing: build the distribution with a JDK, not a JRE"));
        List<String> args = List.of("--add-modules", String.join(",", modules), "--output", output.toString(),
                "--strip-debug", "--no-man-pages", "--no-header-files", "--compress=zip-6",
                "--include-locales=" + LOCALES);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = jlink.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("jlink failed (" + status + "): " + err + out
                    + " (a JDK 24+ without jmods/ links from its own run-time image; a JDK 21 needs its jmods/)");
        }
    }
}
