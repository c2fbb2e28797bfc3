package org.backcoach.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.backcoach.telegram.FakeBotApi.privateText;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.backcoach.assistant.Reply;
import org.backcoach.assistant.ReplyKind;
import org.backcoach.config.AdminSettings;
import org.backcoach.safety.EscalationLevel;
import org.backcoach.stats.StatsCommand;
import org.backcoach.store.Database;
import org.backcoach.store.InstanceId;
import org.backcoach.store.PollerLock;
import org.backcoach.store.Subscription;
import org.backcoach.store.SubscriptionStore;
import org.backcoach.store.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two BackCoach instances sharing one PostgreSQL schema, each with its own pool, its own Telegram door
 * and its own fake Bot API (so the test can tell whose long poll is whose): one poller at a time and a
 * standby that takes over, each update answered once, and /stats over what both answered. Skipped,
 * saying why, without PostgreSQL at 127.0.0.1:5432.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SeveralInstancesTest {
    private static final long ADMIN = 4_000_000_001L;
    private static final Duration RETRY = Duration.ofMillis(100);

    private TestPostgres postgres;
    private final List<AutoCloseable> open = new ArrayList<>();

    /** One instance: its pool, door, fake Telegram, clock and polling turn. */
    private record Instance(Database db, FakeBotApi telegram, TelegramDoor door, VirtualTime time, PollingTurn turn) {
    }

    @BeforeEach
    void setUp() throws Exception {
        postgres = TestPostgres.create();
    }

    @AfterEach
    void tearDown() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private Instance start(String name, Optional<PollerLock> lock, Replies replies) throws Exception {
        Database db = postgres.open();
        open.add(db);
        FakeBotApi telegram = new FakeBotApi().idsAbove(100_000 * open.size()); // one Telegram: ids never repeat
        open.add(telegram);
        VirtualTime time = new VirtualTime();
        time.set(Instant.parse("2025-03-10T12:00:00Z"));
        PollingTurn turn = lock.map(l -> new PollingTurn(l, RETRY)).orElseGet(PollingTurn::always);
        TelegramDoor.Options options = time.doorOptions(RateLimits.TELEGRAM);
        StatsCommand stats = StatsCommand.of(db, new AdminSettings(Set.of(ADMIN)), time);
        TelegramDoor door = TelegramDoor.start(telegram.settings(), replies, options,
                new TelegramDoor.State(DoorMemory.of(db, time), Optional.empty(), Optional.of(stats), turn));
        open.add(door);
        return new Instance(db, telegram, door, time, turn);
    }

    private PollerLock advisoryLock(Database db, String instance) {
        return db.pollerLock("poller for bot 123456789", new InstanceId(instance));
    }

    /** A process that died: its lock session is ended by the server, and it never asks for the lock again. */
    private static final class Mortal implements PollerLock {
        private final PollerLock lock;
        private volatile boolean dead;

        Mortal(PollerLock lock) {
            this.lock = lock;
        }

        @Override
        public boolean hold() {
            return !dead && lock.hold();
        }

        @Override
        public void close() {
            lock.close();
        }
    }

    @Test
    void onlyTheLockHolderPollsAndAStandbyTakesOverWithinSecondsWhenThePollerDies() throws Exception {
        String nameA = "a-" + postgres.schema();
        Database dbA = postgres.open();
        open.add(dbA);
        Mortal lockA = new Mortal(advisoryLock(dbA, nameA));
        Instance a = start(nameA, Optional.of(lockA), new ScriptedReplies());
        assertThat(a.turn().polling()).as("A took the lock at start").isTrue();
        a.telegram().await("getUpdates", 1);

        Database dbB = postgres.open();
        open.add(dbB);
        Instance b = start("b", Optional.of(advisoryLock(dbB, "b-" + postgres.schema())), new ScriptedReplies());
        int before = b.turn().tries();
        awaitTrue("B tried the lock five times", () -> b.turn().tries() >= before + 5);
        assertThat(b.turn().polling()).isFalse();
        assertThat(b.telegram().calls("getUpdates")).as("B stands by: it never polls").isEmpty();
        assertThat(answer(a, 1, "/help")).isEqualTo(1);

        // A dies: the server ends its lock session (as when the process is killed) and it asks no more.
        lockA.dead = true;
        long died = System.nanoTime();
        TestPostgres.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                + " WHERE application_name = 'backcoach poller " + nameA + "'");
        b.telegram().await("getUpdates", 1);
        long tookOverMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - died);
        System.out.printf("standby polled %d ms after the poller's lock session ended (retry every %d ms)%n",
                tookOverMillis, RETRY.toMillis());
        assertThat(b.turn().polling()).isTrue();
        awaitTrue("A stopped polling", () -> !a.turn().polling());
        a.telegram().awaitNoPollInFlight();
        int pollsOfA = a.telegram().calls("getUpdates").size();

        assertThat(answer(b, 2, "/help")).isEqualTo(1);
        assertThat(a.telegram().calls("getUpdates")).as("A polls no more").hasSize(pollsOfA);
    }

    @Test
    void theSameUpdatesReceivedByTwoInstancesAreAnsweredOnce() throws Exception {
        // Both poll here (as with webhooks, or a poller handing over): each gets every update.
        Instance a = start("a", Optional.empty(), new ScriptedReplies());
        Instance b = start("b", Optional.empty(), new ScriptedReplies());
        int last = 0;
        for (long chat = 1; chat <= 100; chat++) {
            ObjectNode update = privateText(chat, "/help");
            last = a.telegram().push(update);
            b.telegram().pushAgain(update); // the same update_id
        }
        assertThat(a.door().awaitQuiet(last, Duration.ofSeconds(30))).isTrue();
        assertThat(b.door().awaitQuiet(last, Duration.ofSeconds(30))).isTrue();
        int byA = a.telegram().calls("sendMessage").size();
        int byB = b.telegram().calls("sendMessage").size();
        System.out.printf("100 updates, each received by both instances: answered %d by A, %d by B%n", byA, byB);
        assertThat(byA + byB).isEqualTo(100);
        for (long chat = 1; chat <= 100; chat++) {
            assertThat(a.telegram().sentTo(chat).size() + b.telegram().sentTo(chat).size()).as("replies to chat %d", chat)
                    .isEqualTo(1);
        }
    }

    @Test
    void statsCountWhatEveryInstanceAnsweredAndOnlyAdminsSeeThem() throws Exception {
        ScriptedReplies replies = new ScriptedReplies()
                .on("q-answer", Reply.of(ReplyKind.ANSWER, "An answer."))
                .on("q-fallback", Reply.of(ReplyKind.FALLBACK, "Sorry, I don't have guidance on that."))
                .on("q-urgent", Reply.escalation(EscalationLevel.URGENT, "See a doctor."))
                .on("q-emergency", Reply.escalation(EscalationLevel.EMERGENCY, "Call an ambulance."))
                .on("q-hello", Reply.of(ReplyKind.SMALLTALK, "Hello!"));
        Instance a = start("a", Optional.empty(), replies);
        Instance b = start("b", Optional.empty(), replies);
        SubscriptionStore subscriptions = new SubscriptionStore(a.db());
        Instant now = a.time().instant();
        for (long chat = 1; chat <= 3; chat++) {
            subscriptions.save(new Subscription(chat, java.time.LocalTime.of(7, 0), java.time.ZoneOffset.UTC, chat != 3,
                    now.plusSeconds(3600), 0), now);
        }

        // Eight days ago (beyond the week), three days ago (the week only), and within the last day, on both instances.
        at(a, now.minus(Duration.ofDays(8)));
        answer(a, 10, "q-answer");
        at(a, now.minus(Duration.ofDays(3)));
        answer(a, 11, "q-fallback");
        answer(a, 12, "q-urgent");
        at(a, now.minus(Duration.ofHours(2)));
        answer(a, 13, "q-answer");
        answer(a, 14, "q-hello");
        at(b, now.minus(Duration.ofHours(1)));
        answer(b, 15, "q-fallback");
        answer(b, 16, "q-emergency");
        answer(b, 17, "q-answer");
        answer(b, 18, "/help"); // a command, not a question

        at(b, now);
        String stats = reply(b, ADMIN, "/stats");
        assertThat(stats).isEqualTo("""
                BackCoach stats
                Active subscribers: 2

                Last 24 hours
                Questions: 4 (answered 2, fallback 1, escalated 1)
                Fallback rate: 25.0 %
                Escalations: emergency 1, urgent 0, stop 0
                Small talk: 1

                Last 7 days
                Questions: 6 (answered 2, fallback 2, escalated 2)
                Fallback rate: 33.3 %
                Escalations: emergency 1, urgent 1, stop 0
                Small talk: 1""");
        assertThat(reply(b, 12, "/stats")).as("anyone else").startsWith("I don't know that command.");
        assertThat(reply(a, ADMIN, "/stats")).as("from the other instance").isEqualTo(stats);
    }

    private static void at(Instance instance, Instant when) {
        instance.time().set(when);
    }

    /** Sends {@code text} from {@code chat} through the instance and returns how many replies it got. */
    private static int answer(Instance instance, long chat, String text) throws InterruptedException {
        int id = instance.telegram().push(privateText(chat, text));
        assertThat(instance.door().awaitQuiet(id, Duration.ofSeconds(10))).isTrue();
        return instance.telegram().sentTo(chat).size();
    }

    private static String reply(Instance instance, long chat, String text) throws InterruptedException {
        int before = instance.telegram().sentTo(chat).size();
        answer(instance, chat, text);
        return instance.telegram().awaitSent(chat, before + 1).get(before).text();
    }

    private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting until " + what);
            }
            Thread.sleep(10);
        }
    }
}
