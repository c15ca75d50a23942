package pl.krakow.kck.evaluation.run;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What each timed reply cost the thread that made it ({@code --costs FILE}): wall time, CPU time and bytes
 * allocated. On a machine shared with other work the wall time says little; the CPU time and above all the
 * allocations (the same on every run of the same code) compare two versions of the engine under any load.
 * {@link #NONE} measures nothing.
 */
public final class TurnCosts {

    /** One reply: its label (question id, or dialogue id#turn) and what it cost. */
    public record Cost(String label, long wallNanos, long cpuNanos, long allocatedBytes) {
    }

    public static final TurnCosts NONE = new TurnCosts(false);

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final boolean on;
    private final List<Cost> costs = new ArrayList<>();

    private TurnCosts(boolean on) {
        this.on = on;
    }

    public static TurnCosts measured() {
        return new TurnCosts(true);
    }

    /** Runs the reply, and when measuring keeps its cost under {@code label}. */
    public <T> T measure(String label, Supplier<T> reply) {
        if (!on) {
            return reply.get();
        }
        long allocated = THREADS.getCurrentThreadAllocatedBytes();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        T result = reply.get();
        long wallSpent = System.nanoTime() - wall;
        long cpuSpent = THREADS.getCurrentThreadCpuTime() - cpu;
        costs.add(new Cost(label, wallSpent, cpuSpent, THREADS.getCurrentThreadAllocatedBytes() - allocated));
        return result;
    }

    public List<Cost> costs() {
        return List.copyOf(costs);
    }

    /** One line a reply: label, wall ms, CPU ms, KB allocated (tab-separated). */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(costs.size() + 1);
        lines.add("label\twall_ms\tcpu_ms\talloc_kb");
        for (Cost c : costs) {
            lines.add(String.format(Locale.ROOT, "%s\t%.3f\t%.3f\t%.1f", c.label(), c.wallNanos() / 1e6, c.cpuNanos() / 1e6,
                    c.allocatedBytes() / 1024.0));
        }
        return lines;
    }

    /** "cpu p50 … p99 … ms, allocated p50 … p99 … total … KB" over the replies measured. */
    public String summary() {
        if (costs.isEmpty()) {
            return "costs: none measured";
        }
        long[] cpu = costs.stream().mapToLong(Cost::cpuNanos).sorted().toArray();
        long[] allocated = costs.stream().mapToLong(Cost::allocatedBytes).sorted().toArray();
        return String.format(Locale.ROOT, "costs: %d replies, cpu p50 %.3f p99 %.3f total %.0f ms; allocated p50 %.0f p99 %.0f total %.0f KB",
                cpu.length, at(cpu, 50) / 1e6, at(cpu, 99) / 1e6, Arrays.stream(cpu).sum() / 1e6,
                at(allocated, 50) / 1024.0, at(allocated, 99) / 1024.0, Arrays.stream(allocated).sum() / 1024.0);
    }

    /** Nearest-rank percentile of sorted values. */
    static long at(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }
}
