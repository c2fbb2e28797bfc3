package org.backcoach.tips;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backcoach.corpus.CorpusLoader;
import org.backcoach.store.Database;
import org.backcoach.store.Subscription;
import org.backcoach.store.SubscriptionStore;
import org.backcoach.store.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Three instances' schedulers on one PostgreSQL: every due tip goes out exactly once. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SeveralSchedulersTest {
    private static final TipCatalogue TIPS = new TipCatalogue(new CorpusLoader().load(Path.of("corpus")));
    private static final Instant NOW = Instant.parse("2025-01-06T07:00:30Z");
    private static final int SUBSCRIBERS = 1_000;
    private static final int INSTANCES = 3;

    @Test
    void threeSchedulersInParallelDeliverEachDueTipExactlyOnce() throws Exception {
        MutableClock clock = new MutableClock(NOW);
        FakeTipSender telegram = new FakeTipSender(clock);
        try (TestPostgres postgres = TestPostgres.schema()) {
            List<Database> pools = new ArrayList<>();
            try {
                for (int i = 0; i < INSTANCES; i++) {
                    pools.add(Database.open(postgres.settings()));
                }
                SubscriptionStore setup = new SubscriptionStore(pools.get(0));
                for (long chat = 1; chat <= SUBSCRIBERS; chat++) {
                    setup.save(new Subscription(chat, LocalTime.of(7, 0), ZoneOffset.UTC, true,
                            NOW.minusSeconds(30), 0), NOW.minusSeconds(3600));
                }

                ExecutorService instances = Executors.newFixedThreadPool(INSTANCES);
                List<Future<TipScheduler.Run>> runs = new ArrayList<>();
                for (Database pool : pools) {
                    // small batches so that the instances' claims interleave many times
                    TipScheduler scheduler = new TipScheduler(new SubscriptionStore(pool), TIPS, clock,
                            new TipScheduler.Options(Duration.ofHours(6), 25, Duration.ofMinutes(2), Duration.ofSeconds(10)));
                    Callable<TipScheduler.Run> run = () -> scheduler.runDue(telegram);
                    runs.add(instances.submit(run));
                }
                for (Future<TipScheduler.Run> run : runs) {
                    run.get(50, TimeUnit.SECONDS);
                }
                instances.shutdown();

                Map<Long, Long> tipsPerChat = telegram.sent().stream()
                        .collect(Collectors.groupingBy(FakeTipSender.Sent::chatId, Collectors.counting()));
                assertThat(tipsPerChat).hasSize(SUBSCRIBERS);
                assertThat(tipsPerChat.values()).allMatch(n -> n == 1);
                for (long chat = 1; chat <= SUBSCRIBERS; chat += 97) {
                    assertThat(setup.deliveries(chat)).hasSize(1);
                    assertThat(setup.find(chat).orElseThrow().tipPosition()).isEqualTo(1);
                }
            } finally {
                pools.forEach(Database::close);
            }
        }
    }
}
