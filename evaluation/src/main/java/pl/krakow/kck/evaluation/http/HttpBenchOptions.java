package pl.krakow.kck.evaluation.http;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Options of {@code ./kck bench http} and {@code ./kck bench start}. */
record HttpBenchOptions(String database, String pgUrl, String pgUser, List<Integer> connections, int seconds, int warmupSeconds,
                        int conversations, int sseRounds, int startRounds, Path jfr, Path questions) {

    static final String USAGE = """
            usage: ./kck bench http [--database h2|postgresql] [--connections 1,8,32] [--seconds S] [--warmup S]
                                    [--conversations N] [--sse R] [--jfr FILE] [--pg-url URL] [--pg-user USER]
                   ./kck bench start [--rounds R] [--database h2|postgresql]
              --database      the service's store: h2 (a fresh file under /tmp, durable like serve's) or postgresql
                              (database kck_http_bench, dropped and created; --pg-url jdbc:postgresql://127.0.0.1:5432/)
              --connections   wrk connection counts (default 1,8,32), each for --seconds (default 10) on the echo and the service
              --conversations conversations of 3 questions written before RSS is read (default 10000)
              --sse           questions whose reply event is timed (default 50)
              --jfr FILE      record the service with Java Flight Recorder into FILE
            """;

    static HttpBenchOptions parse(String[] args) {
        String database = "h2";
        String pgUrl = "jdbc:postgresql://127.0.0.1:5432/";
        String pgUser = "postgres";
        List<Integer> connections = List.of(1, 8, 32);
        int seconds = 10;
        int warmup = 5;
        int conversations = 10_000;
        int sse = 50;
        int rounds = 3;
        Path jfr = null;
        Path questions = Path.of("evaluation/questions/dev.jsonl");
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        while (!rest.isEmpty()) {
            String flag = rest.removeFirst();
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(flag + " needs a value\n" + USAGE);
            }
            String value = rest.removeFirst();
            switch (flag) {
                case "--database", "--db" -> database = value;
                case "--pg-url" -> pgUrl = value.endsWith("/") ? value : value + "/";
                case "--pg-user" -> pgUser = value;
                case "--connections" -> connections = Arrays.stream(value.split(",")).map(String::strip).map(Integer::parseInt).toList();
                case "--seconds" -> seconds = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--conversations" -> conversations = Integer.parseInt(value);
                case "--sse" -> sse = Integer.parseInt(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--jfr" -> jfr = Path.of(value).toAbsolutePath();
                case "--questions" -> questions = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + flag + "\n" + USAGE);
            }
        }
        if (!database.equals("h2") && !database.equals("postgresql")) {
            throw new IllegalArgumentException("--database must be h2 or postgresql, not " + database);
        }
        return new HttpBenchOptions(database, pgUrl, pgUser, connections, seconds, warmup, conversations, sse, rounds, jfr, questions);
    }
}
