package pl.krakow.kck.bot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every key the main code names exists in the catalogue: {@code Messages.text(lang, "area.name"…)} and the
 * short forms of the phrase helpers ({@code ReportPhrases.text("name")} → {@code reports.name}, {@code HandoffPhrases}),
 * in bot-core and channels.
 */
class MessageKeysTest {

    private static final Pattern FULL = Pattern.compile("Messages\\.text\\([^,]+,\\s*\"([a-z0-9.-]+)\"");
    private static final List<Shortcut> SHORTCUTS = List.of(
            new Shortcut(Pattern.compile("ReportPhrases\\.text\\(\"([a-z0-9.-]+)\""), "reports."),
            new Shortcut(Pattern.compile("HandoffPhrases\\.text\\(\"([a-z0-9.-]+)\""), "handoff."));

    private record Shortcut(Pattern pattern, String area) {
    }

    @Test
    void should_find_every_key_named_in_the_code_in_the_catalogue() throws IOException {
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../channels/src/main/java"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String code = Files.readString(file);
                    found += check(FULL.matcher(code), "", file, missing);
                    for (Shortcut shortcut : SHORTCUTS) {
                        found += check(shortcut.pattern().matcher(code), shortcut.area(), file, missing);
                    }
                }
            }
        }
        assertTrue(found > 50, "the scan found only " + found + " keys");
        assertEquals(List.of(), missing);
    }

    private static int check(Matcher matcher, String prefix, Path file, List<String> missing) {
        int count = 0;
        while (matcher.find()) {
            count++;
            String key = prefix + matcher.group(1);
            boolean partial = key.endsWith("-") || key.endsWith(".");
            boolean known = partial ? Messages.catalogue(Lang.PL).keySet().stream().anyMatch(k -> k.startsWith(key)) : Messages.has(key);
            if (!known) {
                missing.add(file.getFileName() + ": " + key);
            }
        }
        return count;
    }
}
