package pl.krakow.kck.bot.retrieval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import pl.krakow.kck.bot.knowledge.KnowledgeBaseLoader;
import pl.krakow.kck.bot.knowledge.Problem;
import pl.krakow.kck.bot.knowledge.TranslationLoader;
import pl.krakow.kck.bot.language.Language;

/**
 * The index currently serving, swapped whole when the knowledge-base folder changes. A reload that finds
 * any problem keeps the previous index serving and reports the problems (file and line).
 */
public final class LiveIndex implements Supplier<ArticleIndex>, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LiveIndex.class.getName());

    /** The outcome of the last load attempt. */
    public record Status(boolean applied, int articles, List<Problem> problems, Instant at, long buildMillis) {
    }

    private final Path folder;
    private final TextAnalyzer analyzer;
    private final KnowledgeBaseLoader loader = new KnowledgeBaseLoader();
    private final TranslationLoader translations = new TranslationLoader();
    private final Map<Language, TextAnalyzer> analyzers = new EnumMap<>(Language.class);
    private final AtomicReference<ArticleIndex> current = new AtomicReference<>();
    /** The other languages' editions, swapped with the Polish one. */
    private final AtomicReference<Map<Language, ArticleIndex>> editions = new AtomicReference<>(Map.of());
    private volatile Status status;

    private LiveIndex(Path folder, TextAnalyzer analyzer) {
        this.folder = folder;
        this.analyzer = analyzer;
        for (Language language : Language.values()) {
            analyzers.put(language, language == Language.PL ? analyzer : TextAnalyzer.of(language));
        }
    }

    /** Loads the folder; fails when the first load finds problems, since there is nothing to fall back to. */
    public static LiveIndex open(Path folder, TextAnalyzer analyzer) throws IOException {
        LiveIndex index = new LiveIndex(folder, analyzer);
        Status status = index.reload();
        if (!status.applied()) {
            throw new IOException("knowledge base " + folder + " has problems:\n  "
                    + String.join("\n  ", status.problems().stream().map(Problem::toString).toList()));
        }
        return index;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public ArticleIndex get() {
        return current.get();
    }

    public Status status() {
        return status;
    }

    /** The index of one language's edition (translations, and Polish articles where a translation is missing). */
    public Supplier<ArticleIndex> edition(Language language) {
        return language == Language.PL ? this : () -> editions.get().getOrDefault(language, current());
    }

    /** Reads the folder again and swaps the index in when it is free of problems. */
    public synchronized Status reload() {
        long start = System.nanoTime();
        try {
            KnowledgeBaseLoader.Result result = loader.load(folder);
            if (!result.ok()) {
                result.problems().forEach(p -> LOG.warning(() -> "knowledge base: " + p));
                LOG.warning("knowledge base not reloaded: the previous index keeps serving");
                status = new Status(false, current() == null ? 0 : current().size(), result.problems(), Instant.now(), millis(start));
                return status;
            }
            TranslationLoader.Result translated = translations.load(folder, result.knowledgeBase());
            if (!translated.problems().isEmpty()) {
                translated.problems().forEach(p -> LOG.warning(() -> "knowledge base: " + p));
                LOG.warning("knowledge base not reloaded: the previous index keeps serving");
                status = new Status(false, current() == null ? 0 : current().size(), translated.problems(), Instant.now(), millis(start));
                return status;
            }
            // the other editions are built beside the Polish one (a second core halves the start's indexing)
            Map<Language, CompletableFuture<ArticleIndex>> building = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                if (language != Language.PL) {
                    building.put(language, CompletableFuture.supplyAsync(
                            () -> ArticleIndex.build(translated.editions().edition(language), analyzers.get(language))));
                }
            }
            ArticleIndex fresh = ArticleIndex.build(result.knowledgeBase(), analyzer);
            Map<Language, ArticleIndex> freshEditions = new EnumMap<>(Language.class);
            for (Map.Entry<Language, CompletableFuture<ArticleIndex>> edition : building.entrySet()) {
                freshEditions.put(edition.getKey(), edition.getValue().join());
            }
            // The previous snapshot lives in memory only; searches still running on it finish, then it is
            // garbage. It is not closed here, so that no search ever meets a closed reader.
            current.set(fresh);
            editions.set(Map.copyOf(freshEditions));
            status = new Status(true, fresh.size(), List.of(), Instant.now(), millis(start));
            LOG.info(() -> "knowledge base indexed: " + fresh.size() + " articles in " + status.buildMillis() + " ms");
            return status;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "knowledge base not reloaded", e);
            status = new Status(false, current() == null ? 0 : current().size(),
                    List.of(new Problem(folder.toString(), 0, String.valueOf(e.getMessage()))), Instant.now(), millis(start));
            return status;
        }
    }

    private ArticleIndex current() {
        return current.get();
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public void close() {
        ArticleIndex index = current.getAndSet(null);
        if (index != null) {
            index.close();
        }
        editions.getAndSet(Map.of()).values().forEach(ArticleIndex::close);
    }
}
