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
import java.util.function.LongConsumer;
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
 * <p>The daily broadcast ({@link #broadcast}) waits in a queue of its own below every lane: a tip
 * leaves only when no reply could use the global token, at the broadcast's own rate (below the global
 * one, so replies always keep part of the line), never ahead of a reply to the same chat.
 *
 * <p>Failures: 429 waits {@code retry_after} and retries, and pauses the whole broadcast as long; 5xx,
 * network errors, timeouts and unreadable answers retry with capped exponential backoff; 403 marks the
 * chat inactive (and tells the listener, which keeps it across restarts) and drops what is queued for
 * it; 400 and other errors fail at once. Every wait is asked of the injected {@link Scheduler} against
 * the injected {@link Clock}.
 */
final class Sender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Sender.class);
    static final int MAX_QUEUED_PER_LANE = 100;

    private enum LaneKind { CHAT, CALLBACK, SYSTEM }

    private record Lane(LaneKind kind, long id) {
    }

    private static class Job<T extends Serializable> {
        final BotApiMethod<T> method;
        final CompletableFuture<T> result = new CompletableFuture<>();
        int transientRetries;
        int rateLimitedRetries;

        Job(BotApiMethod<T> method) {
            this.method = method;
        }
    }

    /** A broadcast message: its chat, and when a retry may go. */
    private static final class BroadcastJob<T extends Serializable> extends Job<T> {
        final long chatId;
        Instant notBefore = Instant.MIN;

        BroadcastJob(long chatId, BotApiMethod<T> method) {
            super(method);
            this.chatId = chatId;
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
    private final BroadcastLimits broadcastLimits;
    private final LongConsumer onInactive;

    // Guarded by this.
    private final Map<Lane, LaneState> lanes = new LinkedHashMap<>();
    private final TokenBucket global;
    private Instant wakeScheduledFor;
    private int pending;
    private long systemSeq;
    private boolean closed;
    private final ArrayDeque<BroadcastJob<?>> broadcasts = new ArrayDeque<>();
    private final TokenBucket broadcastBucket;
    private int broadcastInFlight;
    private Instant broadcastNotBefore = Instant.MIN;

    private final Set<Long> inactiveChats = ConcurrentHashMap.newKeySet();
    private final AtomicInteger pumpRequests = new AtomicInteger();

    Sender(BotApi api, Clock clock, Scheduler scheduler, RateLimits limits, RetryPolicy retry) {
        this(api, clock, scheduler, limits, retry, BroadcastLimits.DEFAULT, Set.of(), chatId -> { });
    }

    /**
     * @param inactive   chats known to be inactive (403 before a restart)
     * @param onInactive told, outside any lock, when a 403 makes a chat inactive
     */
    Sender(BotApi api, Clock clock, Scheduler scheduler, RateLimits limits, RetryPolicy retry,
           BroadcastLimits broadcastLimits, Set<Long> inactive, LongConsumer onInactive) {
        this.api = Objects.requireNonNull(api, "api");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.broadcastLimits = Objects.requireNonNull(broadcastLimits, "broadcastLimits");
        this.onInactive = Objects.requireNonNull(onInactive, "onInactive");
        this.global = new TokenBucket(limits.global(), clock.instant());
        this.broadcastBucket = new TokenBucket(broadcastLimits.rate(), clock.instant());
        this.inactiveChats.addAll(inactive);
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

    /**
     * A message of the daily broadcast. It waits behind every reply (and behind replies to its own chat),
     * at the broadcast rate, and a 429 anywhere pauses the whole broadcast for {@code retry_after}.
     */
    <T extends Serializable> CompletableFuture<T> broadcast(long chatId, BotApiMethod<T> method) {
        if (inactiveChats.contains(chatId)) {
            return CompletableFuture.failedFuture(new SendFailedException(Reason.CHAT_INACTIVE, 403,
                    method.getMethod() + " not sent: the chat is inactive (403 earlier)"));
        }
        BroadcastJob<T> job = new BroadcastJob<>(chatId, method);
        synchronized (this) {
            if (closed) {
                return CompletableFuture.failedFuture(
                        new SendFailedException(Reason.CLOSED, 0, method.getMethod() + " not sent: shutting down"));
            }
            broadcasts.add(job);
            pending++;
        }
        pump();
        return job.result;
    }

    /** Whether a 403 has closed the chat (until it writes to the bot again). */
    boolean isInactive(long chatId) {
        return inactiveChats.contains(chatId);
    }

    /** The chat wrote to the bot, so it is no longer blocked: sending to it may resume. Returns whether it was inactive. */
    boolean reactivate(long chatId) {
        return inactiveChats.remove(chatId);
    }

    /** Fails every broadcast message still queued (not those in flight); replies are not touched. */
    void dropBroadcasts() {
        List<Job<?>> dropped;
        synchronized (this) {
            dropped = new ArrayList<>(broadcasts);
            broadcasts.clear();
            pending -= dropped.size();
            notifyAll();
        }
        dropped.forEach(job -> job.result.completeExceptionally(
                new SendFailedException(Reason.CLOSED, 0, job.method.getMethod() + " not sent: shutting down")));
    }

    /** Calls queued or in flight (the queue depth gauge). */
    synchronized int queued() {
        return pending;
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
            dropped.addAll(broadcasts);
            broadcasts.clear();
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
            // Only now the broadcast: every lane that could go has taken its global token first.
            wake = selectBroadcasts(now, wake, dispatches);
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

    /** Starts the broadcast messages that may go now; returns the wake-up time, {@code wake} or earlier. */
    private Instant selectBroadcasts(Instant now, Instant wake, List<Runnable> dispatches) {
        for (Iterator<BroadcastJob<?>> it = broadcasts.iterator(); it.hasNext() && broadcastInFlight < broadcastLimits.maxInFlight(); ) {
            if (broadcastNotBefore.isAfter(now)) {
                return earliest(wake, broadcastNotBefore);
            }
            if (!broadcastBucket.available(now)) {
                return earliest(wake, broadcastBucket.nextTokenAt(now));
            }
            if (!global.available(now)) {
                return earliest(wake, global.nextTokenAt(now));
            }
            BroadcastJob<?> job = it.next();
            if (job.notBefore.isAfter(now)) {
                wake = earliest(wake, job.notBefore);
                continue;
            }
            if (inactiveChats.contains(job.chatId)) {
                it.remove();
                pending--;
                dispatches.add(() -> job.result.completeExceptionally(new SendFailedException(Reason.CHAT_INACTIVE, 403,
                        job.method.getMethod() + " not sent: the chat is inactive")));
                continue;
            }
            LaneState lane = lanes.get(new Lane(LaneKind.CHAT, job.chatId));
            if (lane != null && (lane.inFlight || !lane.queue.isEmpty())) {
                continue; // replies to this chat go first; their completion pumps again
            }
            if (lane != null && lane.bucket != null && !lane.bucket.available(now)) {
                wake = earliest(wake, lane.bucket.nextTokenAt(now));
                continue;
            }
            it.remove();
            global.take(now);
            broadcastBucket.take(now);
            if (lane != null && lane.bucket != null) {
                lane.bucket.take(now);
            }
            broadcastInFlight++;
            dispatches.add(() -> dispatchBroadcast(job));
        }
        return wake;
    }

    private <T extends Serializable> void dispatchBroadcast(BroadcastJob<T> job) {
        CompletableFuture<T> call;
        try {
            call = api.call(job.method);
        } catch (RuntimeException e) {
            call = CompletableFuture.failedFuture(e);
        }
        call.whenComplete((result, error) -> completedBroadcast(job, result, error));
    }

    private <T extends Serializable> void completedBroadcast(BroadcastJob<T> job, T result, Throwable error) {
        List<Runnable> completions = new ArrayList<>();
        synchronized (this) {
            broadcastInFlight--;
            Instant now = clock.instant();
            if (error == null) {
                pending--;
                completions.add(() -> job.result.complete(result));
            } else {
                Failure failure = Failure.classify(error);
                switch (failure.kind()) {
                    case RATE_LIMITED -> {
                        Duration wait = failure.retryAfter().orElse(retry.defaultRetryAfter());
                        // Telegram says we go too fast: the whole broadcast waits, not only this chat.
                        pauseBroadcast(now.plus(wait));
                        log.warn("broadcast {}: 429, the broadcast pauses for {} s", job.method.getMethod(), wait.toSeconds());
                        retryOrGiveUp(job, ++job.rateLimitedRetries > retry.rateLimitedRetries(), failure, completions);
                    }
                    case TRANSIENT -> {
                        job.notBefore = now.plus(retry.backoff(job.transientRetries + 1));
                        retryOrGiveUp(job, ++job.transientRetries > retry.transientRetries(), failure, completions);
                    }
                    case FORBIDDEN -> {
                        markInactive(job.chatId, completions);
                        failBroadcast(job, failure, Reason.CHAT_INACTIVE, completions);
                    }
                    case PERMANENT -> failBroadcast(job, failure, Reason.REJECTED, completions);
                }
            }
            notifyAll();
        }
        completions.forEach(Runnable::run);
        pump();
    }

    private void retryOrGiveUp(BroadcastJob<?> job, boolean giveUp, Failure failure, List<Runnable> completions) {
        if (giveUp) {
            log.warn("broadcast {} to chat {} failed: {}; not retried", job.method.getMethod(), job.chatId, failure.summary());
            failBroadcast(job, failure, Reason.GAVE_UP, completions);
        } else {
            broadcasts.addFirst(job);
        }
    }

    private void failBroadcast(BroadcastJob<?> job, Failure failure, Reason reason, List<Runnable> completions) {
        pending--;
        SendFailedException e = new SendFailedException(reason, failure.errorCode(),
                job.method.getMethod() + " failed: " + failure.summary());
        completions.add(() -> job.result.completeExceptionally(e));
    }

    private void pauseBroadcast(Instant until) {
        if (until.isAfter(broadcastNotBefore)) {
            broadcastNotBefore = until;
        }
    }

    private void markInactive(long chatId, List<Runnable> completions) {
        if (inactiveChats.add(chatId)) {
            log.info("chat {} is inactive (403: blocked or removed); nothing more is sent to it", chatId);
            completions.add(() -> {
                try {
                    onInactive.accept(chatId);
                } catch (RuntimeException e) {
                    log.error("could not keep chat {} as inactive", chatId, e);
                }
            });
        }
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
                            pauseBroadcast(state.notBefore); // a flood warning is no time to push tips
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
                            markInactive(state.lane.id(), completions);
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
