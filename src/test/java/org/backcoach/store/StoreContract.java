package org.backcoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store must do, whichever database is behind it. Subclasses open the database. */
abstract class StoreContract {
    static final long PAT = 111_222_333_444L; // beyond int range
    static final long GROUP = -1_001_234_567_890L;
    static final Instant NOW = Instant.parse("2025-03-10T06:00:00Z");

    Database db;
    SubscriptionStore subscriptions;

    abstract Database open() throws Exception;

    @BeforeEach
    void setUp() throws Exception {
        db = open();
        subscriptions = new SubscriptionStore(db);
    }

    @AfterEach
    void tearDown() {
        if (db != null) {
            db.close();
        }
    }

    static final InstanceId A = new InstanceId("instance-a");
    static final InstanceId B = new InstanceId("instance-b");

    /** A claim by {@code owner} that runs out {@code seconds} after NOW. */
    static Claim claim(InstanceId owner, long seconds) {
        return new Claim(owner, NOW.plusSeconds(seconds));
    }

    static Subscription daily(long chat, String time, String zone, Instant due) {
        return new Subscription(chat, LocalTime.parse(time), ZoneId.of(zone), true, due, 0);
    }

    @Test
    void aSubscriptionIsSavedReplacedAndFoundWithLargeChatIds() {
        subscriptions.save(daily(PAT, "07:30", "Europe/Berlin", NOW), NOW);
        subscriptions.save(daily(GROUP, "20:00", "UTC+05:30", NOW), NOW);
        subscriptions.save(daily(PAT, "08:15", "America/New_York", NOW.plusSeconds(60)), NOW);
        assertThat(subscriptions.find(PAT)).contains(daily(PAT, "08:15", "America/New_York", NOW.plusSeconds(60)));
        assertThat(subscriptions.find(GROUP).orElseThrow().zone()).isEqualTo(ZoneId.ofOffset("UTC", ZoneOffset.ofHoursMinutes(5, 30)));
        assertThat(subscriptions.find(42)).isEmpty();
    }

    @Test
    void claimsTakeOnlyDueUnclaimedActiveRowsAndADeliveryMovesTheRowOn() {
        subscriptions.save(daily(1, "07:00", "UTC", NOW.minusSeconds(60)), NOW);
        subscriptions.save(daily(2, "07:00", "UTC", NOW.minusSeconds(30)), NOW);
        subscriptions.save(daily(3, "07:00", "UTC", NOW.plusSeconds(60)), NOW); // not yet due
        subscriptions.save(daily(4, "07:00", "UTC", NOW.minusSeconds(60)), NOW);
        subscriptions.deactivate(4, NOW);

        List<Subscription> claimed = subscriptions.claimDue(claim(A, 300), NOW, 10);
        assertThat(claimed).extracting(Subscription::chatId).containsExactly(1L, 2L);
        assertThat(subscriptions.claimDue(claim(B, 300), NOW, 10)).as("same expiry, other owner").isEmpty(); // held
        assertThat(subscriptions.claimDue(claim(A, 301), NOW, 10)).isEmpty(); // held
        // A died: its claims ran out, and B takes them over with the one that came due meanwhile.
        assertThat(subscriptions.claimDue(claim(B, 600), NOW.plusSeconds(300), 10)).extracting(Subscription::chatId)
                .containsExactly(1L, 2L, 3L);
        subscriptions.release(2, claim(A, 300));
        assertThat(subscriptions.claimDue(claim(A, 700), NOW.plusSeconds(300), 10)).as("A's late release leaves B's claim").isEmpty();
        subscriptions.release(2, claim(B, 600));
        assertThat(subscriptions.claimDue(claim(A, 701), NOW.plusSeconds(300), 10)).extracting(Subscription::chatId)
                .containsExactly(2L);

        Subscription one = claimed.get(0);
        Delivery delivery = new Delivery(1, one.nextDue(), "tip-a", 0, NOW, 5001);
        assertThat(subscriptions.delivered(one, delivery, NOW.plusSeconds(86_400))).isTrue();
        assertThat(subscriptions.delivered(one, delivery, NOW.plusSeconds(86_400))).as("same claim twice").isFalse();
        assertThat(subscriptions.find(1).orElseThrow().tipPosition()).isEqualTo(1);
        assertThat(subscriptions.find(1).orElseThrow().nextDue()).isEqualTo(NOW.plusSeconds(86_400));
        assertThat(subscriptions.deliveries(1)).containsExactly(delivery);
    }

