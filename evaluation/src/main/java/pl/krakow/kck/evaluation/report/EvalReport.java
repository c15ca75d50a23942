package pl.krakow.kck.evaluation.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.evaluation.baseline.Baseline;
import pl.krakow.kck.evaluation.metrics.Outcome;
import pl.krakow.kck.evaluation.metrics.Percentiles;
import pl.krakow.kck.evaluation.metrics.RankedArticle;
import pl.krakow.kck.evaluation.metrics.Scores;
import pl.krakow.kck.evaluation.questions.EvalQuestion;
import pl.krakow.kck.evaluation.run.SystemResult;
import pl.krakow.kck.evaluation.run.WorstMisses;
import pl.krakow.kck.evaluation.split.SeenSplit;

/** The human-readable evaluation report: what ran, the score tables and the worst misses. */
public final class EvalReport {

    /** What the run was made of, for the report's header. */
    public record Setup(String knowledgeBase, int articles, int topics, String questionFile, int warmupPasses,
                        double answerThreshold, double clarifyThreshold, List<String> warnings, int misses) {
    }

    private static final List<String> SCORE_HEADER = List.of("lines", "kind_acc", "topic@1", "topic@5", "mrr",
            "facts_hit", "false_ans", "p50 ms", "p95 ms", "p99 ms");

    private EvalReport() {
    }

    public static void print(PrintStream out, Setup setup, SystemResult engine, List<SystemResult> baselines) {
        List<SystemResult> systems = new ArrayList<>();
        systems.add(engine);
        systems.addAll(baselines);
        header(out, setup, engine, baselines);

        section(out, "Overall");
        TextTable overall = new TextTable(withFirst("system", SCORE_HEADER));
        for (SystemResult system : systems) {
            overall.row(withFirst(system.name(), cells(system.overall())));
        }
        out.print(overall.render());

        section(out, "First-reply kinds (rows: expected kind; columns: what the reply was)");
        out.print(kinds(systems).render());

        if (engine.overall().reportRecall().count() > 0) {
            section(out, "Problem reports (recall over report lines; precision over replies that opened a report)");
            out.print(reports(systems.getFirst()).render());
        }

        section(out, "By variant");
        out.print(grouped("variant", systems, SystemResult::byVariant).render());

        section(out, "By part (answer lines only; seen = the plain question is, or nearly is, written in an article)");
        out.print(grouped("part", systems, SystemResult::byPart).render());

        section(out, "topic@1 by expected topic (answer lines)");
        out.print(topics(systems, engine).render());

        section(out, "Coverage of the engine's first candidate (the answer policy's confidence)");
        out.print(coverage(engine).render());

        section(out, setup.misses() + " worst misses of the engine");
        out.println("(worst first: a wrong answer given; the expected topic not first; the right topic first but a fallback;");
        out.println(" a fallback line offered articles; other kind mismatches. Within each: expected topic ranked lowest,");
        out.println(" then the higher coverage of what came first)");
        out.println("misses by severity: " + severityCounts(engine));
        List<WorstMisses.Miss> misses = WorstMisses.select(engine.outcomes(), setup.misses());
        if (misses.isEmpty()) {
            out.println("none");
        }
        for (int i = 0; i < misses.size(); i++) {
            miss(out, i + 1, misses.get(i));
        }
        out.println();
    }

