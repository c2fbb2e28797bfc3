package org.backcoach.telegram;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.backcoach.config.TelegramSettings;
import org.backcoach.store.Database;
import org.backcoach.store.InstanceId;
import org.backcoach.store.PollerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whose turn it is to poll Telegram. Telegram answers a second poller on the same token with 409, so of
 * several instances only the one holding the {@link PollerLock} polls; the others stand by and try the
 * lock again every {@code retryEvery}, so one of them takes over within seconds when the poller dies. The
 * holder checks its lock just as often and stops polling as soon as it has lost it.
 */
public final class PollingTurn implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PollingTurn.class);

    /** What the door does when its turn starts and ends. */
    interface Poller {
        /** Starts long polling; throws {@link TelegramDoorException} when it cannot. */
        void startPolling();

        void stopPolling();
    }

    private final PollerLock lock;
    private final Duration retryEvery;
    private final AtomicInteger tries = new AtomicInteger();
    private ScheduledExecutorService job;
    private Poller poller;
    private volatile boolean polling;

    public PollingTurn(PollerLock lock, Duration retryEvery) {
        this.lock = Objects.requireNonNull(lock, "lock");
        this.retryEvery = Objects.requireNonNull(retryEvery, "retryEvery");
    }

    /** How often a standby tries the lock, and the poller checks it still holds it. */
    public static final Duration RETRY_EVERY = Duration.ofSeconds(3);

    /**
     * The turn of {@code instance} among the instances of this bot on {@code db}: on PostgreSQL a session
     * advisory lock per bot (the id in its token), on SQLite always this instance's.
     */
    public static PollingTurn of(Database db, TelegramSettings settings, InstanceId instance) {
        String bot = settings.token().substring(0, settings.token().indexOf(':'));
        return new PollingTurn(db.pollerLock("poller for bot " + bot, instance), RETRY_EVERY);
    }

    /** Always this instance's turn: one instance on SQLite, or no database. */
    public static PollingTurn always() {
        return new PollingTurn(PollerLock.always(), Duration.ofSeconds(5));
    }

    /**
     * Tries the lock now, on the caller's thread (so that a failure to start polling reaches it when the
     * lock is free), then every {@code retryEvery} on a thread of its own.
     */
    synchronized void start(Poller poller) {
        if (this.poller != null) {
            throw new IllegalStateException("already started");
        }
        this.poller = poller;
        if (!tryTurn()) {
            log.info("another instance polls Telegram: standing by, trying again every {} ms", retryEvery.toMillis());
        }
        job = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "backcoach-polling-turn");
            thread.setDaemon(true);
            return thread;
        });
        long every = retryEvery.toMillis();
        job.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
    }

    /** True while this instance polls. */
    boolean polling() {
        return polling;
    }

    /** How often the lock has been tried (tests wait on it instead of sleeping). */
    int tries() {
        return tries.get();
    }

    private void check() {
        try {
            tryTurn();
        } catch (RuntimeException e) {
            log.warn("could not start polling ({}); trying again in {} ms", e.getMessage(), retryEvery.toMillis());
            lock.close(); // another instance may have better luck
        }
    }

    /** Takes or keeps the turn if the lock allows; returns whether this instance polls now. */
    private synchronized boolean tryTurn() {
        tries.incrementAndGet();
        boolean held = lock.hold();
        if (held && !polling) {
            poller.startPolling();
            polling = true;
            log.info("this instance holds the polling lock: polling Telegram");
        } else if (!held && polling) {
            polling = false;
            poller.stopPolling();
            log.warn("the polling lock is lost: stopped polling, standing by");
        }
        return polling;
    }

    /** Stops trying and gives the lock up; the door stops polling itself first. */
    @Override
    public synchronized void close() {
        if (job != null) {
            job.shutdownNow();
        }
        polling = false;
        lock.close();
    }
}
