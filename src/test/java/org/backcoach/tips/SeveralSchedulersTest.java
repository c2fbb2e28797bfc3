package org.backcoach.tips;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.backcoach.config.DatabaseSettings;
import org.backcoach.store.Claim;
import org.backcoach.store.Database;
import org.backcoach.store.InstanceId;
import org.backcoach.store.Subscription;
import org.backcoach.store.SubscriptionStore;
import org.backcoach.store.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several instances of the tip job on one database, each with its own connection pool as separate
 * processes would have: every due tip goes out exactly once, and the claims of an instance that died
 * are taken over once they run out. On PostgreSQL (skipped, saying why, without a server) and SQLite.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SeveralSchedulersTest {
    private static final Instant NOW = Instant.parse("2025-01-06T06:00:00Z");
    private static final TipScheduler.Options OPTIONS =
            new TipScheduler.Options(Duration.ofHours(6), 25, Duration.ofMinutes(2), Duration.ofHours(1));

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(NOW);
    private final List<Database> pools = new ArrayList<>();
    private final ExecutorService telegramThreads = Executors.newFixedThreadPool(4);
    private TestPostgres postgres;

    @AfterEach
    void close() throws Exception {
        telegramThreads.shutdownNow();
        pools.forEach(Database::close);
        if (postgres != null) {
            postgres.close();
        }
    }

    /** Telegram as the job sees it: counts every tip per chat, answers on other threads. */
    private final class CountingTelegram implements TipSender {
        final Map<Long, AtomicInteger> perChat = new ConcurrentHashMap<>();
        final AtomicLong messageIds = new AtomicLong();

        @Override
        public CompletableFuture<Long> send(long chatId, long position) {
            perChat.computeIfAbsent(chatId, id -> new AtomicInteger()).incrementAndGet();
            return CompletableFuture.supplyAsync(messageIds::incrementAndGet, telegramThreads);
        }
    }

    @Test
    void threeInstancesOnPostgresDeliverEachOf1000DueTipsExactlyOnce() throws Exception {
        postgres = TestPostgres.create();
        threeInstancesDeliverEachDueTipOnce(postgres::open, 1000);
    }

    @Test
    void threeInstancesOnSqliteDeliverEachDueTipExactlyOnce() throws Exception {
        DatabaseSettings file = DatabaseSettings.sqlite(dir.resolve("backcoach.db"));
        threeInstancesDeliverEachDueTipOnce(() -> Database.open(file), 300);
    }

    @Test
    void onPostgresTheClaimsOfADeadInstanceAreTakenOverAfterTheyRunOut() throws Exception {
        postgres = TestPostgres.create();
        claimsOfADeadInstanceAreTakenOver(postgres::open);
    }

    @Test
    void onSqliteTheClaimsOfADeadInstanceAreTakenOverAfterTheyRunOut() throws Exception {
        DatabaseSettings file = DatabaseSettings.sqlite(dir.resolve("backcoach.db"));
        claimsOfADeadInstanceAreTakenOver(() -> Database.open(file));
    }

    private void threeInstancesDeliverEachDueTipOnce(Supplier<Database> instance, int subscribers) throws Exception {
        Database first = open(instance);
        dueNow(new SubscriptionStore(first), subscribers);
        CountingTelegram telegram = new CountingTelegram();
        List<TipScheduler> schedulers = List.of(scheduler(first, "a"), scheduler(open(instance), "b"),
                scheduler(open(instance), "c"));

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(schedulers.size());
        List<Future<TipScheduler.Run>> runs = new ArrayList<>();
        for (TipScheduler scheduler : schedulers) {
            runs.add(instances.submit(() -> {
                go.await();
                return scheduler.runDue(telegram);
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        List<Integer> shares = new ArrayList<>();
        for (Future<TipScheduler.Run> run : runs) {
            TipScheduler.Run result = run.get(90, TimeUnit.SECONDS);
            assertThat(result.failed()).isZero();
            shares.add(result.sent());
        }
        instances.shutdown();
        System.out.printf("%d due tips, three instances: sent %s in %d ms%n", subscribers, shares,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));

        assertThat(telegram.perChat).hasSize(subscribers);
        assertThat(telegram.perChat.values()).allSatisfy(count -> assertThat(count.get()).as("tips to one chat").isEqualTo(1));
        assertThat(shares.stream().mapToInt(Integer::intValue).sum()).isEqualTo(subscribers);
        assertThat(deliveriesRecorded(first)).isEqualTo(subscribers);
        for (TipScheduler scheduler : schedulers) {
            assertThat(scheduler.runDue(telegram)).as("nothing left due").isEqualTo(new TipScheduler.Run(0, 0, 0, 0));
        }
    }

    private void claimsOfADeadInstanceAreTakenOver(Supplier<Database> instance) throws Exception {
        Database survivorDb = open(instance);
        SubscriptionStore store = new SubscriptionStore(survivorDb);
        dueNow(store, 60);
        // The dead instance claimed everything due, then vanished without sending or releasing anything.
        List<Subscription> taken = new SubscriptionStore(open(instance))
                .claimDue(new Claim(new InstanceId("dead"), NOW.plus(OPTIONS.claimFor())), NOW, 1000);
        assertThat(taken).hasSize(60);

        CountingTelegram telegram = new CountingTelegram();
        TipScheduler survivor = scheduler(survivorDb, "survivor");
        assertThat(survivor.runDue(telegram).sent()).as("claims still held").isZero();
        clock.set(NOW.plus(OPTIONS.claimFor()).minusMillis(1));
        assertThat(survivor.runDue(telegram).sent()).as("a millisecond before they run out").isZero();

        clock.set(NOW.plus(OPTIONS.claimFor()));
        assertThat(survivor.runDue(telegram).sent()).isEqualTo(60);
        assertThat(telegram.perChat).hasSize(60);
        assertThat(telegram.perChat.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(deliveriesRecorded(survivorDb)).isEqualTo(60);
        assertThat(survivor.runDue(telegram).sent()).isZero();
    }

    private Database open(Supplier<Database> instance) {
        Database db = instance.get();
        pools.add(db);
        return db;
    }

    private TipScheduler scheduler(Database db, String name) {
        return new TipScheduler(new SubscriptionStore(db), TipSchedulerTest.TIPS, clock, OPTIONS, new InstanceId(name));
    }

    /** Subscribers whose 05:59 UTC tip is due (a minute late, well inside the grace period). */
    private static void dueNow(SubscriptionStore store, int count) {
        for (int chat = 1; chat <= count; chat++) {
            store.save(new Subscription(chat, LocalTime.of(5, 59), ZoneOffset.UTC, true, NOW.minusSeconds(60), 0), NOW);
        }
    }

    private static long deliveriesRecorded(Database db) {
        return db.read("counting deliveries", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT chat_id) FROM deliveries");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(2)).as("chats with a delivery").isEqualTo(rs.getLong(1));
                return rs.getLong(1);
            }
        });
    }
}