    private static void header(PrintStream out, Setup setup, SystemResult engine, List<SystemResult> baselines) {
        List<Outcome> outcomes = engine.outcomes();
        long answers = outcomes.stream().filter(o -> o.question().expect().isAnswer()).count();
        long facts = outcomes.stream().filter(o -> o.question().expect().hasFacts()).count();
        long negative = outcomes.stream().filter(o -> o.question().expect().mustNotAnswer()).count();
        out.println("KCK assistant evaluation");
        out.println("  knowledge base : " + setup.knowledgeBase() + " (" + setup.articles() + " articles, " + setup.topics() + " topics)");
        out.println("  questions      : " + setup.questionFile() + " (" + outcomes.size() + " lines: " + answers
                + " answer, " + negative + " fallback/handoff, " + facts + " with facts)");
        out.println("  engine         : handoff rules (configured kck.handoff) + DialogueEngine + ArticleIndex + AnswerPolicy (answer >= "
                + setup.answerThreshold() + ", clarify >= " + setup.clarifyThreshold() + "), as the service runs it");
        for (SystemResult baseline : baselines) {
            out.println("  " + pad(baseline.name(), 15) + ": " + baseline.definition());
        }
        if (baselines.stream().anyMatch(b -> Baseline.byLabel(b.name()).isPresent())) {
            out.println("                   baselines index title, questions, keywords and body as separate fields, boosted 2/2/1.5/1;");
            out.println("                   every hit has coverage 1.0, so through the same AnswerPolicy a baseline answers its top");
            out.println("                   hit whenever anything matches and falls back only when nothing does");
        }
        out.println("  each line      : the first message of a fresh conversation, reply(text, null, []); ranks from search(text)");
        out.println("  latency        : the full reply call, timed after " + setup.warmupPasses()
                + " untimed warm-up pass(es) over all questions; nearest-rank percentiles");
        out.println("  seen / unseen  : answer lines whose plain question, folded and without punctuation, equals or has token");
        out.println("                   Jaccard >= " + SeenSplit.JACCARD_THRESHOLD
                + " with an article's title or questions: (variants follow their plain line)");
        for (String warning : setup.warnings()) {
            out.println("  WARNING        : " + warning);
        }
    }

    private static TextTable kinds(List<SystemResult> systems) {
        List<String> header = new ArrayList<>(List.of("system", "expected", "lines"));
        for (ReplyKind kind : ReplyKind.values()) {
            header.add(kind.wire());
        }
        TextTable table = new TextTable(header);
        for (SystemResult system : systems) {
            Map<String, Map<ReplyKind, Integer>> counts = new LinkedHashMap<>();
            for (Outcome outcome : system.outcomes()) {
                counts.computeIfAbsent(outcome.question().expect().kind(), k -> new EnumMap<>(ReplyKind.class))
                        .merge(outcome.kind(), 1, Integer::sum);
            }
            counts.forEach((expected, byKind) -> {
                List<String> row = new ArrayList<>(List.of(system.name(), expected,
                        String.valueOf(byKind.values().stream().mapToInt(Integer::intValue).sum())));
                for (ReplyKind kind : ReplyKind.values()) {
                    row.add(String.valueOf(byKind.getOrDefault(kind, 0)));
                }
                table.row(row);
            });
        }
        return table;
    }

    private static TextTable reports(SystemResult engine) {
        TextTable table = new TextTable(List.of("variant", "report lines", "recall", "opened", "precision"));
        table.row(reportRow("all", engine.overall()));
        engine.byVariant().forEach((variant, scores) -> table.row(reportRow(variant, scores)));
        return table;
    }

    private static List<String> reportRow(String label, Scores scores) {
        return List.of(label, String.valueOf(scores.reportRecall().count()), Numbers.share(scores.reportRecall()),
                String.valueOf(scores.reportPrecision().count()), Numbers.share(scores.reportPrecision()));
    }

    private static TextTable grouped(String label, List<SystemResult> systems, Function<SystemResult, Map<String, Scores>> groups) {
        List<String> header = new ArrayList<>(List.of(label, "system"));
        header.addAll(SCORE_HEADER);
        TextTable table = new TextTable(header);
        for (String key : groups.apply(systems.getFirst()).keySet()) {
            for (SystemResult system : systems) {
                Scores scores = groups.apply(system).get(key);
                if (scores != null) {
                    List<String> row = new ArrayList<>(List.of(key, system.name()));
                    row.addAll(cells(scores));
                    table.row(row);
                }
            }
        }
        return table;
    }

    private static TextTable topics(List<SystemResult> systems, SystemResult engine) {
        List<String> header = new ArrayList<>(List.of("topic", "lines"));
        systems.forEach(s -> header.add(s.name()));
        TextTable table = new TextTable(header);
        engine.byTopic().forEach((topic, scores) -> {
            List<String> row = new ArrayList<>(List.of(topic, String.valueOf(scores.lines())));
            for (SystemResult system : systems) {
                Scores own = system.byTopic().get(topic);
                row.add(own == null ? Numbers.UNDEFINED : Numbers.share(own.topicAt1()));
            }
            table.row(row);
        });
        return table;
    }

