package org.backcoach.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that only moves when a scheduled wait is due, and a scheduler that, instead of waiting,
 * moves the clock to the due time and runs the task at once. Every requested wait is recorded, so a
 * test can assert the wait without sleeping through it.
 */
final class VirtualTime extends Clock implements Scheduler {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2025-01-06T08:00:00Z"));
    private final List<Duration> requested = new ArrayList<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "virtual-time");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void schedule(Duration delay, Runnable task) {
        Instant due = instant().plus(delay);
        synchronized (requested) {
            requested.add(delay);
        }
        try {
            runner.execute(() -> {
                now.accumulateAndGet(due, (a, b) -> a.isAfter(b) ? a : b);
                task.run();
            });
        } catch (RejectedExecutionException e) {
            // closed
        }
    }

    /** Moves the clock to {@code instant} (forward or back), as a test's scene change. */
    void set(Instant instant) {
        now.set(instant);
    }

    /** Every wait asked for so far. */
    List<Duration> requested() {
        synchronized (requested) {
            return List.copyOf(requested);
        }
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    /** Door options for tests: this clock and scheduler, short timeouts, two workers. */
    TelegramDoor.Options doorOptions(RateLimits limits) {
        return new TelegramDoor.Options(this, this, limits, RetryPolicy.DEFAULT, java.time.Duration.ofSeconds(2), 1,
                java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(3), 2, 1000, MessageSplitter.DEFAULT_LIMIT);
    }
}