    @Test
    void forgetDeletesSubscriptionDeliveriesAndFeedbackAtOnce() {
        Subscription s = daily(PAT, "07:00", "UTC", NOW);
        subscriptions.save(s, NOW);
        subscriptions.delivered(s, new Delivery(PAT, NOW, "tip-a", 0, NOW, 1), NOW.plusSeconds(86_400));
        FeedbackStore feedback = new FeedbackStore(db);
        feedback.record(PAT, "tip-a", true, NOW);
        feedback.record(PAT, "tip-a", false, NOW.plusSeconds(1));
        feedback.record(PAT, "tip-b", true, NOW);
        feedback.record(7, "tip-b", true, NOW);
        assertThat(feedback.vote(PAT, "tip-a")).contains(false);

        assertThat(subscriptions.forget(PAT)).isEqualTo(new Forgotten(true, 1, 2));
        assertThat(subscriptions.find(PAT)).isEmpty();
        assertThat(subscriptions.deliveries(PAT)).isEmpty();
        assertThat(feedback.vote(PAT, "tip-b")).isEmpty();
        assertThat(feedback.vote(7, "tip-b")).contains(true);
        assertThat(subscriptions.forget(PAT).nothing()).isTrue();
    }

    @Test
    void anUpdateIdIsTakenOnOnceAndOldIdsArePruned() {
        HandledUpdates updates = new HandledUpdates(db);
        assertThat(updates.firstTime(1001, NOW)).isTrue();
        assertThat(updates.firstTime(1001, NOW.plusSeconds(5))).isFalse();
        assertThat(updates.firstTime(1002, NOW.plusSeconds(100))).isTrue();
        assertThat(updates.prune(NOW.plusSeconds(50))).isEqualTo(1);
        assertThat(updates.firstTime(1002, NOW.plusSeconds(200))).isFalse();
    }

    @Test
    void theQuestionLogCountsKindsAndLevelsSinceAnInstantAndIsPruned() {
        QuestionLog log = new QuestionLog(db);
        log.record("answer", Optional.empty(), NOW.minusSeconds(100));
        log.record("answer", Optional.empty(), NOW);
        log.record("fallback", Optional.empty(), NOW);
        log.record("escalation", Optional.of("urgent"), NOW);
        log.record("escalation", Optional.of("urgent"), NOW.plusSeconds(1));
        log.record("escalation", Optional.of("stop"), NOW);
        QuestionLog.Counts counts = log.since(NOW);
        assertThat(counts.byKind()).isEqualTo(Map.of("answer", 1, "fallback", 1, "escalation", 3));
        assertThat(counts.byEscalation()).isEqualTo(Map.of("urgent", 2, "stop", 1));
        assertThat(log.since(NOW.minusSeconds(100)).kind("answer")).isEqualTo(2);
        assertThat(log.prune(NOW)).isEqualTo(1);
        assertThat(log.since(Instant.EPOCH).kind("answer")).isEqualTo(1);
    }

    @Test
    void activeSubscriptionsAreCounted() {
        subscriptions.save(daily(1, "07:00", "UTC", NOW), NOW);
        subscriptions.save(daily(2, "07:00", "UTC", NOW), NOW);
        subscriptions.deactivate(2, NOW);
        assertThat(subscriptions.countActive()).isEqualTo(1);
    }

    @Test
    void inactiveChatsAreKept() {
        InactiveChats inactive = new InactiveChats(db);
        inactive.add(PAT, NOW);
        inactive.add(PAT, NOW);
        inactive.add(GROUP, NOW);
        inactive.remove(GROUP);
        assertThat(inactive.all()).containsExactly(PAT);
    }
}
