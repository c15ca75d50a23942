package pl.krakow.kck.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import pl.krakow.kck.bot.AssistantCore;
import pl.krakow.kck.bot.knowledge.KnowledgeBase;
import pl.krakow.kck.bot.language.LinguaDetector;
import pl.krakow.kck.bot.llm.ChatSettings;
import pl.krakow.kck.bot.llm.EmbeddingSettings;
import pl.krakow.kck.bot.llm.LanguageModels;
import pl.krakow.kck.bot.llm.ModelSettings;
import pl.krakow.kck.bot.reports.CatalogueException;
import pl.krakow.kck.bot.reports.CategoryCatalogue;
import pl.krakow.kck.channels.config.KckSettings;
import pl.krakow.kck.evaluation.baseline.Baseline;
import pl.krakow.kck.evaluation.dialogues.Dialogue;
import pl.krakow.kck.evaluation.dialogues.DialogueReader;
import pl.krakow.kck.evaluation.dialogues.DialogueReport;
import pl.krakow.kck.evaluation.dialogues.DialogueRunner;
import pl.krakow.kck.evaluation.dialogues.ServedAssistant;
import pl.krakow.kck.evaluation.dialogues.TurnOutcome;
import pl.krakow.kck.evaluation.langid.LangIdCommand;
import pl.krakow.kck.evaluation.questions.EvalQuestion;
import pl.krakow.kck.evaluation.questions.QuestionFileException;
import pl.krakow.kck.evaluation.questions.QuestionReader;
import pl.krakow.kck.evaluation.report.EvalJson;
import pl.krakow.kck.evaluation.report.EvalReport;
import pl.krakow.kck.evaluation.report.QuestionTranscript;
import pl.krakow.kck.evaluation.run.EvalRunner;
import pl.krakow.kck.evaluation.run.TurnCosts;
import pl.krakow.kck.evaluation.run.Evaluation;
import pl.krakow.kck.evaluation.run.InvalidKnowledgeBaseException;
import pl.krakow.kck.evaluation.run.KnowledgeBaseFolder;
import pl.krakow.kck.evaluation.run.ModelVariants;
import pl.krakow.kck.evaluation.run.SystemResult;

/**
 * {@code ./kck eval}: scores the assistant's first replies to a question file and prints a report; the
 * last line is {@code EVAL {json}}. Exit status: 0 done, 1 the knowledge base or question file is
 * unusable, 2 bad arguments.
 */
public final class EvalMain {

    private EvalMain() {
    }

