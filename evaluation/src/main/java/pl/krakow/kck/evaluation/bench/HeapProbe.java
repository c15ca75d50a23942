package pl.krakow.kck.evaluation.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Heap in use after garbage collection: an estimate of what is reachable. */
public final class HeapProbe {

    private static final int COLLECTIONS = 3;

    private HeapProbe() {
    }

    /** Bytes of heap in use after a few {@link System#gc()} calls. */
    public static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < COLLECTIONS; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    public static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }
}
