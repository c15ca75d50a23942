package pl.krakow.kck.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import pl.krakow.kck.evaluation.baseline.Baseline;

/** The options of {@link EvalMain}. */
record EvalOptions(Path knowledgeBase, Path questions, List<Baseline> baselines, boolean jsonOnly, boolean help, Path categories) {

    static final Path DEFAULT_KB = Path.of("faq-corpus/articles");
    static final Path DEFAULT_CATEGORIES = Path.of("faq-corpus/reports/categories.json");
    static final Path DEFAULT_QUESTIONS = Path.of("evaluation/questions/dev.jsonl");

    static final String USAGE = """
            usage: EvalMain [--kb DIR] [--questions FILE] [--categories FILE] [--baseline NAME]... [--json-only]
              --kb DIR          knowledge-base folder (default faq-corpus/articles)
              --categories FILE report category catalogue (default faq-corpus/reports/categories.json)
              --questions FILE  question file, JSONL (default evaluation/questions/dev.jsonl)
              --baseline NAME   also run a baseline: standard, stempel, or all (repeatable)
              --json-only       print only the last line, EVAL {json}
            """;

    static EvalOptions parse(String[] args) throws UsageException {
        Path kb = DEFAULT_KB;
        Path questions = DEFAULT_QUESTIONS;
        Path categories = DEFAULT_CATEGORIES;
        Set<Baseline> baselines = new LinkedHashSet<>();
        boolean jsonOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--kb" -> kb = Path.of(value(args, ++i, "--kb"));
                case "--questions" -> questions = Path.of(value(args, ++i, "--questions"));
                case "--categories" -> categories = Path.of(value(args, ++i, "--categories"));
                case "--baseline" -> baselines.addAll(baselines(value(args, ++i, "--baseline")));
                case "--json-only" -> jsonOnly = true;
                case "-h", "--help" -> {
                    return new EvalOptions(kb, questions, List.of(), false, true, categories);
                }
                default -> throw new UsageException("unknown option '" + args[i] + "'");
            }
        }
        return new EvalOptions(kb, questions, new ArrayList<>(baselines), jsonOnly, false, categories);
    }

    private static List<Baseline> baselines(String name) throws UsageException {
        if (name.equals("all")) {
            return List.of(Baseline.values());
        }
        return List.of(Baseline.byLabel(name).orElseThrow(() -> new UsageException(
                "unknown baseline '" + name + "'; known: " + String.join(", ", Baseline.labels()) + ", all")));
    }

    static String value(String[] args, int index, String option) throws UsageException {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[index];
    }
}
