package org.backcoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lock that lets one instance of several poll Telegram, on the real PostgreSQL. */
class AdvisoryLockTest {

    @Test
    void oneHolderAtATimeAndTheNextTakesOverWhenItLetsGo() throws Exception {
        try (TestPostgres postgres = TestPostgres.schema();
             AdvisoryLock first = AdvisoryLock.on(postgres.settings()).orElseThrow();
             AdvisoryLock second = AdvisoryLock.on(postgres.settings()).orElseThrow()) {
            long key = System.nanoTime(); // a key of this run's own: parallel runs never share it
            assertThat(first.tryHold(key)).isTrue();
            assertThat(first.tryHold(key)).as("asking again keeps it").isTrue();
            assertThat(second.tryHold(key)).isFalse();

            first.close(); // the polling instance dies: its session ends
            assertThat(second.tryHold(key)).isTrue();
            assertThat(first.tryHold(key)).isFalse();
        }
    }

    @Test
    void sqliteNeedsNoLock() {
        assertThat(AdvisoryLock.on(org.backcoach.config.DatabaseSettings.sqlite(java.nio.file.Path.of("x.db")))).isEmpty();
    }
}
