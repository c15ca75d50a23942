package pl.krakow.kck.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

import pl.krakow.kck.bot.knowledge.KnowledgeBase;
import pl.krakow.kck.evaluation.analytics.AnalyticsBench;
import pl.krakow.kck.evaluation.bench.BenchJson;
import pl.krakow.kck.evaluation.bench.BenchReport;
import pl.krakow.kck.channels.config.KckSettings;
import pl.krakow.kck.evaluation.bench.Benchmark;
import pl.krakow.kck.evaluation.bench.SyntheticCorpus;
import pl.krakow.kck.evaluation.http.HttpBench;
import pl.krakow.kck.evaluation.questions.EvalQuestion;
import pl.krakow.kck.evaluation.questions.QuestionFileException;
import pl.krakow.kck.evaluation.questions.QuestionReader;
import pl.krakow.kck.evaluation.run.InvalidKnowledgeBaseException;
import pl.krakow.kck.evaluation.run.KnowledgeBaseFolder;

/**
 * {@code ./kck bench}: index build time, heap and query latency for the bundled knowledge base and a
 * synthetic larger one. A benchmark, not a test: it prints figures and asserts nothing. The last line is
 * {@code BENCH {json}}.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("analytics")) {
            AnalyticsBench.run(java.util.Arrays.copyOfRange(args, 1, args.length), Console.out());
            return;
        }
        if (args.length > 0 && (args[0].equals("http") || args[0].equals("start"))) {
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            try {
                if (args[0].equals("http")) {
                    HttpBench.http(rest, Console.out());
                } else {
                    HttpBench.start(rest, Console.out());
                }
            } catch (IllegalArgumentException e) {
                Console.err().println("bench " + args[0] + ": " + e.getMessage());
                System.exit(2);
            }
            return;
        }
        PrintStream out = Console.out();
        PrintStream err = Console.err();
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (UsageException e) {
            err.println("bench: " + e.getMessage());
            err.print(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            out.print(BenchOptions.USAGE);
            return;
        }
        try {
            KnowledgeBase bundled = KnowledgeBaseFolder.load(options.knowledgeBase());
            List<String> texts = new QuestionReader().read(options.questions()).stream().map(EvalQuestion::text).toList();
            long seed = SyntheticCorpus.DEFAULT_SEED;
            KnowledgeBase synthetic = new SyntheticCorpus(bundled).generate(options.articles(), seed);
            Benchmark.Result result = new Benchmark(options.rounds(), KckSettings.loadOrExit("kck bench").core().applyTexts().policy()).run(bundled, synthetic, texts);
            BenchReport.print(out, result, options.knowledgeBase().toString(), options.questions().toString(), seed);
            out.println("BENCH " + BenchJson.of(result, seed));
        } catch (InvalidKnowledgeBaseException | QuestionFileException e) {
            err.println("bench: " + e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            err.println("bench: cannot read: " + e.getMessage());
            System.exit(1);
        }
    }
}
