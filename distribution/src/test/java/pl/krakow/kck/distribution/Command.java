package pl.krakow.kck.distribution;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One command run to its end, as an operator would type it: its exit status and what it printed (standard
 * output and error together).
 */
record Command(int status, String output) {

    static Command run(Path directory, Map<String, String> environment, String... command) throws Exception {
        return run(directory, environment, List.of(command));
    }

    static Command run(Path directory, Map<String, String> environment, List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("KCK_") || name.startsWith("SERVER_") || name.equals("JAVA_OPTS"));
        env.putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not end within 120 s:\n" + output);
        }
        return new Command(process.exitValue(), output);
    }

    /** Fails unless the command succeeded. */
    Command ok(String what) {
        if (status != 0) {
            throw new AssertionError(what + " failed with " + status + ":\n" + output);
        }
        return this;
    }
}
