package org.backcoach.telegram;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.backcoach.assistant.Assistant;
import org.backcoach.config.DatabaseSettings;
import org.backcoach.config.TipSettings;
import org.backcoach.store.Database;
import org.backcoach.store.SubscriptionStore;
import org.backcoach.tips.DailyTips;
import org.backcoach.tips.SubscriptionCommands;
import org.backcoach.tips.TipScheduler;

/**
 * Benchmark of the daily broadcast (not a unit test): {@code -Dsubscribers} subscriptions in a fresh
 * SQLite file, all due now, sent by the real tip job through the real sender and TelegramBots client
 * to the fake Bot API on 127.0.0.1, each delivery recorded in its own transaction.
 *
 * <ul>
 * <li>{@code -Dmode=unlimited} (default): no rate limit: how fast our side is (messages/s, process CPU
 *     per message, which includes the fake server in the same JVM).</li>
 * <li>{@code -Dmode=paced}: the broadcast rate ({@code -Drate}, default 25/s) on a bounded sample
 *     (default 500): how close the pacing stays to the target.</li>
 * </ul>
 *
 * <p>Run: {@code mvn -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.backcoach.telegram.TipBroadcastBenchmark [-Dmode=unlimited|paced]
 * [-Dsubscribers=100000] [-Drate=25] [-Dbatch=1000]}
 */
public final class TipBroadcastBenchmark {

    public static void main(String[] args) throws Exception {
        String mode = System.getProperty("mode", "unlimited");
        boolean paced = mode.equals("paced");
        int subscribers = Integer.getInteger("subscribers", paced ? 500 : 100_000);
        int rate = Integer.getInteger("rate", 25);
        int batch = Integer.getInteger("batch", paced ? 250 : 1000);
        Assistant core = Assistant.load(Path.of("corpus"));
        if (!paced) {
            run(core, 2_000, false, rate, batch, false); // warm-up: JIT, connections, SQLite
        }
        run(core, subscribers, paced, rate, batch, true);
        System.out.printf(Locale.ROOT, "(mode=%s, subscribers=%d, batch=%d, cores=%d)%n", mode, subscribers, batch,
                Runtime.getRuntime().availableProcessors());
        System.exit(0);
    }

    private static void run(Assistant core, int subscribers, boolean paced, int rate, int batch, boolean print)
            throws Exception {
        Path dir = Files.createTempDirectory("backcoach-bench");
        Clock clock = Clock.systemUTC();
        List<Long> arrivals = Collections.synchronizedList(new ArrayList<>(subscribers));
        CountDownLatch allSent = new CountDownLatch(subscribers);
        try (FakeBotApi telegram = new FakeBotApi();
             Database db = Database.open(DatabaseSettings.sqlite(dir.resolve("bench.db")))) {
            insertDue(db, subscribers, clock.instant().minusSeconds(30));
            telegram.onCall(call -> {
                if (call.method().equals("sendMessage") && call.text().startsWith("Your daily tip")) {
                    arrivals.add(call.atNanos());
                    allSent.countDown();
                }
            });
            SubscriptionStore store = new SubscriptionStore(db);
            TipScheduler scheduler = new TipScheduler(store, core.tips(), clock,
                    new TipScheduler.Options(Duration.ofHours(6), batch, Duration.ofMinutes(10), Duration.ofSeconds(10)));
            DailyTips tips = new DailyTips(new SubscriptionCommands(store, clock), scheduler, new TipSettings(Math.min(rate, 30),
                    Duration.ofHours(6)));
            TelegramDoor.Options options = new TelegramDoor.Options(clock, Scheduler.newDaemon("bench-sender"),
                    paced ? RateLimits.TELEGRAM : RateLimits.UNLIMITED, RetryPolicy.DEFAULT, Duration.ofSeconds(10), 1,
                    Duration.ofSeconds(10), Duration.ofSeconds(5), 2, 1000, MessageSplitter.DEFAULT_LIMIT,
                    paced ? BroadcastLimits.perSecond(rate) : BroadcastLimits.UNLIMITED);

            long cpuBefore = processCpuNanos();
            long started = System.nanoTime();
            try (TelegramDoor door = TelegramDoor.start(telegram.settings(),
                    Replies.of(core), options, new TelegramDoor.State(DoorMemory.none(), Optional.of(tips)))) {
                if (!allSent.await(30, TimeUnit.MINUTES)) {
                    System.out.printf("timed out: %d of %d sent%n", subscribers - allSent.getCount(), subscribers);
                }
                long sentAt = System.nanoTime();
                int recorded = awaitRecorded(db, subscribers);
                long recordedAt = System.nanoTime();
                long cpu = processCpuNanos() - cpuBefore;
                if (print) {
                    report(paced, rate, subscribers, arrivals, started, sentAt, recordedAt, recorded, cpu);
                }
            }
        }
    }

