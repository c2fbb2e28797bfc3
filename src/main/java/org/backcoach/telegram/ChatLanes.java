package org.backcoach.telegram;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs update handlers on a small pool: one chat's updates one after another and in order (a
 * {@code Conversation} is not thread-safe), different chats in parallel.
 */
final class ChatLanes implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ChatLanes.class);

    private final ExecutorService workers;
    private final ConcurrentHashMap<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    private final Object idle = new Object();
    private final AtomicInteger pending = new AtomicInteger();

    ChatLanes(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "backcoach-telegram-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs {@code task} after every task submitted earlier for {@code chatId}. {@code task} must not throw. */
    void submit(long chatId, Runnable task) {
        pending.incrementAndGet();
        @SuppressWarnings("unchecked")
        CompletableFuture<Void>[] created = new CompletableFuture[1];
        tails.compute(chatId, (id, tail) -> {
            CompletableFuture<Void> previous = tail == null ? CompletableFuture.completedFuture(null) : tail;
            created[0] = previous.thenRunAsync(task, workers);
            return created[0];
        });
        CompletableFuture<Void> mine = created[0];
        mine.whenComplete((ignored, error) -> {
            if (error != null) {
                log.error("a handler task for chat {} failed: {}", chatId, error.getClass().getName());
            }
            tails.remove(chatId, mine);
            if (pending.decrementAndGet() == 0) {
                synchronized (idle) {
                    idle.notifyAll();
                }
            }
        });
    }

    /** Waits until every submitted task has run, at most {@code timeout}. */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (pending.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                idle.wait(Math.max(1, left / 1_000_000));
            }
        }
        return true;
    }

    @Override
    public void close() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
