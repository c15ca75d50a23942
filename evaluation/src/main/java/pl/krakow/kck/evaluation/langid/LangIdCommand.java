package pl.krakow.kck.evaluation.langid;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import pl.krakow.kck.bot.language.LanguageDetector;
import pl.krakow.kck.bot.language.LinguaDetector;
import pl.krakow.kck.evaluation.questions.QuestionFileException;

/**
 * {@code ./kck eval --langid}: Lingua (high and low accuracy) and Optimaize on the labelled short messages,
 * each alone and under the service's rules; the service's system is the first with rules.
 */
public final class LangIdCommand {

    public static final Path DEFAULT_FILE = Path.of("evaluation/questions/langid.jsonl");

    private LangIdCommand() {
    }

    public static void run(Path file, PrintStream out) throws IOException, QuestionFileException {
        List<LangIdLine> lines = LangIdLine.read(file);
        LangIdEvaluation evaluation = new LangIdEvaluation(lines);
        List<LangIdScores> systems = new ArrayList<>();
        LangIdScores service = null;
        for (Supplier<LanguageDetector> factory : List.<Supplier<LanguageDetector>>of(
                LinguaDetector::new, () -> new LinguaDetector(true), OptimaizeDetector::new)) {
            long start = System.nanoTime();
            LanguageDetector detector = factory.get();
            long build = (System.nanoTime() - start) / 1_000_000;
            LangIdScores rules = evaluation.withRules(detector, build);
            if (service == null) {
                service = rules;
            }
            systems.add(rules);
            systems.add(evaluation.alone(detector, build));
        }
        LangIdReport.print(out, file.toString(), lines.size(), systems, service);
    }
}
