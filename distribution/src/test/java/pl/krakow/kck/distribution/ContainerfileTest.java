package pl.krakow.kck.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * No container engine runs on the build machine, so the Containerfile is checked against the artefact it is
 * built from: everything it copies is there, the commands it runs are where it copies them, it runs as a user
 * other than root, keeps the data folder the start script uses in a volume and checks /observe/health.
 */
@Tag("dist")
class ContainerfileTest {

    private static final String INSTALLED = "/opt/kck-assistant/";

    @Test
    void should_copy_only_what_the_artefact_has_and_run_the_script_it_copies() throws Exception {
        Path home = BuiltArtefact.home();
        List<String> lines = instructions(home.resolve("Containerfile"));
        List<String> copied = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("COPY ")) {
                List<String> words = List.of(line.substring(5).trim().split("\\s+"));
                assertFalse(words.getFirst().startsWith("--from"), line);
                for (String source : words.subList(0, words.size() - 1)) {
                    assertTrue(Files.exists(home.resolve(source)), "COPY " + source + ": not in the artefact");
                    copied.add(source.replaceAll("/$", ""));
                }
                assertTrue(words.getLast().startsWith(INSTALLED), line);
            }
        }
        assertEquals(List.of("runtime", "lib", "knowledge-base", "bin", "conf", "VERSION", "README.md"), copied);

        String entrypoint = value(lines, "ENTRYPOINT");
        String healthcheck = value(lines, "HEALTHCHECK");
        for (String command : List.of(entrypoint, healthcheck)) {
            Matcher path = Pattern.compile("\"" + INSTALLED + "([^\"]+)\"").matcher(command);
            assertTrue(path.find(), command);
            assertTrue(Files.isExecutable(home.resolve(path.group(1))), command + ": not an executable of the artefact");
        }
        assertTrue(healthcheck.contains("\"health\"") && healthcheck.startsWith("--interval"), healthcheck);
    }

    @Test
    void should_run_as_an_unprivileged_user_with_the_data_folder_in_a_volume() throws Exception {
        List<String> lines = instructions(BuiltArtefact.home().resolve("Containerfile"));
        String user = value(lines, "USER");
        assertFalse(user.equals("root") || user.startsWith("0"), "USER " + user);
        assertTrue(lines.stream().anyMatch(l -> l.contains("useradd") && l.contains("--uid " + user.split(":")[0])), "the user is created");
        String env = value(lines, "ENV");
        Matcher data = Pattern.compile("KCK_DATA=(\\S+)").matcher(env);
        assertTrue(data.find(), env);
        String volumes = value(lines, "VOLUME");
        assertTrue(volumes.contains("\"" + data.group(1) + "\""), "the data folder " + data.group(1) + " is a volume: " + volumes);
        assertTrue(volumes.contains("\"" + INSTALLED + "knowledge-base\""), volumes);
        Matcher port = Pattern.compile("SERVER_PORT=(\\d+)").matcher(env);
        assertTrue(port.find(), env);
        assertEquals(port.group(1), value(lines, "EXPOSE"));
        assertTrue(value(lines, "FROM").matches("docker\\.io/library/debian:\\d+-slim"), "a fully qualified base image (podman asks otherwise)");
    }

    /** The instructions, continuation lines joined, comments left out. */
    static List<String> instructions(Path containerfile) throws Exception {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(containerfile)) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            boolean continued = line.endsWith("\\");
            current.append(continued ? line.substring(0, line.length() - 1) : line).append(' ');
            if (!continued) {
                instructions.add(current.toString().trim().replaceAll("\\s+", " "));
                current.setLength(0);
            }
        }
        return instructions;
    }

    private static String value(List<String> lines, String instruction) {
        return lines.stream().filter(l -> l.startsWith(instruction + " ")).map(l -> l.substring(instruction.length() + 1).trim())
                .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no " + instruction));
    }
}
