package pl.krakow.kck.bot.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private final AtomicInteger writes = new AtomicInteger();

    @Test
    void should_write_after_each_commit_made_alone() {
        GroupCommit group = new GroupCommit(writes::incrementAndGet);
        group.committed();
        group.committed();
        assertEquals(2, writes.get());
    }

    @Test
    void should_write_the_commits_made_together_once_when_the_work_ends() {
        GroupCommit group = new GroupCommit(writes::incrementAndGet);
        int during = group.together(() -> {
            group.committed();
            group.committed();
            group.committed();
            return writes.get();
        });
        assertEquals(0, during);
        assertEquals(1, writes.get());
    }

    @Test
    void should_write_a_commit_made_immediately_at_once_inside_work_made_together() {
        GroupCommit group = new GroupCommit(writes::incrementAndGet);
        int[] seen = new int[2];
        group.together(() -> {
            group.committed();
            seen[0] = GroupCommit.immediately(() -> {
                group.committed();
                return writes.get();
            });
            group.committed();
            seen[1] = writes.get();
            return null;
        });
        assertEquals(1, seen[0], "the immediate commit was on disk when it returned");
        assertEquals(1, seen[1], "the commits around it still wait for the end of the work");
        assertEquals(2, writes.get());
    }

    @Test
    void should_write_nothing_for_work_that_committed_nothing() {
        GroupCommit group = new GroupCommit(writes::incrementAndGet);
        group.together(() -> "read only");
        assertEquals(0, writes.get());
    }

    @Test
    void should_write_what_was_committed_before_the_work_failed() {
        GroupCommit group = new GroupCommit(writes::incrementAndGet);
        assertThrows(IllegalStateException.class, () -> group.together(() -> {
            group.committed();
            throw new IllegalStateException("the engine failed");
        }));
        assertEquals(1, writes.get());
        group.committed();
        assertEquals(2, writes.get(), "after the work, commits are written one by one again");
    }

    @Test
    void should_not_return_on_a_write_that_began_before_the_commit() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GroupCommit group = new GroupCommit(() -> {
            if (writes.incrementAndGet() == 1) {
                writing.countDown();
                await(release);
            }
        });
        Thread first = Thread.ofVirtual().start(group::flush);
        assertTrue(writing.await(10, TimeUnit.SECONDS));
        AtomicInteger seenBySecond = new AtomicInteger();
        Thread second = Thread.ofVirtual().start(() -> {
            group.committed();
            seenBySecond.set(writes.get());
        });
        Thread.sleep(50);
        assertTrue(second.isAlive(), "the second commit waits while the first write runs");
        release.countDown();
        first.join(10_000);
        second.join(10_000);
        assertEquals(2, seenBySecond.get(), "the second commit returned after a write that began after it");
    }

    @Test
    void should_write_commits_that_came_during_a_write_with_one_more_write() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GroupCommit group = new GroupCommit(() -> {
            if (writes.incrementAndGet() == 1) {
                writing.countDown();
                await(release);
            }
        });
        Thread first = Thread.ofVirtual().start(group::flush);
        assertTrue(writing.await(10, TimeUnit.SECONDS));
        List<Thread> others = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            others.add(Thread.ofVirtual().start(group::committed));
        }
        Thread.sleep(50);
        release.countDown();
        first.join(10_000);
        for (Thread other : others) {
            other.join(10_000);
            assertFalse(other.isAlive());
        }
        assertEquals(2, writes.get(), "twenty commits waiting during a write are written together");
    }

    @Test
    void should_let_another_session_write_when_a_write_failed() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        GroupCommit group = new GroupCommit(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new StorageException("disk full", null);
            }
        });
        assertThrows(StorageException.class, group::flush);
        group.flush();
        assertEquals(2, attempts.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
