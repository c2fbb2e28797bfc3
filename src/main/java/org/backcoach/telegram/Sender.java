package org.backcoach.telegram;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.backcoach.telegram.SendFailedException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;

/**
 * The one way out: every Bot API call of the Telegram door passes through here.
 *
 * <p>Calls wait in lanes. A chat's messages share one lane, so they leave in order, one at a time,
 * within the chat's rate (about one a second with a short burst; 20 a minute for a group). Callback
 * answers of a chat and system calls (getMe, setMyCommands) have lanes without a per-chat rate. All
 * lanes share the global rate. A lane that waits (rate, {@code retry_after}, backoff) holds up only
 * itself: the others keep going.
 *
 * <p>Failures: 429 waits {@code retry_after} and retries; 5xx, network errors, timeouts and unreadable
 * answers retry with capped exponential backoff; 403 marks the chat inactive and drops what is queued
 * for it; 400 and other errors fail at once. Every wait is asked of the injected {@link Scheduler}
 * against the injected {@link Clock}.
 */
final class Sender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Sender.class);
    static final int MAX_QUEUED_PER_LANE = 100;

    private enum LaneKind { CHAT, CALLBACK, SYSTEM }

    private record Lane(LaneKind kind, long id) {
    }

    private static final class Job<T extends Serializable> {
        final BotApiMethod<T> method;
        final CompletableFuture<T> result = new CompletableFuture<>();
        int transientRetries;
        int rateLimitedRetries;

        Job(BotApiMethod<T> method) {
            this.method = method;
        }
    }

    private static final class LaneState {
        final Lane lane;
        final ArrayDeque<Job<?>> queue = new ArrayDeque<>();
        final TokenBucket bucket;
        Instant notBefore = Instant.MIN;
        boolean inFlight;

        LaneState(Lane lane, TokenBucket bucket) {
            this.lane = lane;
            this.bucket = bucket;
        }
    }

    private final BotApi api;
    private final Clock clock;
    private final Scheduler scheduler;
    private final RateLimits limits;
    private final RetryPolicy retry;

    // Guarded by this.
    private final Map<Lane, LaneState> lanes = new LinkedHashMap<>();
    private final TokenBucket global;
    private Instant wakeScheduledFor;
    private int pending;
    private long systemSeq;
    private boolean closed;

    private final Set<Long> inactiveChats = ConcurrentHashMap.newKeySet();
    private final AtomicInteger pumpRequests = new AtomicInteger();

    Sender(BotApi api, Clock clock, Scheduler scheduler, RateLimits limits, RetryPolicy retry) {
        this.api = Objects.requireNonNull(api, "api");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.global = new TokenBucket(limits.global(), clock.instant());
    }

    /** A message (or other call that counts as one) to a chat. */
    <T extends Serializable> CompletableFuture<T> toChat(long chatId, BotApiMethod<T> method) {
        if (inactiveChats.contains(chatId)) {
            return CompletableFuture.failedFuture(new SendFailedException(Reason.CHAT_INACTIVE, 403,
                    method.getMethod() + " not sent: the chat is inactive (403 earlier)"));
        }
        return enqueue(new Lane(LaneKind.CHAT, chatId), method);
    }

    /** An answer to a callback query from a chat: ordered per chat, no per-chat rate. */
    <T extends Serializable> CompletableFuture<T> callbackAnswer(long chatId, BotApiMethod<T> method) {
        return enqueue(new Lane(LaneKind.CALLBACK, chatId), method);
    }

    /** A call that belongs to no chat (getMe, setMyCommands, getUpdates confirmation). */
    <T extends Serializable> CompletableFuture<T> system(BotApiMethod<T> method) {
        long id;
        synchronized (this) {
            id = systemSeq++;
        }
        return enqueue(new Lane(LaneKind.SYSTEM, id), method);
    }

    /** Whether a 403 has closed the chat for good (until restart; the store will keep it later). */
    boolean isInactive(long chatId) {
        return inactiveChats.contains(chatId);
    }

    /** Waits (on the wall clock) until nothing is queued or in flight, at most {@code timeout}. */
    synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** Fails everything still queued; later calls fail at once. Calls in flight finish on their own. */
    @Override
    public void close() {
        List<Job<?>> dropped = new ArrayList<>();
        synchronized (this) {
            closed = true;
            for (LaneState state : lanes.values()) {
                if (state.inFlight) {
                    // the head is in flight: leave it, drop the rest
                    Job<?> head = state.queue.poll();
                    dropped.addAll(state.queue);
                    state.queue.clear();
                    if (head != null) {
                        state.queue.add(head);
                    }
                } else {
                    dropped.addAll(state.queue);
                    state.queue.clear();
                }
            }
            pending -= dropped.size();
            notifyAll();
        }
        if (!dropped.isEmpty()) {
            log.warn("Sender closed with {} calls not sent", dropped.size());
        }
        dropped.forEach(job -> job.result.completeExceptionally(
                new SendFailedException(Reason.CLOSED, 0, job.method.getMethod() + " not sent: shutting down")));
    }

    private <T extends Serializable> CompletableFuture<T> enqueue(Lane lane, BotApiMethod<T> method) {
        Job<T> job = new Job<>(method);
        synchronized (this) {
            if (closed) {
                return CompletableFuture.failedFuture(
                        new SendFailedException(Reason.CLOSED, 0, method.getMethod() + " not sent: shutting down"));
            }
            LaneState state = lanes.computeIfAbsent(lane, this::newLane);
            if (state.queue.size() >= MAX_QUEUED_PER_LANE) {
                log.warn("{} lane {} has {} calls queued; dropping a {}", lane.kind(), lane.id(), state.queue.size(), method.getMethod());
                return CompletableFuture.failedFuture(
                        new SendFailedException(Reason.QUEUE_FULL, 0, method.getMethod() + " not sent: too many queued for the chat"));
            }
            state.queue.add(job);
            pending++;
        }
        pump();
        return job.result;
    }

    private LaneState newLane(Lane lane) {
        TokenBucket bucket = switch (lane.kind()) {
            case CHAT -> new TokenBucket(lane.id() < 0 ? limits.group() : limits.privateChat(), clock.instant());
            case CALLBACK, SYSTEM -> null;
        };
        return new LaneState(lane, bucket);
    }

    /** Starts what may start now and asks the scheduler to come back when the next thing may. Never recurses. */
    private void pump() {
        if (pumpRequests.getAndIncrement() != 0) {
            return; // the thread that is pumping will go round once more
        }
        int missed = 1;
        do {
            List<Runnable> dispatches = selectDispatches();
            dispatches.forEach(Runnable::run);
            missed = pumpRequests.addAndGet(-missed);
        } while (missed != 0);
    }

    private List<Runnable> selectDispatches() {
        List<Runnable> dispatches = new ArrayList<>();
        synchronized (this) {
            Instant now = clock.instant();
            Instant wake = null;
            List<Lane> served = new ArrayList<>();
            for (Iterator<LaneState> it = lanes.values().iterator(); it.hasNext(); ) {
                LaneState state = it.next();
                if (state.inFlight) {
                    continue;
                }
                if (state.queue.isEmpty()) {
                    if (!state.notBefore.isAfter(now) && (state.bucket == null || state.bucket.full(now))) {
                        it.remove(); // idle and fully rested: forgetting it loses nothing
                    }
                    continue;
                }
                if (state.notBefore.isAfter(now)) {
                    wake = earliest(wake, state.notBefore);
                    continue;
                }
                if (state.bucket != null && !state.bucket.available(now)) {
                    wake = earliest(wake, state.bucket.nextTokenAt(now));
                    continue;
                }
                if (!global.available(now)) {
                    wake = earliest(wake, global.nextTokenAt(now));
                    break;
                }
                global.take(now);
                if (state.bucket != null) {
                    state.bucket.take(now);
                }
                state.inFlight = true;
                Job<?> job = state.queue.peek();
                served.add(state.lane);
                dispatches.add(() -> dispatch(state, job));
            }
            // Round robin: lanes just served go to the back.
            for (Lane lane : served) {
                LaneState state = lanes.remove(lane);
                lanes.put(lane, state);
            }
            if (wake != null && (wakeScheduledFor == null || wake.isBefore(wakeScheduledFor) || !wakeScheduledFor.isAfter(now))) {
                Instant at = wake;
                wakeScheduledFor = at;
                scheduler.schedule(Duration.between(now, at), () -> {
                    synchronized (this) {
                        if (at.equals(wakeScheduledFor)) {
                            wakeScheduledFor = null;
                        }
                    }
                    pump();
                });
            }
        }
        return dispatches;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private <T extends Serializable> void dispatch(LaneState state, Job<T> job) {
        CompletableFuture<T> call;
        try {
            call = api.call(job.method);
        } catch (RuntimeException e) {
            call = CompletableFuture.failedFuture(e);
        }
        call.whenComplete((result, error) -> completed(state, job, result, error));
    }

    private <T extends Serializable> void completed(LaneState state, Job<T> job, T result, Throwable error) {
        List<Runnable> completions = new ArrayList<>();
        synchronized (this) {
            state.inFlight = false;
            Instant now = clock.instant();
            if (error == null) {
                finish(state, job);
                completions.add(() -> job.result.complete(result));
            } else {
                Failure failure = Failure.classify(error);
                String method = job.method.getMethod();
                switch (failure.kind()) {
                    case RATE_LIMITED -> {
                        if (++job.rateLimitedRetries > retry.rateLimitedRetries()) {
                            giveUp(state, job, failure, Reason.GAVE_UP, completions);
                        } else {
                            Duration wait = failure.retryAfter().orElse(retry.defaultRetryAfter());
                            log.warn("{} to {} lane {}: 429, retrying after {} s", method, state.lane.kind(), state.lane.id(), wait.toSeconds());
                            state.notBefore = now.plus(wait);
                        }
                    }
                    case TRANSIENT -> {
                        if (++job.transientRetries > retry.transientRetries()) {
                            giveUp(state, job, failure, Reason.GAVE_UP, completions);
                        } else {
                            Duration wait = retry.backoff(job.transientRetries);
                            log.warn("{} to {} lane {} failed ({}), retry {} in {} ms", method, state.lane.kind(), state.lane.id(),
                                    failure.summary(), job.transientRetries, wait.toMillis());
                            state.notBefore = now.plus(wait);
                        }
                    }
                    case FORBIDDEN -> {
                        if (state.lane.kind() == LaneKind.CHAT) {
                            inactiveChats.add(state.lane.id());
                            log.info("chat {} is inactive (403: blocked or removed); nothing more is sent to it", state.lane.id());
                            giveUp(state, job, failure, Reason.CHAT_INACTIVE, completions);
                            for (Job<?> queued : state.queue) {
                                completions.add(() -> queued.result.completeExceptionally(new SendFailedException(
                                        Reason.CHAT_INACTIVE, 403, queued.method.getMethod() + " not sent: the chat is inactive")));
                            }
                            pending -= state.queue.size();
                            state.queue.clear();
                        } else {
                            giveUp(state, job, failure, Reason.REJECTED, completions);
                        }
                    }
                    case PERMANENT -> giveUp(state, job, failure, Reason.REJECTED, completions);
                }
            }
            notifyAll();
        }
        completions.forEach(Runnable::run);
        pump();
    }

    private void giveUp(LaneState state, Job<?> job, Failure failure, Reason reason, List<Runnable> completions) {
        finish(state, job);
        if (reason != Reason.CHAT_INACTIVE) {
            log.warn("{} to {} lane {} failed: {}; not retried", job.method.getMethod(), state.lane.kind(), state.lane.id(), failure.summary());
        }
        SendFailedException e = new SendFailedException(reason, failure.errorCode(),
                job.method.getMethod() + " failed: " + failure.summary());
        completions.add(() -> job.result.completeExceptionally(e));
    }

    private void finish(LaneState state, Job<?> job) {
        if (state.queue.peek() == job) {
            state.queue.poll();
            pending--;
        }
    }
}
