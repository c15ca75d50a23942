package pl.krakow.kck.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/kck-assistant (as in the source tree, without a runtime beside it) refuses a configuration it can check
 * before starting Java with exit status 78 and a message naming what is wrong; systemd does not restart on 78.
 */
class StartScriptTest {

    private static final Path SCRIPT = Path.of("src/dist/bin/kck-assistant").toAbsolutePath();
    private static final int EX_CONFIG = 78;

    @TempDir
    Path folder;

    @Test
    void should_refuse_a_configuration_file_that_does_not_exist() throws Exception {
        Command run = run(Map.of("KCK_CONFIG", "/nonexistent/application.yaml"));
        assertRefused(run, "KCK_CONFIG=/nonexistent/application.yaml is not a readable file");
    }

    @Test
    void should_refuse_a_configuration_file_indented_with_tabs_and_say_where() throws Exception {
        Path config = Files.writeString(folder.resolve("application.yaml"), "kck:\n\tdatabase:\n");
        assertRefused(run(Map.of("KCK_CONFIG", config.toString())), "YAML does not allow tabs for indentation (line 2)");
    }

    @Test
    void should_refuse_a_data_folder_it_cannot_create() throws Exception {
        assertRefused(run(Map.of("KCK_DATA", "/proc/kck-assistant")), "cannot create the data folder KCK_DATA=/proc/kck-assistant");
    }

    @Test
    void should_refuse_a_port_that_is_no_number() throws Exception {
        assertRefused(run(Map.of("SERVER_PORT", "80a")), "SERVER_PORT=80a is not a port number");
    }

    @Test
    void should_refuse_a_database_url_that_is_no_jdbc_url() throws Exception {
        assertRefused(run(Map.of("KCK_DATABASE_URL", "postgres://db.example/kck")), "KCK_DATABASE_URL must be jdbc:postgresql://");
    }

    @Test
    void should_say_the_runtime_is_missing_when_only_the_script_is_there() throws Exception {
        assertRefused(run(Map.of()), "the Java runtime " + SCRIPT.getParent().getParent().resolve("runtime/bin/java") + " is missing");
    }

    @Test
    void should_read_the_environment_file_as_data_and_let_the_environment_win() throws Exception {
        Path env = Files.writeString(folder.resolve("kck.env"), """
                # the health command reads SERVER_PORT too
                SERVER_PORT='1'
                KCK_DATABASE_PASSWORD="a $secret; rm -rf /"
                """);
        Command fromFile = Command.run(folder, Map.of("KCK_ENV_FILE", env.toString()), SCRIPT.toString(), "health");
        assertEquals(1, fromFile.status(), fromFile.output());
        assertTrue(fromFile.output().contains("nothing listens on 127.0.0.1:1"), fromFile.output());

        Command fromEnvironment = Command.run(folder, Map.of("KCK_ENV_FILE", env.toString(), "SERVER_PORT", "2"), SCRIPT.toString(), "health");
        assertTrue(fromEnvironment.output().contains("nothing listens on 127.0.0.1:2"), fromEnvironment.output());
    }

    @Test
    void should_refuse_an_environment_file_line_that_is_no_assignment_and_say_where() throws Exception {
        Path env = Files.writeString(folder.resolve("kck.env"), "# secrets\nKCK_DATABASE_PASSWORD=x\necho hello\n");
        assertRefused(run(Map.of("KCK_ENV_FILE", env.toString())), env + ":3: expected KEY=value");
    }

    @Test
    void should_refuse_an_unknown_command() throws Exception {
        Command run = Command.run(folder, Map.of(), SCRIPT.toString(), "strat");
        assertEquals(2, run.status(), run.output());
        assertTrue(run.output().contains("unknown command 'strat'"), run.output());
    }

    private Command run(Map<String, String> environment) throws Exception {
        Map<String, String> env = new HashMap<>(Map.of("KCK_DATA", folder.resolve("data").toString()));
        env.putAll(environment);
        return Command.run(folder, env, SCRIPT.toString(), "run");
    }

    private static void assertRefused(Command run, String message) {
        assertEquals(EX_CONFIG, run.status(), run.output());
        assertTrue(run.output().contains(message), "expected '" + message + "' in:\n" + run.output());
    }
}
