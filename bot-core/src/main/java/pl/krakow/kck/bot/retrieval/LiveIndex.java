package pl.krakow.kck.bot.retrieval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import pl.krakow.kck.bot.knowledge.KnowledgeBase;
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

    /**
     * The outcome of the last load attempt.
     *
     * @param cachedEditions how many language editions were read from the {@link IndexCache} rather than built
     */
    public record Status(boolean applied, int articles, List<Problem> problems, Instant at, long buildMillis, int cachedEditions) {
    }

    private final Path folder;
    private final TextAnalyzer analyzer;
    /** Null: every load builds the index. */
    private final IndexCache cache;
    private final KnowledgeBaseLoader loader = new KnowledgeBaseLoader();
    private final TranslationLoader translations = new TranslationLoader();
    private final Map<Language, TextAnalyzer> analyzers = new EnumMap<>(Language.class);
    private final AtomicReference<ArticleIndex> current = new AtomicReference<>();
    /** The other languages' editions, swapped with the Polish one. */
    private final AtomicReference<Map<Language, ArticleIndex>> editions = new AtomicReference<>(Map.of());
    private volatile Status status;

    private LiveIndex(Path folder, TextAnalyzer analyzer, IndexCache cache) {
        this.folder = folder;
        this.analyzer = analyzer;
        this.cache = cache;
        for (Language language : Language.values()) {
            analyzers.put(language, language == Language.PL ? analyzer : TextAnalyzer.of(language));
        }
    }

    /** Loads the folder; fails when the first load finds problems, since there is nothing to fall back to. */
    public static LiveIndex open(Path folder, TextAnalyzer analyzer) throws IOException {
        return open(folder, analyzer, null);
    }

    /**
     * The same, reading each edition's index from {@code cache} when the knowledge base and the code are
     * unchanged since it was written, and writing it there when it had to be built.
     */
    public static LiveIndex open(Path folder, TextAnalyzer analyzer, IndexCache cache) throws IOException {
        LiveIndex index = new LiveIndex(folder, analyzer, cache);
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
            // hashed before reading: files changed meanwhile are hashed again before anything is cached under it
            String hash = cache == null ? null : IndexKey.knowledgeBase(folder);
            KnowledgeBaseLoader.Result result = loader.load(folder);
            if (!result.ok()) {
                result.problems().forEach(p -> LOG.warning(() -> "knowledge base: " + p));
                LOG.warning("knowledge base not reloaded: the previous index keeps serving");
                status = new Status(false, current() == null ? 0 : current().size(), result.problems(), Instant.now(), millis(start), 0);
                return status;
            }
            TranslationLoader.Result translated = translations.load(folder, result.knowledgeBase());
            if (!translated.problems().isEmpty()) {
                translated.problems().forEach(p -> LOG.warning(() -> "knowledge base: " + p));
                LOG.warning("knowledge base not reloaded: the previous index keeps serving");
                status = new Status(false, current() == null ? 0 : current().size(), translated.problems(), Instant.now(), millis(start), 0);
                return status;
            }
            // the other editions are built beside the Polish one (a second core halves the start's indexing)
            Map<Language, CompletableFuture<Edition>> building = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                if (language != Language.PL) {
                    building.put(language, CompletableFuture.supplyAsync(
                            () -> index(translated.editions().edition(language), language, hash)));
                }
            }
            Map<Language, Edition> made = new EnumMap<>(Language.class);
            made.put(Language.PL, index(result.knowledgeBase(), Language.PL, hash));
            for (Map.Entry<Language, CompletableFuture<Edition>> edition : building.entrySet()) {
                made.put(edition.getKey(), edition.getValue().join());
            }
            cache(made, hash);
            ArticleIndex fresh = made.get(Language.PL).index();
            Map<Language, ArticleIndex> freshEditions = new EnumMap<>(Language.class);
            building.keySet().forEach(language -> freshEditions.put(language, made.get(language).index()));
            // The previous snapshot lives in memory only; searches still running on it finish, then it is
            // garbage. It is not closed here, so that no search ever meets a closed reader.
            current.set(fresh);
            editions.set(Map.copyOf(freshEditions));
            int cached = cache == null ? 0 : (int) made.values().stream().filter(e -> e.built() == null).count();
            status = new Status(true, fresh.size(), List.of(), Instant.now(), millis(start), cached);
            LOG.info(() -> "knowledge base indexed: " + fresh.size() + " articles in " + status.buildMillis() + " ms"
                    + (cache == null ? "" : " (" + cached + " of " + made.size() + " editions read from " + cache.folder() + ")"));
            return status;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "knowledge base not reloaded", e);
            status = new Status(false, current() == null ? 0 : current().size(),
                    List.of(new Problem(folder.toString(), 0, String.valueOf(e.getMessage()))), Instant.now(), millis(start), 0);
            return status;
        }
    }

    /** An edition's index, and what was built for the cache (null when it came from the cache or there is none). */
    private record Edition(ArticleIndex index, IndexImage built) {
    }

    /** One edition's index: from the cache when it holds this knowledge base's, otherwise built. */
    private Edition index(KnowledgeBase edition, Language language, String hash) {
        TextAnalyzer editionAnalyzer = analyzers.get(language);
        if (cache == null) {
            return new Edition(ArticleIndex.build(edition, editionAnalyzer), null);
        }
        Optional<IndexImage> image = cache.read(IndexKey.of(hash, language), language);
        if (image.isPresent()) {
            try {
                return new Edition(ArticleIndex.restore(edition, editionAnalyzer, image.get()), null);
            } catch (IOException e) {
                LOG.warning(() -> "cached index of " + language + " not used (" + e.getMessage() + "): building it");
            }
        }
        List<IndexImage> built = new ArrayList<>(1);
        return new Edition(ArticleIndex.build(edition, editionAnalyzer, built::add), built.getFirst());
    }

    /** Caches what was built, unless the folder changed while it was read (its index would be filed under the old hash). */
    private void cache(Map<Language, Edition> editions, String hash) throws IOException {
        if (cache == null || editions.values().stream().allMatch(e -> e.built() == null)) {
            return;
        }
        if (!hash.equals(IndexKey.knowledgeBase(folder))) {
            LOG.info("knowledge base changed while it was indexed: not cached");
            return;
        }
        editions.forEach((language, edition) -> {
            if (edition.built() != null) {
                cache.write(IndexKey.of(hash, language), language, edition.built());
            }
        });
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
