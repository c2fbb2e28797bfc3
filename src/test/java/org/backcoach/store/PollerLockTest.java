package org.backcoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.backcoach.config.DatabaseSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The poller lock: one holder per bot among the instances on a PostgreSQL schema; always held on SQLite. */
class PollerLockTest {
    private static final String BOT = "poller for bot 123";

    @TempDir
    Path dir;

    private TestPostgres postgres;
    private Database db;

    @AfterEach
    void close() throws Exception {
        if (db != null) {
            db.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void onPostgresOneInstanceHoldsItAndAnotherTakesItWhenTheHoldersSessionEnds() throws Exception {
        postgres = TestPostgres.create();
        db = postgres.open();
        String a = "a-" + postgres.schema();
        try (PollerLock first = db.pollerLock(BOT, new InstanceId(a));
             PollerLock second = db.pollerLock(BOT, new InstanceId("b-" + postgres.schema()));
             PollerLock otherBot = db.pollerLock("poller for bot 456", new InstanceId("c-" + postgres.schema()))) {
            assertThat(first.hold()).isTrue();
            assertThat(first.hold()).as("still held").isTrue();
            assertThat(second.hold()).isFalse();
            assertThat(otherBot.hold()).as("another bot has a lock of its own").isTrue();

            // With a timeout the call waits until the session has really ended (and freed its lock).
            TestPostgres.execute("SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity"
                    + " WHERE application_name = 'backcoach poller " + a + "'");
            assertThat(first.hold()).as("the holder notices its session is gone").isFalse();
            assertThat(second.hold()).isTrue();
            assertThat(first.hold()).as("taken now").isFalse();

            second.close();
            assertThat(first.hold()).as("free again after a clean stop").isTrue();
        }
    }

    @Test
    void onPostgresTheSameBotInAnotherSchemaHasItsOwnLock() throws Exception {
        postgres = TestPostgres.create();
        db = postgres.open();
        try (TestPostgres other = TestPostgres.create(); Database otherDb = other.open();
             PollerLock here = db.pollerLock(BOT, new InstanceId("here"));
             PollerLock there = otherDb.pollerLock(BOT, new InstanceId("there"))) {
            assertThat(here.hold()).isTrue();
            assertThat(there.hold()).isTrue();
        }
    }

    @Test
    void onSqliteItIsAlwaysHeld() {
        db = Database.open(DatabaseSettings.sqlite(dir.resolve("backcoach.db")));
        try (PollerLock first = db.pollerLock(BOT, new InstanceId("a"));
             PollerLock second = db.pollerLock(BOT, new InstanceId("b"))) {
            assertThat(first.hold()).isTrue();
            assertThat(second.hold()).isTrue();
        }
    }
}
