package org.backcoach.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.telegram.FakeBotApi.privateText;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.backcoach.config.TelegramSettings;
import org.backcoach.store.AdvisoryLock;
import org.backcoach.store.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two instances on one PostgreSQL and one token: only the holder of the advisory lock polls (a second
 * poller would get 409 Conflict from Telegram); when it dies the other takes over within seconds.
 */
@Timeout(value = 40, unit = TimeUnit.SECONDS)
class PollingTakeoverTest {
    private static final long PAT = 111_222_333_444L;

    @Test
    void theStandByInstanceTakesOverWhenThePollerDies() throws Exception {
        try (TestPostgres postgres = TestPostgres.schema(); FakeBotApi telegram = new FakeBotApi()) {
            TelegramDoor first = door(telegram, postgres);
            TelegramDoor second = door(telegram, postgres);
            try {
                assertThat(first.isPolling()).isTrue();
                assertThat(second.isPolling()).isFalse();

                first.close(); // the polling instance goes away, and with it its database session
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
                while (!second.isPolling() && System.nanoTime() < deadline) {
                    java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20)); // waiting on the other thread, not for time to pass
                }
                assertThat(second.isPolling()).as("took over within 15 s").isTrue();

                telegram.push(privateText(PAT, "/help"));
                assertThat(telegram.awaitSent(PAT, 1)).hasSize(1);
            } finally {
                first.close();
                second.close();
            }
        }
    }

    private static TelegramDoor door(FakeBotApi telegram, TestPostgres postgres) {
        VirtualTime time = new VirtualTime();
        TelegramDoor.Options options = new TelegramDoor.Options(time, time, RateLimits.TELEGRAM, RetryPolicy.DEFAULT,
                Duration.ofSeconds(2), 1, Duration.ofSeconds(10), Duration.ofSeconds(3), 2, 1000,
                MessageSplitter.DEFAULT_LIMIT);
        AdvisoryLock lock = AdvisoryLock.on(postgres.settings()).orElseThrow();
        TelegramDoor.State state = new TelegramDoor.State(DoorMemory.none(), Optional.empty(),
                PollingTurn.of(lock::tryHold, lock::close));
        return TelegramDoor.start(new TelegramSettings(FakeBotApi.TOKEN, telegram.url()),
                Replies.of(ScriptedReplies.CORE), options, state);
    }
}
