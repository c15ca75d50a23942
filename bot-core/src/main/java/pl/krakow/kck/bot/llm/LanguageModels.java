package pl.krakow.kck.bot.llm;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;

import pl.krakow.kck.bot.dialogue.AnswerWriter;
import pl.krakow.kck.bot.dialogue.FollowUpCondenser;
import pl.krakow.kck.bot.retrieval.ArticleIndex;
import pl.krakow.kck.bot.retrieval.Retriever;

/**
 * The optional models, wired from the settings. With both off (the default) it hands back exactly what
 * the model-free engine uses: {@link AnswerWriter#EXTRACTIVE} and the lexical index itself, so nothing
 * changes. With a chat model: {@link GroundedAnswerer} and a {@link ReportExtractor}, sharing one
 * {@link ModelGuard}. With an embedding model: a {@link HybridIndex} over the lexical one, its vectors
 * computed before this returns (when the model answers; otherwise in the background later).
 */
public final class LanguageModels {

    private static final Logger LOG = Logger.getLogger(LanguageModels.class.getName());

    private final AnswerWriter answers;
    private final Supplier<? extends Retriever> retriever;
    private final ReportExtractor reports;
    private final FollowUpCondenser condenser;

    private LanguageModels(AnswerWriter answers, Supplier<? extends Retriever> retriever, ReportExtractor reports,
                           FollowUpCondenser condenser) {
        this.answers = answers;
        this.retriever = retriever;
        this.reports = reports;
        this.condenser = condenser;
    }

    public static LanguageModels start(ModelSettings settings, Supplier<ArticleIndex> index) {
        AnswerWriter answers = AnswerWriter.EXTRACTIVE;
        ReportExtractor reports = null;
        FollowUpCondenser condenser = FollowUpCondenser.NONE;
        if (settings.chat().enabled()) {
            ChatSettings chat = settings.chat();
            ChatModel model = ModelFactory.chat(chat);
            ModelGuard guard = ModelGuard.of("chat model", chat.timeout(), chat.failures(), chat.openFor());
            answers = new GroundedAnswerer(model, guard);
            reports = new ReportExtractor(model, guard);
            condenser = new ModelCondenser(model, guard);
            LOG.info(() -> "chat model on: " + chat);
        }
        Supplier<? extends Retriever> retriever = index;
        if (settings.embeddings().enabled()) {
            HybridIndex hybrid = new HybridIndex(index, embedder(settings.embeddings()), Clock.systemUTC());
            hybrid.refresh();
            retriever = hybrid;
            LOG.info(() -> "embedding model on: " + settings.embeddings() + (hybrid.ready() ? "" : " (vectors not built yet)"));
        }
        return new LanguageModels(answers, retriever, reports, condenser);
    }

    public static Embedder embedder(EmbeddingSettings settings) {
        EmbeddingModel questions = ModelFactory.embeddings(settings, settings.timeout());
        EmbeddingModel articles = settings.provider() == ModelProvider.ONNX
                ? questions
                : ModelFactory.embeddings(settings, settings.indexTimeout());
        EmbeddingCache cache = settings.cache() == null ? EmbeddingCache.inMemory() : EmbeddingCache.in(settings.cache());
        ModelGuard guard = ModelGuard.of("embedding model", settings.timeout(), ChatSettings.DEFAULT_FAILURES,
                ChatSettings.DEFAULT_OPEN_FOR);
        return new Embedder(questions, articles, settings.identity(), settings.queryPrefix(), settings.passagePrefix(), cache, guard);
    }

    /** How follow-ups are made standalone questions: {@link FollowUpCondenser#NONE} without a chat model. */
    public FollowUpCondenser condenser() {
        return condenser;
    }

    /** How answers are written: {@link AnswerWriter#EXTRACTIVE} without a chat model. */
    public AnswerWriter answers() {
        return answers;
    }

    /** What the engine searches: the lexical index itself without an embedding model. */
    public Supplier<? extends Retriever> retriever() {
        return retriever;
    }

    /** The report reader; empty without a chat model. */
    public Optional<ReportExtractor> reports() {
        return Optional.ofNullable(reports);
    }
}
