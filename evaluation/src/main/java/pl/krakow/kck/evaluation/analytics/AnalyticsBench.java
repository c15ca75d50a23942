package pl.krakow.kck.evaluation.analytics;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import pl.krakow.kck.bot.analytics.Analytics;
import pl.krakow.kck.bot.analytics.AnalyticsReport;
import pl.krakow.kck.bot.analytics.Period;
import pl.krakow.kck.bot.analytics.QuestionGroups;
import pl.krakow.kck.bot.retrieval.Stopwords;
import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.storage.Database;

/**
 * {@code ./kck bench analytics [--messages N] [--db h2|postgresql|both] [--rounds R] [--pg-url URL] [--pg-user U] [--trace] [--reuse] [--h2-folder DIR]}: a year of
 * generated traffic (about a million messages) in a fresh H2 file database and a fresh PostgreSQL database
 * ({@value #PG_DATABASE}, dropped and created), then the time of building the daily roll-ups from scratch, of the whole
 * analytics for the year and for one month (read from the roll-ups), and of one day counted live (today's share).
 * {@code --reuse} keeps the PostgreSQL database of an earlier run (no new data); {@code --h2-folder} keeps the H2 database
 * in that folder (a run finding data there writes none). A benchmark, not a test: it prints figures and asserts nothing. The last line is {@code BENCH-ANALYTICS {json}}.
 */
public final class AnalyticsBench {

    static final String PG_DATABASE = "kck_analytics_bench";
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final LocalDate FIRST = LocalDate.of(2025, 12, 1);
    private static final int DAYS = 365;
    private static final long SEED = 15;

    private AnalyticsBench() {
    }

