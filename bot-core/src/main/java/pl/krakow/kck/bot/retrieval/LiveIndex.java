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
    /** Completed when the other editions of the last load serve ({@link #openPolishFirst} reads them after the Polish one). */
    private volatile CompletableFuture<Void> editionsReady = CompletableFuture.completedFuture(null);
    /** The reading of the other editions {@link #openPolishFirst} left for {@link #readOtherEditions}; null once started. */
    private Thread otherEditions;
    private final Object otherEditionsLock = new Object();
    /** Counts the loads: editions read on their own thread are not swapped in when a later load has been applied. */
    private long loads;
    private volatile boolean closed;
    private volatile Status status;

    private LiveIndex(Path folder, TextAnalyzer analyzer, IndexCache cache) {
        this.folder = folder;
        this.analyzer = analyzer;
        this.cache = cache;
        analyzers.put(Language.PL, analyzer);
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

    /**
     * The same as {@link #open(Path, TextAnalyzer, IndexCache)}, but it returns as soon as the Polish edition
     * serves: the other editions are read (or built) on a thread of their own, started by {@link #readOtherEditions}
     * (the service calls it once it serves, so that they do not take the processor from its first Polish answer)
     * or by the first search in one of them, which waits until they serve (never the Polish articles in their
     * place). The translations are read and checked before it returns, so a problem in them still fails the start.
     */
    public static LiveIndex openPolishFirst(Path folder, TextAnalyzer analyzer, IndexCache cache) throws IOException {
        LiveIndex index = new LiveIndex(folder, analyzer, cache);
        Status status = index.load(true);
        if (!status.applied()) {
            throw new IOException("knowledge base " + folder + " has problems:\n  "
                    + String.join("\n  ", status.problems().stream().map(Problem::toString).toList()));
        }
        return index;
    }

    /** Starts reading the other editions {@link #openPolishFirst} left for later (nothing when they are read or being read). */
    public void readOtherEditions() {
        Thread pending;
        synchronized (otherEditionsLock) {
            pending = otherEditions;
            otherEditions = null;
        }
        if (pending != null) {
            pending.start();
        }
    }

    /** Waits until the other editions of the last load serve (at once unless they are still being read). */
    public void awaitEditions() {
        readOtherEditions();
        editionsReady.join();
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
        return language == Language.PL ? this : () -> {
            awaitEditions();
            return editions.get().getOrDefault(language, current());
        };
    }

    /** Reads the folder again and swaps the index in when it is free of problems. */
    public synchronized Status reload() {
        return load(false);
    }

    /** Reads the folder; with {@code polishFirst} the other editions are read on a thread of their own. */
    private synchronized Status load(boolean polishFirst) {
        long start = System.nanoTime();
        long load = ++loads;
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
            if (polishFirst) {
                Edition polish = index(result.knowledgeBase(), Language.PL, hash);
                cache(Map.of(Language.PL, polish), hash);
                current.set(polish.index());
                status = applied(Map.of(Language.PL, polish), start);
                CompletableFuture<Void> ready = new CompletableFuture<>();
                Thread reading = Thread.ofPlatform().name("index-editions").daemon().unstarted(() -> {
                    try {
                        others(translated, hash, load, polish, start);
                    } finally {
                        ready.complete(null);
                    }
                });
                synchronized (otherEditionsLock) {
                    otherEditions = reading;
                    editionsReady = ready;
                }
                return status;
            }
            // the other editions are built beside the Polish one (a second core halves the start's indexing)
            Map<Language, CompletableFuture<Edition>> building = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                if (language != Language.PL) {
                    TextAnalyzer editionAnalyzer = analyzer(language);
                    building.put(language, CompletableFuture.supplyAsync(
                            () -> index(translated.editions().edition(language), language, editionAnalyzer, hash)));
                }
            }
            Map<Language, Edition> made = new EnumMap<>(Language.class);
            made.put(Language.PL, index(result.knowledgeBase(), Language.PL, hash));
            for (Map.Entry<Language, CompletableFuture<Edition>> edition : building.entrySet()) {
                made.put(edition.getKey(), edition.getValue().join());
            }
            cache(made, hash);
            // The previous snapshot lives in memory only; searches still running on it finish, then it is
            // garbage. It is not closed here, so that no search ever meets a closed reader.
            current.set(made.get(Language.PL).index());
            editions.set(others(made));
            return applied(made, start);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "knowledge base not reloaded", e);
            status = new Status(false, current() == null ? 0 : current().size(),
                    List.of(new Problem(folder.toString(), 0, String.valueOf(e.getMessage()))), Instant.now(), millis(start), 0);
            return status;
        }
    }

    /**
     * The other editions of load number {@code load} (its thread, after the Polish one serves), swapped in
     * unless a later load was applied meanwhile or the index was closed.
     */
    private synchronized void others(TranslationLoader.Result translated, String hash, long load, Edition polish, long start) {
        if (load != loads || closed) {
            return;
        }
        try {
            Map<Language, Edition> made = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                if (language != Language.PL) {
                    made.put(language, index(translated.editions().edition(language), language, hash));
                }
            }
            cache(made, hash);
            if (closed) {
                made.values().forEach(edition -> edition.index().close());
                return;
            }
            editions.set(others(made));
            made.put(Language.PL, polish);
            applied(made, start);
        } catch (IOException | RuntimeException e) {
            // the Polish edition keeps serving; a question in another language is answered from it, as for a
            // language without translations
            LOG.log(Level.SEVERE, "the other editions of the knowledge base could not be read", e);
        }
    }

    private static Map<Language, ArticleIndex> others(Map<Language, Edition> made) {
        Map<Language, ArticleIndex> others = new EnumMap<>(Language.class);
        made.forEach((language, edition) -> {
            if (language != Language.PL) {
                others.put(language, edition.index());
            }
        });
        return Map.copyOf(others);
    }

    /** Records and logs a load applied with the editions {@code made}. */
    private Status applied(Map<Language, Edition> made, long start) {
        int articles = current().size();
        int cached = cache == null ? 0 : (int) made.values().stream().filter(e -> e.built() == null).count();
        status = new Status(true, articles, List.of(), Instant.now(), millis(start), cached);
        LOG.info(() -> "knowledge base indexed: " + articles + " articles, " + made.keySet() + " in " + status.buildMillis() + " ms"
                + (cache == null ? "" : " (" + cached + " of " + made.size() + " editions read from " + cache.folder() + ")"));
        return status;
    }

    /** An edition's index, and what was built for the cache (null when it came from the cache or there is none). */
    private record Edition(ArticleIndex index, IndexImage built) {
    }

    /** The analyser of a language's edition, made when first needed (under the lock of a load). */
    private TextAnalyzer analyzer(Language language) {
        return analyzers.computeIfAbsent(language, TextAnalyzer::of);
    }

    private Edition index(KnowledgeBase edition, Language language, String hash) {
        return index(edition, language, analyzer(language), hash);
    }

    /** One edition's index: from the cache when it holds this knowledge base's, otherwise built. */
    private Edition index(KnowledgeBase edition, Language language, TextAnalyzer editionAnalyzer, String hash) {
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
        closed = true;
        ArticleIndex index = current.getAndSet(null);
        if (index != null) {
            index.close();
        }
        editions.getAndSet(Map.of()).values().forEach(ArticleIndex::close);
    }
}