    private static void report(boolean paced, int rate, int n, List<Long> arrivals, long started, long sentAt,
                               long recordedAt, int recorded, long cpu) {
        List<Long> times;
        synchronized (arrivals) {
            times = new ArrayList<>(arrivals);
        }
        Collections.sort(times);
        double sendSeconds = (times.get(times.size() - 1) - times.get(0)) / 1e9;
        System.out.printf(Locale.ROOT, "%d tips: first to last arrival %.2f s = %.0f msg/s; all recorded %.2f s after the"
                        + " job started (%d deliveries in the database); process CPU %.1f s = %.0f µs per message%n",
                times.size(), sendSeconds, (times.size() - 1) / sendSeconds, (recordedAt - started) / 1e9, recorded,
                cpu / 1e9, cpu / 1e3 / n);
        if (!paced) {
            return;
        }
        long interval = 1_000_000_000L / rate;
        List<Long> gaps = new ArrayList<>();
        long worstDrift = 0;
        for (int i = 1; i < times.size(); i++) {
            gaps.add(times.get(i) - times.get(i - 1));
            worstDrift = Math.max(worstDrift, Math.abs(times.get(i) - (times.get(0) + i * interval)));
        }
        Collections.sort(gaps);
        double achieved = (times.size() - 1) / sendSeconds;
        System.out.printf(Locale.ROOT, "pacing at %d/s: achieved %.2f msg/s (%.2f%% off); gap between messages p1 %.1f ms,"
                        + " p50 %.1f ms, p99 %.1f ms, max %.1f ms (target %.1f ms); max drift from the ideal schedule %.1f ms;"
                        + " most in any 1 s window: %d%n",
                rate, achieved, 100.0 * (achieved - rate) / rate, q(gaps, 0.01), q(gaps, 0.50), q(gaps, 0.99), q(gaps, 1.0),
                interval / 1e6, worstDrift / 1e6, maxInWindow(times, 1_000_000_000L));
    }

    private static void insertDue(Database db, int n, Instant due) {
        db.transaction("bench insert", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO subscriptions (chat_id, local_time, zone_id, active,"
                    + " next_due_at, tip_position, claimed_until, created_at, updated_at) VALUES (?, '07:00', 'UTC', ?, ?, ?, NULL, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    s.setLong(1, 1_000_000_000_000L + i);
                    s.setBoolean(2, true);
                    s.setLong(3, due.toEpochMilli());
                    s.setLong(4, i % 9);
                    s.setLong(5, due.toEpochMilli());
                    s.setLong(6, due.toEpochMilli());
                    s.addBatch();
                    if (i % 1000 == 999) {
                        s.executeBatch();
                    }
                }
                s.executeBatch();
            }
            return null;
        });
    }

    private static int awaitRecorded(Database db, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        int recorded = 0;
        while (System.nanoTime() < deadline) {
            recorded = db.read("bench count", c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM deliveries")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            if (recorded >= n) {
                break;
            }
            Thread.sleep(20);
        }
        return recorded;
    }

    private static int maxInWindow(List<Long> sorted, long window) {
        int best = 0;
        int start = 0;
        for (int end = 0; end < sorted.size(); end++) {
            while (sorted.get(end) - sorted.get(start) >= window) {
                start++;
            }
            best = Math.max(best, end - start + 1);
        }
        return best;
    }

    private static double q(List<Long> sorted, double q) {
        int index = (int) Math.min(sorted.size() - 1, Math.max(0, Math.ceil(q * sorted.size()) - 1));
        return sorted.get(index) / 1e6;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