    public static void run(String[] args, PrintStream out) throws Exception {
        long messages = 1_000_000;
        int rounds = 5;
        String db = "both";
        String pgUrl = "jdbc:postgresql://127.0.0.1:5432/";
        String pgUser = "postgres";
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        if (rest.remove("--trace")) {
            traceQueries(out);
        }
        boolean reuse = rest.remove("--reuse");
        Path h2Folder = null;
        while (!rest.isEmpty()) {
            String flag = rest.removeFirst();
            if (rest.isEmpty()) {
                throw new IllegalArgumentException("bench analytics: " + flag + " needs a value");
            }
            String value = rest.removeFirst();
            switch (flag) {
                case "--messages" -> messages = Long.parseLong(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--db" -> db = value;
                case "--pg-url" -> pgUrl = value.endsWith("/") ? value : value + "/";
                case "--pg-user" -> pgUser = value;
                case "--h2-folder" -> h2Folder = Path.of(value);
                default -> throw new IllegalArgumentException("bench analytics: unknown option " + flag);
            }
        }
        TextAnalyzer analyzer = new TextAnalyzer();
        QuestionGroups groups = new QuestionGroups(analyzer, Stopwords.polish(), UnaryOperator.identity());
        StringBuilder json = new StringBuilder("{\"messages_target\":" + messages + ",\"results\":[");
        if (!db.equals("postgresql")) {
            Path folder = h2Folder != null ? Files.createDirectories(h2Folder) : Files.createTempDirectory("kck-analytics-bench");
            try (Database h2 = Database.open("jdbc:h2:file:" + folder.resolve("kck"), "", "", null)) {
                json.append(run(out, "h2", h2, groups, messages, rounds, null));
            }
        }
        if (!db.equals("h2")) {
            if (!reuse) {
                recreate(pgUrl, pgUser);
            }
            try (Database pg = Database.open(pgUrl + PG_DATABASE + "?reWriteBatchedInserts=true", pgUser, "", null)) {
                json.append(db.equals("both") ? "," : "").append(run(out, "postgresql", pg, groups, messages, rounds, pgUrl + PG_DATABASE));
            }
        }
        out.println("BENCH-ANALYTICS " + json.append("]}"));
        analyzer.close();
    }

    private static String run(PrintStream out, String engine, Database database, QuestionGroups groups, long target, int rounds,
                              String analyseUrl) throws SQLException {
        long started = System.nanoTime();
        long existing = count(database, "message");
        long written = existing > 0 ? existing : new TrafficGenerator(database.dataSource(), SEED, WARSAW).generate(FIRST, DAYS, target);
        long loadMillis = (System.nanoTime() - started) / 1_000_000;
        if (analyseUrl != null) {
            try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE"); // what autovacuum does after a bulk load
            }
        } else {
            try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
        }
        out.printf(Locale.ROOT, "%s: %,d messages of a year written in %.1f s (%d conversations)%n", engine, written, loadMillis / 1000.0,
                count(database, "conversation"));
        Analytics analytics = new Analytics(database.dataSource(), groups, WARSAW, java.time.Clock.systemUTC());
        analytics.clearRollups();
        long rollStarted = System.nanoTime();
        String rolled = analytics.rollUp();
        long rollMillis = (System.nanoTime() - rollStarted) / 1_000_000;
        if (analyseUrl != null) {
            try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
                // autovacuum's run after the roll-ups' bulk insert: without it PostgreSQL cannot answer from the covering
                // indexes alone (the rows are not marked visible to all yet); a nightly day's few hundred rows change little
                s.execute("VACUUM ANALYZE analytics_day, analytics_messages, analytics_contacts, analytics_hours, analytics_articles, "
                        + "analytics_unanswered");
            }
        }
        out.printf(Locale.ROOT, "%s: daily roll-ups built from the raw tables in %.1f s (%s; once, then one day a night)%n", engine,
                rollMillis / 1000.0, rolled);
        Period year = new Period(FIRST, FIRST.plusDays(DAYS - 1), WARSAW);
        Period month = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), WARSAW);
        LocalDate lastDay = FIRST.plusDays(DAYS - 1);
        Analytics today = new Analytics(database.dataSource(), groups, WARSAW,
                java.time.Clock.fixed(lastDay.atTime(23, 0).atZone(WARSAW).toInstant(), WARSAW));
        Period lastDayPeriod = new Period(lastDay, lastDay, WARSAW);
        Cpu first = Cpu.start();
        analytics.report(year); // the first time: nothing cached yet (also the warm-up: JIT, dictionary)
        first.stop();
        long firstMillis = first.wallMillis;
        long[] yearMillis = times(analytics, year, rounds);
        // what a service that has served gets for a period nobody asked before: the JVM warm, no H2 result of these queries
        Cpu unasked = Cpu.start();
        analytics.report(new Period(year.from().plusDays(1), year.to(), WARSAW));
        unasked.stop();
        long[] monthMillis = times(analytics, month, rounds);
        long[] dayMillis = times(today, lastDayPeriod, rounds);
        AnalyticsReport report = analytics.report(year);
        out.printf(Locale.ROOT, "%s: whole analytics for a year (%s..%s), the first time (roll-ups built, no query cached): %d ms%s%n",
                engine, year.from(), year.to(), firstMillis, first);
        out.printf(Locale.ROOT, "%s: a year not asked before (%s..%s) right after, the JVM warm, no result cached: %d ms%s%n",
                engine, year.from().plusDays(1), year.to(), unasked.wallMillis, unasked);
        out.printf(Locale.ROOT, "%s: whole analytics for a year (%s..%s) repeated: median %d ms, best %d ms, worst %d ms over %d rounds"
                        + " (H2 answers a repeated query from its cache while the tables are unchanged)%n",
                engine, year.from(), year.to(), yearMillis[rounds / 2], yearMillis[0], yearMillis[rounds - 1], rounds);
        out.printf(Locale.ROOT, "%s: for one month (%s..%s): median %d ms, best %d ms, worst %d ms%n",
                engine, month.from(), month.to(), monthMillis[rounds / 2], monthMillis[0], monthMillis[rounds - 1]);
        out.printf(Locale.ROOT, "%s: one day counted live (today, not rolled up yet): median %d ms%n", engine, dayMillis[rounds / 2]);
        out.printf(Locale.ROOT, "%s: year figures: %s conversations, %s messages, containment %s, fallback rate %s, %d unanswered groups%n",
                engine, report.figure("conversations"), report.figure("messages"), report.figure("containment_rate"),
                report.figure("fallback_rate"), report.table("unanswered").rows().size());
        return String.format(Locale.ROOT, "{\"engine\":\"%s\",\"messages\":%d,\"load_ms\":%d,\"year_first_ms\":%d,\"year_first_thread_cpu_ms\":%d,"
                        + "\"year_first_process_cpu_ms\":%d,\"year_unasked_ms\":%d,\"year_unasked_thread_cpu_ms\":%d,\"load_average\":%.1f,"
                        + "\"year_median_ms\":%d,\"year_worst_ms\":%d,"
                        + "\"month_median_ms\":%d,\"live_day_median_ms\":%d,\"rollup_build_ms\":%d}", engine, written, loadMillis, firstMillis,
                first.threadMillis, first.processMillis, unasked.wallMillis, unasked.threadMillis, first.loadAverage, yearMillis[rounds / 2],
                yearMillis[rounds - 1], monthMillis[rounds / 2], dayMillis[rounds / 2], rollMillis);
    }

    /**
     * Wall time with the CPU time of the measuring thread (H2 runs its queries in it) and of the whole process (with the
     * JIT compiler's and the garbage collector's threads), and the machine's load average: on a shared machine the wall
     * time is mostly waiting for a core.
     */
    private static final class Cpu {
        private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
        private static final java.lang.management.OperatingSystemMXBean OS = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        private final long wall = System.nanoTime();
        private final long thread = THREADS.getCurrentThreadCpuTime();
        private final long process = processCpu();
        long wallMillis;
        long threadMillis;
        long processMillis;
        double loadAverage;

        static Cpu start() {
            return new Cpu();
        }

        void stop() {
            wallMillis = (System.nanoTime() - wall) / 1_000_000;
            threadMillis = (THREADS.getCurrentThreadCpuTime() - thread) / 1_000_000;
            processMillis = (processCpu() - process) / 1_000_000;
            loadAverage = OS.getSystemLoadAverage();
        }

        private static long processCpu() {
            return OS instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, " (CPU: %d ms of the thread, %d ms of the process with JIT and GC; load average %.1f)",
                    threadMillis, processMillis, loadAverage);
        }
    }

    /** Held here: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */
    private static java.util.logging.Logger trace;

    /** Prints every analytics query with its time. */
    private static void traceQueries(PrintStream out) {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("pl.krakow.kck.bot.analytics.AnalyticsSql");
        trace = log;
        log.setLevel(java.util.logging.Level.FINE);
        log.setUseParentHandlers(false);
        log.addHandler(new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                out.println("  query " + record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    private static long[] times(Analytics analytics, Period period, int rounds) {
        long[] millis = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long started = System.nanoTime();
            analytics.report(period);
            millis[i] = (System.nanoTime() - started) / 1_000_000;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static long count(Database database, String table) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void recreate(String serverUrl, String user) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl + "postgres", user, ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + PG_DATABASE);
            s.execute("CREATE DATABASE " + PG_DATABASE);
        }
    }
}
