package pl.krakow.kck.evaluation.http;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A JVM started by the benchmark (the service or the echo), its output in a log file, its resident memory. */
final class JavaProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    final int port;
    final long startedNanos;

    private JavaProcess(Process process, Path log, int port, long startedNanos) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.startedNanos = startedNanos;
    }

    /** Starts {@code java [flags] -cp classpath mainClass args}; {@code port} is a free port chosen here. */
    static JavaProcess start(String javaHome, List<String> flags, String classpath, String mainClass, List<String> args,
                             Path log, int port) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(javaHome, "bin", "java").toString());
        command.addAll(flags);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        long started = System.nanoTime();
        return new JavaProcess(builder.start(), log, port, started);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Resident set size in MB (Linux /proc), or -1 when it cannot be read. */
    long rssMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /**
     * CPU time the process has used so far (user and system, Linux /proc), in milliseconds, or -1: divided by the
     * requests served, a figure that a shared machine's load changes far less than requests per second.
     */
    long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14 and 15)
            return ticks * 10; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops gracefully (SIGTERM: shutdown hooks run, an AOT cache being recorded is written), then forcibly. */
    @Override
    public void close() {
        close(60);
    }

    /** The same, waiting up to {@code seconds} for the graceful stop. */
    public void close(int seconds) {
        process.destroy();
        try {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
