package pl.krakow.kck.bot.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import pl.krakow.kck.bot.retrieval.ArticleIndex;
import pl.krakow.kck.bot.retrieval.Retriever;

/**
 * Follows the lexical index that is serving (a {@code LiveIndex} swaps it whole on every change of the
 * knowledge base) and adds the vectors of the same snapshot. Vectors for a new snapshot are computed in
 * the background; until they are ready, and whenever the embedding model fails, searches are lexical, so
 * a reload or an outage never makes a resident wait. A failed build is tried again after a while.
 */
public final class HybridIndex implements Supplier<Retriever> {

    private static final Logger LOG = Logger.getLogger(HybridIndex.class.getName());
    static final Duration RETRY_AFTER = Duration.ofMinutes(1);

    private record Built(ArticleIndex snapshot, HybridRetriever retriever) {
    }

    private final Supplier<ArticleIndex> lexical;
    private final Embedder embedder;
    private final Clock clock;
    private final AtomicBoolean building = new AtomicBoolean();
    private volatile Built built;
    private volatile Instant failedAt;
    private volatile ArticleIndex failedSnapshot;

    public HybridIndex(Supplier<ArticleIndex> lexical, Embedder embedder, Clock clock) {
        this.lexical = lexical;
        this.embedder = embedder;
        this.clock = clock;
    }

    @Override
    public Retriever get() {
        ArticleIndex current = lexical.get();
        Built ready = built;
        if (ready != null && ready.snapshot() == current) {
            return ready.retriever();
        }
        if (current != null && mayTry(current) && building.compareAndSet(false, true)) {
            Thread.ofVirtual().name("kck-embeddings").start(() -> {
                try {
                    build(current);
                } finally {
                    building.set(false);
                }
            });
        }
        return current;
    }

    /** Computes the vectors of the serving snapshot on the caller's thread; false when the model failed. */
    public boolean refresh() {
        ArticleIndex current = lexical.get();
        return current != null && build(current);
    }

    /** Whether the vectors of the serving snapshot are in use. */
    public boolean ready() {
        Built ready = built;
        return ready != null && ready.snapshot() == lexical.get();
    }

    private boolean mayTry(ArticleIndex snapshot) {
        return failedSnapshot != snapshot || failedAt == null || !clock.instant().isBefore(failedAt.plus(RETRY_AFTER));
    }

    private boolean build(ArticleIndex snapshot) {
        long start = System.nanoTime();
        try {
            var articles = snapshot.knowledgeBase().articles();
            EmbeddingIndex vectors = EmbeddingIndex.build(articles, embedder.articles(articles));
            built = new Built(snapshot, new HybridRetriever(snapshot, vectors, embedder));
            failedSnapshot = null;
            LOG.info(() -> "embeddings ready: " + vectors.size() + " articles, " + vectors.dimension() + " dimensions, in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
            // the previous vectors are left to the garbage collector, like the previous lexical snapshot:
            // a search still running on them must not meet a closed reader
            return true;
        } catch (RuntimeException e) {
            failedSnapshot = snapshot;
            failedAt = clock.instant();
            LOG.log(Level.WARNING, "embeddings not built, searching by words only; trying again in " + RETRY_AFTER + ": " + e,
                    LOG.isLoggable(Level.FINE) ? e : null);
            return false;
        }
    }
}
