package pl.krakow.kck.bot.storage;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Commits made durable together: a session's commit is first done in memory, then {@link #flush()} waits until a
 * write of the store to disk that began after it has finished. The first caller to find no write running becomes
 * the leader and writes everything committed so far (its own commit and every commit of the sessions that came
 * meanwhile); the others wait for it, or for the next write when the running one may have begun before their
 * commit. So N concurrent commits cost one write of the store instead of N, and no commit returns before it is
 * on disk.
 *
 * <p>Within {@link #together(Supplier)} the commits of the calling thread are not written one by one: the work's
 * commits are written once, when it ends (returned or thrown), before the caller goes on. One message's
 * question, reply and dialogue state are so written with one write instead of three or four.
 */
public final class GroupCommit {

    /** Writes what was committed in memory to disk (H2: {@code MVStore.commit()}). */
    @FunctionalInterface
    public interface Write {
        void run();
    }

    /** No store to write (PostgreSQL, which commits durably by itself; H2 in memory). */
    public static final GroupCommit NONE = new GroupCommit(null);

    private static final ThreadLocal<boolean[]> DEFERRED = new ThreadLocal<>();

    private final Write write;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition written = lock.newCondition();
    private long started;
    private long finished;
    private boolean running;

    public GroupCommit(Write write) {
        this.write = write;
    }

    /** True when commits need {@link #flush()} to be durable. */
    public boolean active() {
        return write != null;
    }

    /**
     * After a commit: makes it durable before returning, or, inside {@link #together(Supplier)}, notes that the
     * work has something to write when it ends.
     */
    public void committed() {
        if (write == null) {
            return;
        }
        boolean[] pending = DEFERRED.get();
        if (pending != null) {
            pending[0] = true;
            return;
        }
        flush();
    }

    /**
     * True while commits this thread made inside {@link #together(Supplier)} wait for its end to be written: what
     * they stored is not yet on disk and must not be told to anyone outside the turn.
     */
    public static boolean awaitingWrite() {
        boolean[] pending = DEFERRED.get();
        return pending != null && pending[0];
    }

    /** Runs the work with its commits written to disk once, when it ends (also when it throws). */
    public <T> T together(Supplier<T> work) {
        if (write == null || DEFERRED.get() != null) {
            return work.get();
        }
        boolean[] pending = {false};
        DEFERRED.set(pending);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            DEFERRED.remove();
            if (pending[0]) {
                try {
                    flush();
                } catch (RuntimeException failed) {
                    e.addSuppressed(failed);
                }
            }
            throw e;
        }
        DEFERRED.remove();
        if (pending[0]) {
            flush();
        }
        return result;
    }

    /**
     * Runs the work with each of its commits durable when it returns, also inside {@link #together(Supplier)}: for a
     * commit that must be on disk at its own point, whatever the turn around it does next (a filed report: its
     * number exists from the commit on, and a crash after it must not lose it).
     */
    public static <T> T immediately(Supplier<T> work) {
        boolean[] pending = DEFERRED.get();
        if (pending == null) {
            return work.get();
        }
        DEFERRED.remove();
        try {
            return work.get();
        } finally {
            DEFERRED.set(pending);
        }
    }

    /** Returns once a write of the store that began after this call has finished. */
    public void flush() {
        if (write == null) {
            return;
        }
        lock.lock();
        try {
            // a write running now may have taken its snapshot before the caller's commit: wait for the next one
            long needed = started + 1;
            while (finished < needed) {
                if (running) {
                    written.awaitUninterruptibly();
                    continue;
                }
                running = true;
                long mine = ++started;
                boolean done = false;
                lock.unlock();
                try {
                    write.run();
                    done = true;
                } finally {
                    lock.lock();
                    running = false;
                    if (done) {
                        finished = mine;
                    }
                    written.signalAll();
                }
            }
        } finally {
            lock.unlock();
        }
    }
}
