package pl.krakow.kck.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import pl.krakow.kck.evaluation.baseline.Baseline;

/**
 * The options of {@link EvalMain}.
 *
 * @param hybrid         also run the product with hybrid retrieval ({@code --retrieval hybrid})
 * @param embeddingModel {@code --embedding-model}: a bundled model's name, or null for the configured one
 * @param grounded       also run the product with grounded answers from the configured chat model
 * @param categories     the report category catalogue the product's report router uses
 * @param transcripts    where to write every turn's (for a dialogue file) or question's outcome, one a line; or null
 * @param langid         language identification on labelled messages instead of answer quality
 * @param misses         how many of the engine's worst misses the report lists ({@code --misses N})
 * @param costs          where to write what each timed reply cost (wall, CPU, allocations), one a line; or null
 */
record EvalOptions(Path knowledgeBase, Path questions, List<Baseline> baselines, boolean jsonOnly, boolean help,
                   boolean hybrid, String embeddingModel, boolean grounded, Path categories, Path transcripts,
                   boolean langid, int misses, Path costs) {

    static final int DEFAULT_MISSES = 15;

    static final String LEXICAL = "lexical";
    static final String HYBRID = "hybrid";

    static final Path DEFAULT_KB = Path.of("faq-corpus/articles");
    static final Path DEFAULT_CATEGORIES = Path.of("faq-corpus/reports/categories.json");
    static final Path DEFAULT_QUESTIONS = Path.of("evaluation/questions/dev.jsonl");
    static final Path DEFAULT_LANGID = Path.of("evaluation/questions/langid.jsonl");

    static final String USAGE = """
            usage: EvalMain [--kb DIR] [--questions FILE] [--categories FILE] [--baseline NAME]... [--json-only]
              --kb DIR          knowledge-base folder (default faq-corpus/articles)
              --categories FILE report category catalogue (default faq-corpus/reports/categories.json)
              --questions FILE  question file, JSONL (default evaluation/questions/dev.jsonl)
              --baseline NAME   also run a baseline: standard, stempel, or all (repeatable)
              --json-only       print only the last line, EVAL {json}
              --misses N        list the engine's N worst misses (default 15)
              --retrieval MODE  lexical (default) or hybrid: also run the product with the embedding model
                                configured by KCK_EMBEDDINGS_* (or -Dkck.embeddings.*), side by side
              --embedding-model all-minilm-l6-v2-q
                                for --retrieval hybrid: the small English ONNX model bundled for measurements
              --answers MODE    extractive (default) or grounded: also run the product with the chat model
                                configured by KCK_LLM_* (or -Dkck.llm.*) writing the answers
              --transcripts FILE
                                write every turn's outcome there (a file of dialogues), or every question's
                                reply kind and ranked articles with their coverage (a file of single messages);
                                with KCK_TRANSCRIPT_TEXT set, each followed by the reply's text
              --costs FILE      write what each timed reply cost its thread (wall ms, CPU ms, KB allocated),
                                one a line, and print their percentiles: on a shared machine, compare the CPU
                                and the allocations, not the wall time
              --langid          language identification instead: Lingua and Optimaize on labelled short
                                messages (--questions default evaluation/questions/langid.jsonl)
            """;

    static EvalOptions parse(String[] args) throws UsageException {
        Path kb = DEFAULT_KB;
        Path questions = null;
        boolean langid = false;
        Path categories = DEFAULT_CATEGORIES;
        Set<Baseline> baselines = new LinkedHashSet<>();
        boolean jsonOnly = false;
        boolean hybrid = false;
        String embeddingModel = null;
        boolean grounded = false;
        Path transcripts = null;
        int misses = DEFAULT_MISSES;
        Path costs = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--kb" -> kb = Path.of(value(args, ++i, "--kb"));
                case "--questions" -> questions = Path.of(value(args, ++i, "--questions"));
                case "--categories" -> categories = Path.of(value(args, ++i, "--categories"));
                case "--baseline" -> baselines.addAll(baselines(value(args, ++i, "--baseline")));
                case "--json-only" -> jsonOnly = true;
                case "--langid" -> langid = true;
                case "--misses" -> misses = count(value(args, ++i, "--misses"), "--misses");
                case "--retrieval" -> hybrid = choice(value(args, ++i, "--retrieval"), "--retrieval", LEXICAL, HYBRID).equals(HYBRID);
                case "--embedding-model" -> embeddingModel = choice(value(args, ++i, "--embedding-model"), "--embedding-model",
                        BUNDLED_EMBEDDING_MODEL);
                case "--answers" -> grounded = choice(value(args, ++i, "--answers"), "--answers", "extractive", "grounded")
                        .equals("grounded");
                case "--transcripts" -> transcripts = Path.of(value(args, ++i, "--transcripts"));
                case "--costs" -> costs = Path.of(value(args, ++i, "--costs"));
                case "-h", "--help" -> {
                    return new EvalOptions(kb, DEFAULT_QUESTIONS, List.of(), false, true, false, null, false, categories, null, false, misses, null);
                }
                default -> throw new UsageException("unknown option '" + args[i] + "'");
            }
        }
        if (embeddingModel != null && !hybrid) {
            throw new UsageException("--embedding-model needs --retrieval hybrid");
        }
        if (questions == null) {
            questions = langid ? DEFAULT_LANGID : DEFAULT_QUESTIONS;
        }
        return new EvalOptions(kb, questions, new ArrayList<>(baselines), jsonOnly, false, hybrid, embeddingModel, grounded,
                categories, transcripts, langid, misses, costs);
    }

    static final String BUNDLED_EMBEDDING_MODEL = "all-minilm-l6-v2-q";

    private static String choice(String value, String option, String... allowed) throws UsageException {
        if (!List.of(allowed).contains(value)) {
            throw new UsageException(option + " is '" + value + "'; known: " + String.join(", ", allowed));
        }
        return value;
    }

    private static int count(String value, String option) throws UsageException {
        try {
            int count = Integer.parseInt(value);
            if (count >= 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " is '" + value + "'; expected a number 0 or more");
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