    private static void miss(PrintStream out, int number, WorstMisses.Miss miss) {
        Outcome outcome = miss.outcome();
        EvalQuestion question = outcome.question();
        String expected = question.expect().isAnswer()
                ? "answer / " + question.expect().topic()
                : question.expect().kind();
        String first = miss.first()
                .map(EvalReport::describe)
                .orElse("nothing found");
        int rank = outcome.topicRank();
        String rankText = !question.expect().isAnswer() ? ""
                : rank == 0 ? "; expected topic not among the candidates"
                : "; expected topic at rank " + rank;
        out.printf("%2d. %s [%s] %s%n", number, question.id(), question.variant(), miss.severity());
        out.println("    \"" + question.text() + "\"");
        out.println("    expected " + expected + "; got " + outcome.kind().wire() + "; first: " + first + rankText);
    }

    private static String severityCounts(SystemResult engine) {
        Map<WorstMisses.Severity, Integer> counts = new EnumMap<>(WorstMisses.Severity.class);
        for (WorstMisses.Miss miss : WorstMisses.select(engine.outcomes(), Integer.MAX_VALUE)) {
            counts.merge(miss.severity(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        for (WorstMisses.Severity severity : WorstMisses.Severity.values()) {
            parts.add(severity + " " + counts.getOrDefault(severity, 0));
        }
        return String.join(", ", parts);
    }

    private static TextTable coverage(SystemResult engine) {
        Map<String, List<Double>> groups = new LinkedHashMap<>();
        groups.put("answer lines, right topic first", new ArrayList<>());
        groups.put("answer lines, wrong topic first", new ArrayList<>());
        groups.put("fallback/handoff lines", new ArrayList<>());
        for (Outcome outcome : engine.outcomes()) {
            if (outcome.ranked().isEmpty()) {
                continue;
            }
            double coverage = outcome.ranked().getFirst().coverage();
            if (outcome.question().expect().isAnswer()) {
                groups.get(outcome.topicRank() == 1 ? "answer lines, right topic first" : "answer lines, wrong topic first").add(coverage);
            } else if (outcome.question().expect().mustNotAnswer()) {
                groups.get("fallback/handoff lines").add(coverage);
            }
        }
        TextTable table = new TextTable(List.of("first candidate of", "lines", "min", "p10", "p25", "p50", "p75", "p90", "max"));
        groups.forEach((label, values) -> {
            List<String> row = new ArrayList<>(List.of(label, String.valueOf(values.size())));
            if (values.isEmpty()) {
                for (int i = 0; i < 7; i++) {
                    row.add(Numbers.UNDEFINED);
                }
            } else {
                Percentiles percentiles = new Percentiles(values.stream().mapToDouble(Double::doubleValue).toArray());
                row.add(Numbers.fixed(percentiles.min(), 2));
                for (double p : new double[] {10, 25, 50, 75, 90, 100}) {
                    row.add(Numbers.fixed(percentiles.at(p), 2));
                }
            }
            table.row(row);
        });
        return table;
    }

    private static String describe(RankedArticle article) {
        return article.id() + " (" + article.topic() + ", coverage " + Numbers.fixed(article.coverage(), 2) + ")";
    }

    private static List<String> cells(Scores scores) {
        return List.of(String.valueOf(scores.lines()), Numbers.share(scores.kindAccuracy()),
                Numbers.share(scores.topicAt1()), Numbers.share(scores.topicAt5()), Numbers.share(scores.mrr()),
                Numbers.share(scores.factsHit()), Numbers.share(scores.falseAnswerRate()),
                Numbers.fixed(scores.latency().p50Ms(), 2), Numbers.fixed(scores.latency().p95Ms(), 2),
                Numbers.fixed(scores.latency().p99Ms(), 2));
    }

    private static List<String> withFirst(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static void section(PrintStream out, String title) {
        out.println();
        out.println("== " + title);
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
