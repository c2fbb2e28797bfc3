package org.backcoach.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.backcoach.assistant.Assistant;
import org.backcoach.assistant.Conversation;

/**
 * The reply path's CPU time and allocation per reply, on the same messages as {@link ReplyBenchmark}
 * (not a test). On a shared machine JMH's wall-clock percentiles mostly measure other jobs; the
 * thread's own CPU time does not count the time it waits for a core, so before/after comparisons
 * hold up. Rerun with:
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.backcoach.bench.ReplyCpuTime
 * </pre>
 */
public final class ReplyCpuTime {

    private static final long WARM_UP_NANOS = 10_000_000_000L;
    private static final long MEASURE_NANOS = 15_000_000_000L;

    private ReplyCpuTime() {
    }

    public static void main(String[] args) {
        Assistant assistant = Assistant.load(Path.of("corpus"));
        List<String> messages = ReplyBenchmark.evaluationMessages(Path.of("src/test/resources/eval"));
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        int next = 0;
        for (long end = System.nanoTime() + WARM_UP_NANOS; System.nanoTime() < end; next++) {
            assistant.reply(new Conversation(), messages.get(next % messages.size()));
        }
        long[] cpu = new long[1_000_000];
        int count = 0;
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        for (long end = System.nanoTime() + MEASURE_NANOS; System.nanoTime() < end && count < cpu.length; next++) {
            long start = threads.getCurrentThreadCpuTime();
            assistant.reply(new Conversation(), messages.get(next % messages.size()));
            cpu[count++] = threads.getCurrentThreadCpuTime() - start;
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
        long[] sorted = Arrays.copyOf(cpu, count);
        Arrays.sort(sorted);
        System.out.printf("%d replies: CPU time p50 %d / p90 %d / p99 %d / p99.9 %d us; %.0f replies per CPU second;"
                        + " %.0f KB allocated per reply%n", count, percentile(sorted, 500), percentile(sorted, 900),
                percentile(sorted, 990), percentile(sorted, 999),
                count / (Arrays.stream(sorted).sum() / 1e9), allocated / 1024.0 / count);
    }

    /** The value below which {@code perMille} thousandths of the sorted values lie, in microseconds. */
    private static long percentile(long[] sorted, int perMille) {
        return sorted[Math.min(sorted.length - 1, (int) ((long) sorted.length * perMille / 1000))] / 1_000;
    }
}
