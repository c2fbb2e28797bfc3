package org.backcoach.tips;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.backcoach.config.DatabaseSettings;
import org.backcoach.corpus.CorpusLoader;
import org.backcoach.corpus.Section;
import org.backcoach.store.Database;
import org.backcoach.store.Delivery;
import org.backcoach.store.SubscriptionStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The daily tip job on a clock the test moves: nothing here sleeps. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TipSchedulerTest {
    static final TipCatalogue TIPS = new TipCatalogue(new CorpusLoader().load(Path.of("corpus")));
    static final long PAT = 111_222_333_444L;
    static final long SAM = 2;
    static final long GROUP = -1_001_234_567_890L;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-06T06:00:00Z"));
    private final FakeTipSender telegram = new FakeTipSender(clock);
    private Database db;
    private SubscriptionStore store;
    private SubscriptionCommands commands;
    private TipScheduler scheduler;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseSettings.sqlite(dir.resolve("backcoach.db")));
        store = new SubscriptionStore(db);
        commands = new SubscriptionCommands(store, clock);
        scheduler = scheduler(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private TipScheduler scheduler(Database database) {
        return new TipScheduler(new SubscriptionStore(database), TIPS, clock, TipScheduler.Options.withGrace(Duration.ofHours(6)));
    }

    private void subscribe(long chat, String arguments) {
        assertThat(commands.subscribe(chat, arguments).text()).startsWith("Done");
    }

    /** Runs the job at {@code instant} and returns what it did. */
    private TipScheduler.Run runAt(String instant) throws InterruptedException {
        clock.set(instant);
        return scheduler.runDue(telegram);
    }

    /** Runs the job once a minute from {@code from} (inclusive) to {@code to} (exclusive). */
    private void runEveryMinute(String from, String to) throws InterruptedException {
        for (Instant t = Instant.parse(from); t.isBefore(Instant.parse(to)); t = t.plusSeconds(60)) {
            clock.set(t);
            scheduler.runDue(telegram);
        }
    }

    private static List<Instant> instants(String... instants) {
        return java.util.Arrays.stream(instants).map(Instant::parse).toList();
    }

    // ---- rotation -------------------------------------------------------------------------------

    @Test
    void everyTipComesOnceBeforeAnyRepeatsAndTheRotationGoesOn() throws Exception {
        subscribe(PAT, "07:00 UTC");
        int days = TIPS.size() * 2 + 1;
        for (int day = 0; day < days; day++) {
            runAt(Instant.parse("2025-01-06T07:00:00Z").plus(Duration.ofDays(day)).toString());
        }
        List<Delivery> deliveries = store.deliveries(PAT);
        assertThat(deliveries).hasSize(days);
        Set<String> firstRound = new HashSet<>();
        deliveries.subList(0, TIPS.size()).forEach(d -> firstRound.add(d.sectionId()));
        assertThat(firstRound).containsExactlyInAnyOrderElementsOf(TIPS.all().stream().map(Section::id).toList());
        assertThat(deliveries.subList(TIPS.size(), 2 * TIPS.size())).extracting(Delivery::sectionId)
                .containsExactlyElementsOf(deliveries.subList(0, TIPS.size()).stream().map(Delivery::sectionId).toList());
        assertThat(deliveries).extracting(Delivery::tipPosition).containsExactlyElementsOf(
                java.util.stream.LongStream.range(0, days).boxed().toList());
        assertThat(telegram.sentTo(PAT)).extracting(FakeTipSender.Sent::position)
                .containsExactlyElementsOf(deliveries.stream().map(Delivery::tipPosition).toList());
    }

    @Test
    void aTipGoesAtItsMinuteAndNotBeforeAndOnlyOnceADay() throws Exception {
        subscribe(PAT, "07:30 UTC");
        assertThat(runAt("2025-01-06T07:29:59Z").sent()).isZero();
        assertThat(runAt("2025-01-06T07:30:00Z").sent()).isEqualTo(1);
        assertThat(runAt("2025-01-06T07:30:30Z").sent()).isZero();
        assertThat(runAt("2025-01-06T23:59:00Z").sent()).isZero();
        assertThat(runAt("2025-01-07T07:30:10Z").sent()).isEqualTo(1);
        assertThat(store.deliveries(PAT)).extracting(Delivery::dueAt)
                .containsExactlyElementsOf(instants("2025-01-06T07:30:00Z", "2025-01-07T07:30:00Z"));
    }

    // ---- zones ------------------------------------------------------------------------------------

    @Test
    void zonesOnBothSidesOfUtcGetTheirOwnMorning() throws Exception {
        clock.set("2025-01-05T12:00:00Z");
        subscribe(1, "07:30 America/Los_Angeles");  // UTC-8 in January
        subscribe(2, "07:30 Asia/Tokyo");            // UTC+9: the day before in UTC
        subscribe(3, "07:30 Asia/Kolkata");          // UTC+5:30
        subscribe(4, "07:30 UTC-3:30");              // an offset west of UTC
        subscribe(5, "07:30 UTC+14");                // the far east edge
        runEveryMinute("2025-01-05T12:00:00Z", "2025-01-06T16:00:00Z");
        assertThat(telegram.timesTo(1)).containsExactlyElementsOf(instants("2025-01-05T15:30:00Z", "2025-01-06T15:30:00Z"));
        assertThat(telegram.timesTo(2)).containsExactlyElementsOf(instants("2025-01-05T22:30:00Z"));
        assertThat(telegram.timesTo(3)).containsExactlyElementsOf(instants("2025-01-06T02:00:00Z"));
        assertThat(telegram.timesTo(4)).containsExactlyElementsOf(instants("2025-01-06T11:00:00Z"));
        assertThat(telegram.timesTo(5)).containsExactlyElementsOf(instants("2025-01-05T17:30:00Z"));
    }

    // ---- daylight saving ---------------------------------------------------------------------------

    @Test
    void springForwardInBerlinSendsANonExistentTimeAtTheNextValidMinuteAndTheRestOnTime() throws Exception {
        clock.set("2025-03-28T12:00:00Z");
        subscribe(1, "02:30 Europe/Berlin"); // does not exist on 30 March 2025: 02:00 CET jumps to 03:00 CEST
        subscribe(2, "07:30 Europe/Berlin");
        runEveryMinute("2025-03-28T12:00:00Z", "2025-03-31T12:00:00Z");
        assertThat(telegram.timesTo(1)).containsExactlyElementsOf(instants(
                "2025-03-29T01:30:00Z",   // 02:30 CET
                "2025-03-30T01:00:00Z",   // 03:00 CEST, the first minute after the gap
                "2025-03-31T00:30:00Z")); // 02:30 CEST
        assertThat(telegram.timesTo(2)).containsExactlyElementsOf(instants(
                "2025-03-29T06:30:00Z", "2025-03-30T05:30:00Z", "2025-03-31T05:30:00Z"));
    }

    @Test
    void fallBackInBerlinSendsATimeThatOccursTwiceOnce() throws Exception {
        clock.set("2025-10-24T12:00:00Z");
        subscribe(1, "02:30 Europe/Berlin"); // occurs twice on 26 October 2025: 02:30 CEST, then 02:30 CET
        subscribe(2, "07:30 Europe/Berlin");
        runEveryMinute("2025-10-24T12:00:00Z", "2025-10-27T12:00:00Z");
        assertThat(telegram.timesTo(1)).containsExactlyElementsOf(instants(
                "2025-10-25T00:30:00Z",   // 02:30 CEST
                "2025-10-26T00:30:00Z",   // the first 02:30 (CEST); the second one (01:30Z) sends nothing
                "2025-10-27T01:30:00Z")); // 02:30 CET
        assertThat(telegram.timesTo(2)).containsExactlyElementsOf(instants(
                "2025-10-25T05:30:00Z", "2025-10-26T06:30:00Z", "2025-10-27T06:30:00Z"));
    }

    @Test
    void theReplyNamesTheNextDeliveryInLocalTimeAndSaysWhenTheGapMovesIt() {
        clock.set("2025-03-29T12:00:00Z");
        String reply = commands.subscribe(PAT, "02:30 Europe/Berlin").text();
        assertThat(reply).contains("02:30 (Europe/Berlin)")
                .contains("Next tip: tomorrow, Sun 30 Mar at 03:00 your time")
                .contains("02:30 does not exist that day");
    }

    // ---- downtime and the grace period -------------------------------------------------------------

    @Test
    void aTipMissedWhileTheBotWasDownGoesOnRecoveryWithinTheGracePeriod() throws Exception {
        subscribe(PAT, "07:00 UTC");
        assertThat(runAt("2025-01-06T12:59:00Z").sent()).isEqualTo(1); // 5 h 59 min late
        assertThat(store.deliveries(PAT).get(0).dueAt()).isEqualTo(Instant.parse("2025-01-06T07:00:00Z"));
        assertThat(store.find(PAT).orElseThrow().nextDue()).isEqualTo(Instant.parse("2025-01-07T07:00:00Z"));
    }

    @Test
    void aTipMissedBeyondTheGracePeriodIsSkippedAndTheNextDayComesAsUsual() throws Exception {
        subscribe(PAT, "07:00 UTC");
        TipScheduler.Run late = runAt("2025-01-06T13:01:00Z");
        assertThat(late.sent()).isZero();
        assertThat(late.skipped()).isEqualTo(1);
        assertThat(store.find(PAT).orElseThrow().nextDue()).isEqualTo(Instant.parse("2025-01-07T07:00:00Z"));
        assertThat(store.find(PAT).orElseThrow().tipPosition()).isZero(); // the skipped day costs no tip
        assertThat(runAt("2025-01-07T07:00:00Z").sent()).isEqualTo(1);
        assertThat(telegram.sentTo(PAT)).extracting(FakeTipSender.Sent::position).containsExactly(0L);
    }

    @Test
    void afterDaysDownOnlyTheLatestMissedTipWithinGraceGoesNotOneADay() throws Exception {
        subscribe(PAT, "07:00 UTC");
        assertThat(runAt("2025-01-09T08:00:00Z").sent()).isEqualTo(1); // down three days, back an hour after today's
        assertThat(store.deliveries(PAT)).extracting(Delivery::dueAt).containsExactly(Instant.parse("2025-01-09T07:00:00Z"));
        assertThat(runAt("2025-01-09T08:01:00Z").sent()).isZero();
    }

    // ---- failures --------------------------------------------------------------------------------

    @Test
    void a403StopsThatSubscriberOnlyAndNothingMoreIsSentToIt() throws Exception {
        subscribe(PAT, "07:00 UTC");
        subscribe(SAM, "07:00 UTC");
        telegram.answer(PAT, FakeTipSender.Answer.FORBIDDEN);
        TipScheduler.Run run = runAt("2025-01-06T07:00:00Z");
        assertThat(run.stopped()).isEqualTo(1);
        assertThat(run.sent()).isEqualTo(1);
        assertThat(store.find(PAT).orElseThrow().active()).isFalse();
        assertThat(store.deliveries(PAT)).isEmpty();
        telegram.answer(PAT, FakeTipSender.Answer.ACCEPT);
        runAt("2025-01-07T07:00:00Z");
        assertThat(telegram.sentTo(PAT)).isEmpty();
        assertThat(telegram.sentTo(SAM)).hasSize(2);
    }

    @Test
    void aTipThatCouldNotBeSentStaysDueAndGoesAtTheNextRun() throws Exception {
        subscribe(PAT, "07:00 UTC");
        telegram.answer(PAT, FakeTipSender.Answer.FAIL);
        assertThat(runAt("2025-01-06T07:00:00Z").failed()).isEqualTo(1);
        telegram.answer(PAT, FakeTipSender.Answer.ACCEPT);
        assertThat(runAt("2025-01-06T07:00:10Z").sent()).isEqualTo(1);
        assertThat(store.deliveries(PAT)).extracting(Delivery::dueAt).containsExactly(Instant.parse("2025-01-06T07:00:00Z"));
    }

    @Test
    void aCrashAfterTheSendAndBeforeTheCommitResendsOnlyTheTipInFlight() throws Exception {
        for (long chat : List.of(1L, 2L, 4L, 5L)) {
            subscribe(chat, "06:59 UTC");
        }
        subscribe(3, "07:00 UTC"); // due last, so handed over last
        telegram.answer(3, FakeTipSender.Answer.HANG);
        clock.set("2025-01-06T07:00:00Z");
        AtomicReference<Throwable> ended = new AtomicReference<>();
        Thread first = new Thread(() -> {
            try {
                scheduler.runDue(telegram);
            } catch (Throwable e) {
                ended.set(e);
            }
        }, "first-instance");
        first.start();
        assertThat(telegram.hung.await(10, TimeUnit.SECONDS)).isTrue();
        // The others were accepted and recorded one by one; chat 3's answer never comes: the process dies.
        first.interrupt();
        first.join(10_000);
        assertThat(ended.get()).isInstanceOf(InterruptedException.class);
        db.close();

        telegram.answer(3, FakeTipSender.Answer.ACCEPT);
        db = Database.open(DatabaseSettings.sqlite(dir.resolve("backcoach.db")));
        store = new SubscriptionStore(db);
        TipScheduler second = scheduler(db);
        clock.set("2025-01-06T07:01:00Z");
        assertThat(second.runDue(telegram).sent()).as("the crashed claim still holds").isZero();
        clock.set("2025-01-06T07:02:01Z");
        assertThat(second.runDue(telegram).sent()).isEqualTo(1);
        assertThat(telegram.sentTo(3)).hasSize(2); // the one message in flight, resent once
        for (long chat : List.of(1L, 2L, 4L, 5L)) {
            assertThat(telegram.sentTo(chat)).as("chat %d", chat).hasSize(1);
        }
        for (long chat = 1; chat <= 5; chat++) {
            assertThat(store.deliveries(chat)).as("chat %d", chat).hasSize(1);
        }
    }

    // ---- restarts ---------------------------------------------------------------------------------

    @Test
    void aSecondInstanceOnTheSameFileContinuesWhereTheFirstStoppedAndSendsNothingTwice() throws Exception {
        clock.set("2025-01-06T05:00:00Z");
        subscribe(PAT, "07:00 Europe/Berlin");
        subscribe(GROUP, "21:00 America/New_York");
        runEveryMinute("2025-01-06T06:00:00Z", "2025-01-08T06:00:00Z");
        db.close();

        db = Database.open(DatabaseSettings.sqlite(dir.resolve("backcoach.db")));
        store = new SubscriptionStore(db);
        scheduler = scheduler(db);
        runEveryMinute("2025-01-08T06:00:00Z", "2025-01-10T06:00:00Z");

        assertThat(telegram.sentTo(PAT)).extracting(FakeTipSender.Sent::position).containsExactly(0L, 1L, 2L, 3L);
        assertThat(telegram.timesTo(PAT)).containsExactlyElementsOf(instants("2025-01-06T06:00:00Z",
                "2025-01-07T06:00:00Z", "2025-01-08T06:00:00Z", "2025-01-09T06:00:00Z"));
        assertThat(telegram.sentTo(GROUP)).extracting(FakeTipSender.Sent::position).containsExactly(0L, 1L, 2L, 3L);
        assertThat(store.deliveries(GROUP)).hasSize(4);
    }

    @Test
    void theJobRunsOnItsOwnNamedThreadAndStops() throws Exception {
        subscribe(PAT, "07:00 UTC");
        clock.set("2025-01-06T07:00:00Z");
        java.util.concurrent.CompletableFuture<String> thread = new java.util.concurrent.CompletableFuture<>();
        scheduler.start((chat, position) -> {
            thread.complete(Thread.currentThread().getName());
            return java.util.concurrent.CompletableFuture.completedFuture(1L);
        });
        assertThat(thread.get(10, TimeUnit.SECONDS)).isEqualTo(TipScheduler.JOB);
        assertThat(scheduler.stop(Duration.ofSeconds(5))).isTrue();
    }
}
