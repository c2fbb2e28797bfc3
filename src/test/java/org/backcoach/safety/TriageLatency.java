package org.backcoach.safety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain latency harness for {@link Triage#assess} (not a unit test). Rerun with:
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.backcoach.safety.TriageLatency
 * </pre>
 * It replays the case table (realistic messages) plus 5,000-character messages and prints p50 and
 * p99 per call.
 */
public final class TriageLatency {

    private static final int WARM_UP_ROUNDS = 200;
    private static final int MEASURED_ROUNDS = 200;

    private TriageLatency() {
    }

    public static void main(String[] args) {
        Triage triage = ProductTriage.load();
        List<String> realistic = TriageTest.cases().stream().map(TriageTest.Case::message).toList();
        List<String> long5k = List.of(
                "my back is a bit sore after training and I want to get stronger, ".repeat(77),
                "sharp pain ".repeat(455),
                "no ".repeat(1_666) + "I wet myself");
        report("realistic messages", triage, realistic);
        report("5,000-character messages", triage, long5k);
    }

    private static void report(String label, Triage triage, List<String> messages) {
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            messages.forEach(triage::assess);
        }
        List<Long> nanos = new ArrayList<>();
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            for (String message : messages) {
                long start = System.nanoTime();
                triage.assess(message);
                nanos.add(System.nanoTime() - start);
            }
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%s: %d calls, p50 %.1f us, p99 %.1f us, max %.1f us%n", label, sorted.length,
                percentile(sorted, 50) / 1_000.0, percentile(sorted, 99) / 1_000.0,
                Arrays.stream(sorted).max().orElse(0) / 1_000.0);
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
    }
}
