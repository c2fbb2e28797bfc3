package org.backcoach.tips;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.backcoach.store.Subscription;
import org.backcoach.store.SubscriptionStore;

/**
 * /subscribe, /unsubscribe, /settings and /forget: one small method each. Input is checked before
 * anything is stored, so bad input leaves the current subscription as it was.
 */
public final class SubscriptionCommands {
    public static final LocalTime DEFAULT_TIME = LocalTime.of(8, 0);
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");
    /** Offered as buttons to /subscribe without arguments. */
    public static final List<LocalTime> COMMON_TIMES = List.of(LocalTime.of(7, 0), LocalTime.of(8, 0), LocalTime.of(12, 0),
            LocalTime.of(18, 0), LocalTime.of(20, 0));

    private final SubscriptionStore store;
    private final Clock clock;

    public SubscriptionCommands(SubscriptionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** {@code /subscribe [HH:MM] [zone]} and {@code /subscribe status}. */
    public TipsAnswer subscribe(long chatId, String arguments) {
        SubscribeArguments parsed = SubscribeArguments.parse(arguments);
        if (parsed instanceof SubscribeArguments.Invalid invalid) {
            return TipsAnswer.of(TipTexts.invalid(invalid.problem()));
        }
        if (parsed instanceof SubscribeArguments.Status) {
            return settings(chatId);
        }
        if (parsed instanceof SubscribeArguments.Change change) {
            return change(chatId, change.time(), change.zone());
        }
        return new TipsAnswer(TipTexts.CHOOSE, COMMON_TIMES);
    }

    /** A tap on one of the offered times: that time, in the zone the chat already uses (UTC otherwise). */
    public TipsAnswer subscribeAt(long chatId, LocalTime time) {
        return change(chatId, Optional.of(time), Optional.empty());
    }

    public TipsAnswer unsubscribe(long chatId) {
        return TipsAnswer.of(store.deactivate(chatId, clock.instant()) ? TipTexts.STOPPED : TipTexts.NOTHING_TO_STOP);
    }

    public TipsAnswer settings(long chatId) {
        return store.find(chatId)
                .map(s -> TipTexts.settings(s, clock.instant(), store.deliveries(chatId).size()))
                .map(TipsAnswer::of)
                .orElse(TipsAnswer.of(TipTexts.NO_SUBSCRIPTION));
    }

    /** Deletes the chat's subscription, deliveries and feedback at once and says what went. */
    public TipsAnswer forget(long chatId) {
        return TipsAnswer.of(TipTexts.forgotten(store.forget(chatId)));
    }

    private TipsAnswer change(long chatId, Optional<LocalTime> time, Optional<ZoneId> zone) {
        Instant now = clock.instant();
        Optional<Subscription> current = store.find(chatId);
        // What the user leaves out stays as it was; only a first subscription gets the defaults (and says so).
        LocalTime newTime = time.or(() -> current.map(Subscription::time)).orElse(DEFAULT_TIME);
        ZoneId newZone = zone.or(() -> current.map(Subscription::zone)).orElse(DEFAULT_ZONE);
        DailyTime daily = new DailyTime(newTime, newZone);
        Subscription subscription = new Subscription(chatId, daily.time(), newZone, true, daily.nextAfter(now),
                current.map(Subscription::tipPosition).orElse(0L));
        store.save(subscription, now);
        boolean defaultTime = time.isEmpty() && current.isEmpty();
        boolean defaultZone = zone.isEmpty() && current.isEmpty();
        return TipsAnswer.of(TipTexts.subscribed(subscription, now, defaultTime, defaultZone));
    }
}