    public static void main(String[] args) {
        PrintStream out = Console.out();
        PrintStream err = Console.err();
        EvalOptions options;
        try {
            options = EvalOptions.parse(args);
        } catch (UsageException e) {
            err.println("eval: " + e.getMessage());
            err.print(EvalOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            out.print(EvalOptions.USAGE);
            return;
        }
        try {
            run(options, out, err);
        } catch (UsageException e) {
            err.println("eval: " + e.getMessage());
            System.exit(2);
        } catch (InvalidKnowledgeBaseException | QuestionFileException e) {
            err.println("eval: " + e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            err.println("eval: cannot read: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void run(EvalOptions options, PrintStream out, PrintStream err)
            throws IOException, InvalidKnowledgeBaseException, QuestionFileException, UsageException {
        KckSettings settings = configuration();
        LinguaDetector.cacheFolder(settings.service().cacheDir());
        if (options.langid()) {
            LangIdCommand.run(options.questions(), out);
            return;
        }
        ModelSettings configured = settings.service().models();
        EmbeddingSettings embeddings = null;
        if (options.hybrid()) {
            embeddings = options.embeddingModel() != null ? ModelVariants.bundled(options.embeddingModel()) : configured.embeddings();
            if (!embeddings.enabled()) {
                throw new UsageException("--retrieval hybrid needs an embedding model: set KCK_EMBEDDINGS_PROVIDER and its keys "
                        + "(README, \"Language models\"), or pass --embedding-model " + ModelVariants.MINILM);
            }
        }
        if (options.grounded() && !configured.chat().enabled()) {
            throw new UsageException("--answers grounded needs a chat model: set KCK_LLM_PROVIDER, KCK_LLM_BASE_dash_URL and KCK_LLM_MODEL");
        }
        AssistantCore core = settings.core().applyTexts();
        KnowledgeBase knowledgeBase = KnowledgeBaseFolder.load(options.knowledgeBase());
        if (DialogueReader.hasDialogues(options.questions())) {
            dialogues(options, knowledgeBase, out, core);
            return;
        }
        List<EvalQuestion> questions = new QuestionReader().read(options.questions());
        List<String> warnings = warnings(knowledgeBase, questions);
        warnings.forEach(w -> err.println("eval: warning: " + w));

        TurnCosts costs = options.costs() == null ? TurnCosts.NONE : TurnCosts.measured();
        EvalRunner runner = new EvalRunner(EvalRunner.DEFAULT_WARMUP_PASSES, costs);
        CategoryCatalogue catalogue;
        try {
            catalogue = CategoryCatalogue.load(options.categories());
        } catch (CatalogueException e) {
            throw new InvalidKnowledgeBaseException(options.categories(), e.problems());
        }
        Evaluation evaluation = new Evaluation(knowledgeBase, questions, runner, catalogue, options.knowledgeBase(), core);
        SystemResult engine = evaluation.engine();
        writeCosts(options, costs, out);
        if (options.transcripts() != null) {
            Files.write(options.transcripts(), QuestionTranscript.of(engine.outcomes(), System.getenv("KCK_TRANSCRIPT_TEXT") != null),
                    StandardCharsets.UTF_8);
        }
        List<SystemResult> baselines = new ArrayList<>();
        if (embeddings != null) {
            String model = options.embeddingModel() != null ? options.embeddingModel() : embeddings.toString();
            baselines.add(evaluation.hybrid(LanguageModels.embedder(embeddings), model));
        }
        if (options.grounded()) {
            ChatSettings chat = configured.chat();
            LanguageModels models = LanguageModels.start(new ModelSettings(chat, EmbeddingSettings.off()), () -> null);
            baselines.add(evaluation.grounded(models.answers(), chat.model()));
        }
        for (Baseline baseline : options.baselines()) {
            baselines.add(evaluation.baseline(baseline));
        }

        if (!options.jsonOnly()) {
            EvalReport.Setup setup = new EvalReport.Setup(options.knowledgeBase().toString(),
                    knowledgeBase.articles().size(), knowledgeBase.topics().slugs().size(),
                    options.questions().toString(), runner.warmupPasses(),
                    core.answerThreshold(), core.clarifyThreshold(), warnings, options.misses());
            EvalReport.print(out, setup, engine, baselines);
        }
        out.println("EVAL " + EvalJson.of(engine, baselines));
    }

    /**
     * A file of dialogues: every dialogue through the service's {@code AssistantService} (storage, handoff
     * gate, report flow, engine), scored per turn. The clock stands still on a working day within the
     * infoline's hours, so that handoff replies do not depend on when the evaluation runs.
     */
    private static void dialogues(EvalOptions options, KnowledgeBase knowledgeBase, PrintStream out, AssistantCore core)
            throws IOException, QuestionFileException, InvalidKnowledgeBaseException {
        if (options.hybrid() || options.grounded() || !options.baselines().isEmpty()) {
            throw new QuestionFileException(options.questions() + ": dialogues run the product alone (no baselines or model variants yet)");
        }
        List<Dialogue> dialogues = new DialogueReader().read(options.questions());
        CategoryCatalogue catalogue;
        try {
            catalogue = CategoryCatalogue.load(options.categories());
        } catch (CatalogueException e) {
            throw new InvalidKnowledgeBaseException(options.categories(), e.problems());
        }
        Clock clock = Clock.fixed(ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneId.of("Europe/Warsaw")).toInstant(), ZoneOffset.UTC);
        List<TurnOutcome> outcomes;
        try (ServedAssistant assistant = new ServedAssistant(options.knowledgeBase(), catalogue, clock, core)) {
            TurnCosts costs = options.costs() == null ? TurnCosts.NONE : TurnCosts.measured();
            outcomes = new DialogueRunner(assistant.service(), knowledgeBase::article, 1, costs).run(dialogues);
            writeCosts(options, costs, out);
        }
        if (options.transcripts() != null) {
            Files.write(options.transcripts(), DialogueReport.transcript(outcomes), StandardCharsets.UTF_8);
        }
        if (!options.jsonOnly()) {
            DialogueReport.print(out, options.questions().toString(), outcomes);
        }
        out.println("EVAL " + DialogueReport.json(options.questions().toString(), outcomes));
    }

    /** With {@code --costs FILE}: what each timed reply cost, to the file, and its percentiles to {@code out}. */
    private static void writeCosts(EvalOptions options, TurnCosts costs, PrintStream out) throws IOException {
        if (options.costs() != null) {
            Files.write(options.costs(), costs.lines(), StandardCharsets.UTF_8);
            out.println(costs.summary());
        }
    }

    /**
     * The service's configuration, read as {@code ./kck serve} reads it (application.yaml, environment, {@code -D}):
     * eval measures what serve runs. The texts name the configured infoline.
     */
    static AssistantCore configuredCore() throws UsageException {
        return configuration().core().applyTexts();
    }

    private static KckSettings configuration() throws UsageException {
        try {
            return KckSettings.load();
        } catch (IllegalArgumentException e) {
            throw new UsageException("bad configuration: " + e.getMessage());
        }
    }

    /** Lines that can never score: an expected topic or article the knowledge base does not have. */
    private static List<String> warnings(KnowledgeBase knowledgeBase, List<EvalQuestion> questions) {
        List<String> warnings = new ArrayList<>();
        for (EvalQuestion question : questions) {
            String topic = question.expect().topic();
            if (topic != null && !knowledgeBase.topics().contains(topic)) {
                warnings.add("line " + question.line() + " (" + question.id() + "): unknown topic '" + topic + "'");
            }
            String article = question.expect().article();
            if (article != null && knowledgeBase.article(article).isEmpty()) {
                warnings.add("line " + question.line() + " (" + question.id() + "): unknown article '" + article + "'");
            }
        }
        return warnings;
    }
}
