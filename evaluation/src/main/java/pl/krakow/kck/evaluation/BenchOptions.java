package pl.krakow.kck.evaluation;

import java.nio.file.Path;

/** The options of {@link BenchMain}. */
record BenchOptions(Path knowledgeBase, Path questions, int articles, int rounds, boolean help) {

    static final int DEFAULT_ARTICLES = 5000;
    static final int DEFAULT_ROUNDS = 5;

    static final String USAGE = """
            usage: BenchMain [--kb DIR] [--questions FILE] [--articles N] [--rounds R]
              --kb DIR          knowledge-base folder (default faq-corpus/articles)
              --questions FILE  question file whose texts are the queries (default evaluation/questions/dev.jsonl)
              --articles N      articles in the synthetic knowledge base (default 5000)
              --rounds R        builds per index and timed query rounds (default 5)
            """;

    static BenchOptions parse(String[] args) throws UsageException {
        Path kb = EvalOptions.DEFAULT_KB;
        Path questions = EvalOptions.DEFAULT_QUESTIONS;
        int articles = DEFAULT_ARTICLES;
        int rounds = DEFAULT_ROUNDS;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--kb" -> kb = Path.of(EvalOptions.value(args, ++i, "--kb"));
                case "--questions" -> questions = Path.of(EvalOptions.value(args, ++i, "--questions"));
                case "--articles" -> articles = positive(EvalOptions.value(args, ++i, "--articles"), "--articles");
                case "--rounds" -> rounds = positive(EvalOptions.value(args, ++i, "--rounds"), "--rounds");
                case "-h", "--help" -> {
                    return new BenchOptions(kb, questions, articles, rounds, true);
                }
                default -> throw new UsageException("unknown option '" + args[i] + "'");
            }
        }
        return new BenchOptions(kb, questions, articles, rounds, false);
    }

    private static int positive(String value, String option) throws UsageException {
        try {
            int number = Integer.parseInt(value);
            if (number < 1) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a positive whole number, got '" + value + "'");
        }
    }
}
