package org.backcoach.telegram;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task later. The sender asks for every wait (rate limits, {@code retry_after}, backoff)
 * through this interface, so tests can record the waits and run them without sleeping.
 */
interface Scheduler extends AutoCloseable {

    /** Runs {@code task} after {@code delay} on a scheduler thread, never on the caller's thread. */
    void schedule(Duration delay, Runnable task);

    @Override
    void close();

    /** The production scheduler: one daemon thread. */
    static Scheduler newDaemon(String name) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
        return new Scheduler() {
            @Override
            public void schedule(Duration delay, Runnable task) {
                try {
                    executor.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
                } catch (RejectedExecutionException e) {
                    // closed: nothing is waited for any more
                }
            }

            @Override
            public void close() {
                executor.shutdownNow();
            }
        };
    }
}
