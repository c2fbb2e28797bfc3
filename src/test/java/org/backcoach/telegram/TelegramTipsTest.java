package org.backcoach.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.telegram.FakeBotApi.Response;
import static org.backcoach.telegram.FakeBotApi.callback;
import static org.backcoach.telegram.FakeBotApi.privateText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.backcoach.config.DatabaseSettings;
import org.backcoach.config.TipSettings;
import org.backcoach.store.Database;
import org.backcoach.store.Delivery;
import org.backcoach.store.FeedbackStore;
import org.backcoach.store.InactiveChats;
import org.backcoach.store.SubscriptionStore;
import org.backcoach.tips.DailyTips;
import org.backcoach.tips.SubscriptionCommands;
import org.backcoach.tips.TipScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Daily tips through the real TelegramBots client and the fake Bot API, with a SQLite file and
 * virtual time: the commands, the time keyboard, a tip and its feedback, restarts, 403 and 429.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TelegramTipsTest {
    private static final long PAT = 111_222_333_444L;

    @TempDir
    Path dir;

    private FakeBotApi telegram;
    private VirtualTime time;
    private Database db;
    private TelegramDoor door;
    private DailyTips tips;

    @BeforeEach
    void setUp() throws Exception {
        telegram = new FakeBotApi();
        time = new VirtualTime();
        time.set(Instant.parse("2025-03-10T06:00:00Z"));
        db = Database.open(DatabaseSettings.sqlite(dir.resolve("backcoach.db")));
    }

    @AfterEach
    void tearDown() {
        if (door != null) {
            door.close();
        }
        db.close();
        telegram.close();
    }

    /** A door as Main builds it, except that time is virtual and the tip job runs when the test says. */
    private void startDoor() {
        SubscriptionStore store = new SubscriptionStore(db);
        TipScheduler scheduler = new TipScheduler(store, ScriptedReplies.CORE.tips(), time,
                new TipScheduler.Options(Duration.ofHours(6), 250, Duration.ofMinutes(2), Duration.ofHours(24)));
        tips = new DailyTips(new SubscriptionCommands(store, time), scheduler, TipSettings.DEFAULTS);
        TelegramDoor.Options options = time.doorOptions(RateLimits.TELEGRAM);
        door = TelegramDoor.start(telegram.settings(), new ScriptedReplies(), options,
                new TelegramDoor.State(DoorMemory.of(db, time), Optional.of(tips)));
    }

    private void restartDoor() {
        door.close();
        door = null;
        telegram.awaitNoPollInFlight();
        startDoor();
    }

    private String ask(String text) throws InterruptedException {
        int before = telegram.sentTo(PAT).size();
        int id = telegram.push(privateText(PAT, text));
        assertThat(door.awaitQuiet(id, Duration.ofSeconds(10))).isTrue();
        return telegram.awaitSent(PAT, before + 1).get(before).text();
    }

    private TipScheduler.Run tipsDueAt(String instant) throws InterruptedException {
        time.set(Instant.parse(instant));
        return tips.scheduler().runDue(door.tipSender());
    }

    private static List<String> buttons(FakeBotApi.Call call, String field) {
        List<String> values = new ArrayList<>();
        call.body().path("reply_markup").path("inline_keyboard").forEach(row -> row.forEach(b -> values.add(b.path(field).asText())));
        return values;
    }

    @Test
    void theMenuOffersTheSubscriptionCommands() {
        startDoor();
        JsonNode body = telegram.await("setMyCommands", 1).get(0).body();
        List<String> commands = new ArrayList<>();
        body.path("commands").forEach(c -> commands.add(c.path("command").asText()));
        assertThat(commands).containsExactly("start", "help", "flareup", "tip", "subscribe", "settings", "unsubscribe", "forget");
    }

    @Test
    void subscribeSettingsUnsubscribeAndForgetAnswerThroughTelegram() throws Exception {
        startDoor();
        assertThat(ask("/subscribe 07:30 Europe/Berlin")).startsWith("Done: one tip every day at 07:30 (Europe/Berlin).")
                .contains("Next tip: today, Mon 10 Mar at 07:30 your time.");
        assertThat(ask("/subscribe@BackCoachBot 25:00")).contains("\"25:00\" is not a time I can read")
                .contains("unchanged").contains("/subscribe 07:30 Europe/Berlin");
        assertThat(ask("/subscribe Mars/Olympus")).contains("I don't know the time zone \"Mars/Olympus\"");
        assertThat(ask("/settings")).contains("every day at 07:30 (Europe/Berlin)");
        assertThat(ask("/subscribe status")).contains("every day at 07:30 (Europe/Berlin)");
        assertThat(ask("/unsubscribe")).startsWith("Daily tips are off");
        assertThat(ask("/settings")).contains("Daily tips are off");
        assertThat(ask("/forget")).startsWith("Deleted everything I stored about this chat: your daily-tip subscription.");
        assertThat(new SubscriptionStore(db).find(PAT)).isEmpty();
    }

    @Test
    void subscribeWithoutATimeOffersAKeyboardAndATapSubscribes() throws Exception {
        startDoor();
        ask("/subscribe");
        FakeBotApi.Call offer = telegram.sentTo(PAT).get(0);
        assertThat(buttons(offer, "text")).containsExactly("07:00", "08:00", "12:00", "18:00", "20:00");
        assertThat(buttons(offer, "callback_data")).containsExactly("s:07:00", "s:08:00", "s:12:00", "s:18:00", "s:20:00");

        int tap = telegram.push(callback(PAT, "s:18:00"));
        telegram.await("answerCallbackQuery", 1);
        assertThat(door.awaitQuiet(tap, Duration.ofSeconds(10))).isTrue();
        assertThat(telegram.awaitSent(PAT, 2).get(1).text()).startsWith("Done: one tip every day at 18:00 (UTC).");
        assertThat(new SubscriptionStore(db).find(PAT).orElseThrow().nextDue()).isEqualTo(Instant.parse("2025-03-10T18:00:00Z"));
    }

    @Test
    void aDueTipArrivesWithFeedbackButtonsItsDeliveryIsRecordedAndAVoteIsStored() throws Exception {
        startDoor();
        ask("/subscribe 07:30 Europe/Berlin");
        assertThat(tipsDueAt("2025-03-10T06:29:59Z").sent()).isZero();
        assertThat(tipsDueAt("2025-03-10T06:30:00Z").sent()).isEqualTo(1);

        FakeBotApi.Call tip = telegram.awaitSent(PAT, 2).get(1);
        assertThat(tip.text()).startsWith("Your daily tip: ").contains("Source:");
        String section = ScriptedReplies.CORE.tips().at(0).id();
        assertThat(buttons(tip, "callback_data")).containsExactly("f:u:" + section, "f:d:" + section);
        Delivery delivery = new SubscriptionStore(db).deliveries(PAT).get(0);
        assertThat(delivery.sectionId()).isEqualTo(section);
        assertThat(delivery.messageId()).isPositive();

        int vote = telegram.push(callback(PAT, "f:d:" + section));
        telegram.await("answerCallbackQuery", 1);
        assertThat(door.awaitQuiet(vote, Duration.ofSeconds(10))).isTrue();
        assertThat(new FeedbackStore(db).vote(PAT, section)).contains(false);
        assertThat(ask("/forget")).contains("the record of 1 tip sent, 1 feedback vote");
    }

    @Test
    void anUpdateDeliveredAgainAfterARestartIsNotAnsweredTwice() throws Exception {
        startDoor();
        ObjectNode question = privateText(PAT, "/help");
        int id = telegram.push(question);
        assertThat(door.awaitQuiet(id, Duration.ofSeconds(10))).isTrue();
        telegram.awaitSent(PAT, 1);
        restartDoor();
        telegram.pushAgain(question); // the restart lost the offset: Telegram hands it out again
        int next = telegram.push(privateText(PAT, "/tip"));
        assertThat(door.awaitQuiet(next, Duration.ofSeconds(10))).isTrue();
        List<FakeBotApi.Call> sent = telegram.awaitSent(PAT, 2);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).text()).startsWith("Tip:");
    }

    @Test
    void aSecondDoorOnTheSameFileContinuesTheRotationAndSendsNothingTwice() throws Exception {
        startDoor();
        ask("/subscribe 07:00 UTC");
        assertThat(tipsDueAt("2025-03-10T07:00:00Z").sent()).isEqualTo(1);
        telegram.awaitSent(PAT, 2);
        restartDoor();
        assertThat(tipsDueAt("2025-03-10T07:05:00Z").sent()).isZero();
        assertThat(tipsDueAt("2025-03-11T07:00:00Z").sent()).isEqualTo(1);
        List<FakeBotApi.Call> sent = telegram.awaitSent(PAT, 3);
        assertThat(sent).hasSize(3);
        assertThat(new SubscriptionStore(db).deliveries(PAT)).extracting(Delivery::tipPosition).containsExactly(0L, 1L);
        assertThat(sent.get(2).text()).isNotEqualTo(sent.get(1).text());
    }

    @Test
    void a403OnATipStopsTheSubscriptionAndIsRememberedAfterARestart() throws Exception {
        startDoor();
        ask("/subscribe 07:00 UTC");
        telegram.script("sendMessage", Response.error(403, "Forbidden: bot was blocked by the user"));
        assertThat(tipsDueAt("2025-03-10T07:00:00Z").stopped()).isEqualTo(1);
        assertThat(new SubscriptionStore(db).find(PAT).orElseThrow().active()).isFalse();
        assertThat(new InactiveChats(db).all()).containsExactly(PAT);
        restartDoor();
        int calls = telegram.calls("sendMessage").size();
        assertThat(door.tipSender().send(PAT, 1)).failsWithin(Duration.ofSeconds(5));
        assertThat(telegram.calls("sendMessage")).hasSize(calls); // not even tried
        assertThat(ask("/settings")).contains("Daily tips are off"); // writing again makes the chat active
        assertThat(new InactiveChats(db).all()).isEmpty();
    }

    @Test
    void a429SlowsTheBroadcastByRetryAfterAndTheTipIsDeliveredOnce() throws Exception {
        startDoor();
        ask("/subscribe 07:00 UTC");
        telegram.script("sendMessage", Response.retryAfter(7));
        assertThat(tipsDueAt("2025-03-10T07:00:00Z").sent()).isEqualTo(1);
        assertThat(time.requested()).contains(Duration.ofSeconds(7));
        assertThat(new SubscriptionStore(db).deliveries(PAT)).hasSize(1);
        assertThat(telegram.sentTo(PAT)).hasSize(3); // the reply, the 429'd tip, the tip again
    }
}
