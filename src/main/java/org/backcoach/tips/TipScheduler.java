package org.backcoach.tips;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.backcoach.store.Claim;
import org.backcoach.store.Delivery;
import org.backcoach.store.InstanceId;
import org.backcoach.store.StoreException;
import org.backcoach.store.Subscription;
import org.backcoach.store.SubscriptionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the daily tips that are due: a named job ({@value #JOB}) that runs every few seconds on its
 * own thread, claims a batch of due subscriptions, hands each tip to the {@link TipSender} and, for
 * each one Telegram accepted, records the delivery and moves the subscription on in one transaction.
 *
 * <p>So a crash can resend only tips that were in flight (sent, not yet recorded): one per
 * subscriber at most, never a batch. Several instances may run this job on one database: a claim names
 * its owner, claimers never take the same row, and the claims of an instance that died are taken over
 * once they run out. Time comes from the injected {@link Clock}; tests call {@link #runDue} directly.
 */
public final class TipScheduler implements AutoCloseable {
    public static final String JOB = "backcoach-daily-tips";
    private static final Logger log = LoggerFactory.getLogger(TipScheduler.class);

    /**
     * @param grace     how late a missed tip may still go out; beyond it the day is skipped
     * @param batchSize subscriptions claimed at once (a claim is held while their tips are queued)
     * @param claimFor  how long a claim keeps other runs off; after a crash, its tips go again after this
     * @param every     pause between runs
     */
    public record Options(Duration grace, int batchSize, Duration claimFor, Duration every) {
        public static Options withGrace(Duration grace) {
            return new Options(grace, 250, Duration.ofMinutes(2), Duration.ofSeconds(10));
        }
    }

    /** What one run did. */
    public record Run(int sent, int skipped, int stopped, int failed) {
        static final Run NONE = new Run(0, 0, 0, 0);

        Run plus(Run other) {
            return new Run(sent + other.sent, skipped + other.skipped, stopped + other.stopped, failed + other.failed);
        }
    }

    private record Outcome(Subscription claimed, Claim claim, Instant due, long position, Long messageId, Throwable error) {
    }

    private final SubscriptionStore store;
    private final TipCatalogue tips;
    private final Clock clock;
    private final Options options;
    private final InstanceId owner;
    private final Object claimLock = new Object();
    private Instant lastClaim = Instant.EPOCH;
    private volatile boolean stopping;
    private ScheduledExecutorService job;

    public TipScheduler(SubscriptionStore store, TipCatalogue tips, Clock clock, Options options) {
        this(store, tips, clock, options, InstanceId.generate());
    }

    /** @param owner this instance, named in its claims */
    public TipScheduler(SubscriptionStore store, TipCatalogue tips, Clock clock, Options options, InstanceId owner) {
        this.store = store;
        this.tips = tips;
        this.clock = clock;
        this.options = options;
        this.owner = owner;
    }

    /** Starts the job: a first run at once (tips missed while the bot was down), then one every {@code options.every()}. */
    public synchronized void start(TipSender sender) {
        if (job != null) {
            throw new IllegalStateException("already started");
        }
        job = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, JOB);
            thread.setDaemon(true);
            return thread;
        });
        job.scheduleWithFixedDelay(() -> runSafely(sender), 0, options.every().toMillis(), TimeUnit.MILLISECONDS);
        log.info("daily tips: job {} started, every {} s, grace {}", JOB, options.every().toSeconds(), options.grace());
    }

    /** Takes no new batch from now on; the batch in progress finishes (its sender decides how fast). */
    public void requestStop() {
        stopping = true;
    }

    /** Stops the job and waits up to {@code timeout} for the batch in progress. */
    public synchronized boolean stop(Duration timeout) throws InterruptedException {
        requestStop();
        if (job == null) {
            return true;
        }
        job.shutdown();
        boolean done = job.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!done) {
            job.shutdownNow();
        }
        return done;
    }

    @Override
    public void close() {
        try {
            stop(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runSafely(TipSender sender) {
        try {
            Run run = runDue(sender);
            if (!run.equals(Run.NONE)) {
                log.info("daily tips: {} sent, {} skipped (missed beyond the grace period), {} stopped (403), {} to retry",
                        run.sent(), run.skipped(), run.stopped(), run.failed());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("daily tips: a run failed; the next run retries", e);
        }
    }

    /** Sends everything due now, batch after batch, and returns when every tip of the last batch is settled. */
    public Run runDue(TipSender sender) throws InterruptedException {
        Run total = Run.NONE;
        while (!stopping) {
            Instant now = clock.instant();
            Claim claim = newClaim(now);
            List<Subscription> batch = store.claimDue(claim, now, options.batchSize());
            if (batch.isEmpty()) {
                break;
            }
            total = total.plus(runBatch(batch, claim, now, sender));
            if (batch.size() < options.batchSize()) {
                break;
            }
        }
        return total;
    }

    private Run runBatch(List<Subscription> batch, Claim claim, Instant now, TipSender sender) throws InterruptedException {
        // Outcomes arrive on the sender's threads; they are recorded here, on this one thread, one transaction each.
        BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
        Run run = Run.NONE;
        int sending = 0;
        int recorded = 0;
        for (Subscription s : batch) {
            if (stopping) {
                store.release(s.chatId(), claim); // shutting down: the next start sends it
                continue;
            }
            if (!claim.heldAt(clock.instant())) {
                // Handing the batch over took longer than the claim (a stalled database): another instance may
                // have taken the rest over, so they are its to send.
                log.warn("daily tips: claim ran out with tips left; they go with a later claim");
                run = run.plus(new Run(0, 0, 0, 1));
                continue;
            }
            DailyTime daily = new DailyTime(s.time(), s.zone());
            Instant due = s.nextDue();
            if (Duration.between(due, now).compareTo(options.grace()) > 0) {
                // Down past the due time: send the latest missed tip if it is still within the grace period, else move on.
                due = daily.latestAtOrBefore(now);
                if (Duration.between(due, now).compareTo(options.grace()) > 0 || due.isBefore(s.nextDue())) {
                    skip(s, daily.nextAfter(now), now);
                    run = run.plus(new Run(0, 1, 0, 0));
                    continue;
                }
            }
            Instant dueAt = due;
            long position = s.tipPosition();
            CompletableFuture<Long> sent;
            try {
                sent = sender.send(s.chatId(), position);
            } catch (RuntimeException e) {
                sent = CompletableFuture.failedFuture(e);
            }
            sending++;
            sent.whenComplete((id, error) -> outcomes.add(new Outcome(s, claim, dueAt, position, id, error)));
            // Record what is already settled as we go: the fewer accepted-but-unrecorded tips, the smaller the crash window.
            for (Outcome settled = outcomes.poll(); settled != null; settled = outcomes.poll()) {
                run = run.plus(record(settled));
                recorded++;
            }
        }
        for (; recorded < sending; recorded++) {
            run = run.plus(record(outcomes.take()));
        }
        return run;
    }

    private Run record(Outcome o) {
        long chatId = o.claimed().chatId();
        try {
            if (o.error() == null) {
                Instant next = new DailyTime(o.claimed().time(), o.claimed().zone()).nextAfter(o.due());
                Delivery delivery = new Delivery(chatId, o.due(), tips.at(o.position()).id(), o.position(), clock.instant(),
                        o.messageId() == null ? 0 : o.messageId());
                if (!store.delivered(o.claimed(), delivery, next)) {
                    log.info("chat {} changed its subscription while its tip was on the way; delivery not recorded", chatId);
                }
                return new Run(1, 0, 0, 0);
            }
            Throwable error = o.error() instanceof CompletionException && o.error().getCause() != null
                    ? o.error().getCause() : o.error();
            if (error instanceof TipNotSent notSent && notSent.why() == TipNotSent.Why.CHAT_GONE) {
                store.deactivate(chatId, clock.instant());
                log.info("chat {} blocked the bot or removed it (403): its daily tips are stopped", chatId);
                return new Run(0, 0, 1, 0);
            }
            store.release(chatId, o.claim());
            log.warn("tip to chat {} not sent ({}); it stays due", chatId, error.getMessage());
            return new Run(0, 0, 0, 1);
        } catch (StoreException e) {
            // The claim runs out and a later run sends it again: the crash window, made as small as it can be.
            log.error("could not record the tip for chat {}", chatId, e);
            return new Run(0, 0, 0, 1);
        }
    }

    private void skip(Subscription s, Instant next, Instant now) {
        if (store.skipped(s, next, now)) {
            log.info("chat {}: tip due at {} missed beyond the grace period; next one at {}", s.chatId(), s.nextDue(), next);
        }
    }

    /** This instance's claims are told apart by their expiry, so each claim gets a distinct one. */
    private Claim newClaim(Instant now) {
        synchronized (claimLock) {
            Instant until = now.plus(options.claimFor()).truncatedTo(ChronoUnit.MILLIS); // stored in milliseconds
            if (!until.isAfter(lastClaim)) {
                until = lastClaim.plusMillis(1);
            }
            lastClaim = until;
            return new Claim(owner, until);
        }
    }
}
