package org.backcoach.tips;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.backcoach.config.DatabaseSettings;
import org.backcoach.store.Database;
import org.backcoach.store.Delivery;
import org.backcoach.store.FeedbackStore;
import org.backcoach.store.Subscription;
import org.backcoach.store.SubscriptionStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubscriptionCommandsTest {
    static final long PAT = 111_222_333_444L;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-10T06:00:00Z")); // a Monday
    private Database db;
    private SubscriptionStore store;
    private SubscriptionCommands commands;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseSettings.sqlite(dir.resolve("backcoach.db")));
        store = new SubscriptionStore(db);
        commands = new SubscriptionCommands(store, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Subscription stored() {
        return store.find(PAT).orElseThrow();
    }

    // ---- what is accepted -----------------------------------------------------------------------

    @ParameterizedTest(name = "/subscribe {0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "07:30 Europe/Berlin     | 07:30 | Europe/Berlin",
        "Europe/Berlin 07:30     | 07:30 | Europe/Berlin",
        "7:30 europe/berlin      | 07:30 | Europe/Berlin",
        "07.30 Berlin            | 07:30 | Europe/Berlin",
        "18:00 America/New_York  | 18:00 | America/New_York",
        "7:15am UTC+2            | 07:15 | UTC+02:00",
        "7:15 pm UTC-5:30        | 19:15 | UTC-05:30",
        "12am GMT+0530           | 00:00 | UTC+05:30",
        "12pm +14                | 12:00 | UTC+14:00",
        "6 utc                   | 06:00 | UTC",
        "23:59 UTC-12            | 23:59 | UTC-12:00",
        "00:00 Asia/Kolkata      | 00:00 | Asia/Kolkata",
    })
    void timesAndZonesAreReadInEveryUsualForm(String arguments, String time, String zone) {
        String reply = commands.subscribe(PAT, arguments).text();
        assertThat(reply).startsWith("Done: one tip every day at " + time + " (" + zone + ")");
        assertThat(stored().time()).isEqualTo(LocalTime.parse(time));
        assertThat(stored().zone()).isEqualTo(ZoneId.of(zone));
        assertThat(stored().active()).isTrue();
    }

    @Test
    void withoutATimeOrZoneTheDefaultsAreUsedAndSaid() {
        String reply = commands.subscribe(PAT, "UTC").text();
        assertThat(reply).contains("08:00 (UTC)").contains("no time given, so I used 08:00");
        reply = commands.subscribe(PAT + 1, "09:00").text();
        assertThat(reply).contains("09:00 (UTC)").contains("no time zone given, so I used UTC");
    }

    @Test
    void theReplyConfirmsTheNextDeliveryInTheUsersLocalTime() {
        // 06:00 UTC is 07:00 in Berlin: 07:30 is still to come today.
        assertThat(commands.subscribe(PAT, "07:30 Europe/Berlin").text()).contains("Next tip: today, Mon 10 Mar at 07:30 your time.");
        assertThat(commands.subscribe(PAT, "06:30 Europe/Berlin").text()).contains("Next tip: tomorrow, Tue 11 Mar at 06:30 your time.");
        // 06:00 UTC is 19:00 in Auckland (UTC+13): 07:00 there is tomorrow, their Tuesday.
        assertThat(commands.subscribe(PAT, "07:00 Pacific/Auckland").text()).contains("Next tip: tomorrow, Tue 11 Mar at 07:00 your time.");
        assertThat(stored().nextDue()).isEqualTo(Instant.parse("2025-03-10T18:00:00Z"));
    }

    @Test
    void changingOnlyTheTimeKeepsTheZoneAndTheRotation() {
        commands.subscribe(PAT, "07:30 Asia/Tokyo");
        Subscription first = stored();
        store.delivered(first, new Delivery(PAT, first.nextDue(), "x", 0, first.nextDue(), 1), first.nextDue().plusSeconds(86_400));
        commands.subscribe(PAT, "21:00");
        assertThat(stored().zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(stored().time()).isEqualTo(LocalTime.of(21, 0));
        assertThat(stored().tipPosition()).isEqualTo(1);
    }

    @Test
    void noArgumentsOfferCommonTimesAndATapSubscribesInTheChatsZone() {
        TipsAnswer offer = commands.subscribe(PAT, "");
        assertThat(offer.timeChoices()).containsExactly(LocalTime.of(7, 0), LocalTime.of(8, 0), LocalTime.of(12, 0),
                LocalTime.of(18, 0), LocalTime.of(20, 0));
        assertThat(store.find(PAT)).isEmpty();
        assertThat(commands.subscribeAt(PAT, LocalTime.of(18, 0)).text()).contains("18:00 (UTC)");
        commands.subscribe(PAT, "07:00 Europe/Berlin");
        assertThat(commands.subscribeAt(PAT, LocalTime.of(20, 0)).text()).contains("20:00 (Europe/Berlin)");
    }

    // ---- what is refused, leaving the subscription as it was -------------------------------------

    @ParameterizedTest(name = "/subscribe {0}")
    @CsvSource(delimiter = '|', value = {
        "25:00                   | \"25:00\" is not a time I can read",
        "24:00 UTC               | \"24:00\" is not a time I can read",
        "07:60                   | \"07:60\" is not a time I can read",
        "7:5                     | \"7:5\" is not a time I can read",
        "13pm                    | \"13pm\" is not a time I can read",
        "0730                    | \"0730\" is not a time I can read",
        "99                      | \"99\" is not a time I can read",
        "07:30 Mars/Olympus      | I don't know the time zone \"Mars/Olympus\"",
        "Mars/Olympus            | I don't know the time zone \"Mars/Olympus\"",
        "07:30 UTC+15            | I don't know the time zone \"UTC+15\"",
        "07:30 UTC-13            | I don't know the time zone \"UTC-13\"",
        "07:30 UTC+2:75          | I don't know the time zone \"UTC+2:75\"",
        "07:30 EST               | I don't know the time zone \"EST\"",
        "07:30 tomorrow          | I don't know the time zone \"tomorrow\"",
        "07:30 08:30             | That's two times",
        "Europe/Berlin UTC       | That's two time zones",
        "07:30 Europe/Berlin now | That's more than a time and a time zone",
    })
    void badInputGetsAClearMessageWithExamplesAndChangesNothing(String arguments, String problem) {
        commands.subscribe(PAT, "07:00 Europe/Berlin");
        Subscription before = stored();
        String reply = commands.subscribe(PAT, arguments).text();
        assertThat(reply).contains(problem).contains("unchanged").contains("/subscribe 07:30 Europe/Berlin")
                .contains("UTC+2");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void badInputWithoutASubscriptionCreatesNone() {
        commands.subscribe(PAT, "25:00 Mars/Olympus");
        assertThat(store.find(PAT)).isEmpty();
    }

    // ---- unsubscribe, settings, forget -----------------------------------------------------------

    @Test
    void unsubscribeStopsAndSaysSoAndTwiceSaysThereIsNothingToStop() {
        commands.subscribe(PAT, "07:00 UTC");
        assertThat(commands.unsubscribe(PAT).text()).startsWith("Daily tips are off");
        assertThat(stored().active()).isFalse();
        assertThat(commands.unsubscribe(PAT).text()).contains("nothing to stop");
        assertThat(commands.subscribe(PAT, "07:00").text()).startsWith("Done");
        assertThat(stored().active()).isTrue();
    }

    @Test
    void settingsAndSubscribeStatusShowTheCurrentSubscription() {
        assertThat(commands.settings(PAT).text()).contains("You don't get daily tips");
        commands.subscribe(PAT, "07:30 Europe/Berlin");
        String settings = commands.settings(PAT).text();
        assertThat(settings).contains("every day at 07:30 (Europe/Berlin)").contains("Next tip: today, Mon 10 Mar at 07:30")
                .contains("Tips sent so far: 0");
        assertThat(commands.subscribe(PAT, "status").text()).isEqualTo(settings);
        commands.unsubscribe(PAT);
        assertThat(commands.settings(PAT).text()).contains("Daily tips are off").contains("/subscribe 07:30 Europe/Berlin");
    }

    @Test
    void forgetDeletesEverythingAtOnceAndSaysWhat() {
        commands.subscribe(PAT, "07:00 UTC");
        Subscription s = stored();
        store.delivered(s, new Delivery(PAT, s.nextDue(), "tip-a", 0, s.nextDue(), 1), s.nextDue().plusSeconds(86_400));
        new FeedbackStore(db).record(PAT, "tip-a", true, clock.instant());
        String reply = commands.forget(PAT).text();
        assertThat(reply).contains("your daily-tip subscription, the record of 1 tip sent, 1 feedback vote");
        assertThat(store.find(PAT)).isEmpty();
        assertThat(store.deliveries(PAT)).isEmpty();
        assertThat(commands.forget(PAT).text()).startsWith("I had nothing stored about this chat");
    }
}
