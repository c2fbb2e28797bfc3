package org.backcoach.tips;

import java.time.Clock;
import java.util.Objects;
import org.backcoach.config.TipSettings;
import org.backcoach.store.Database;
import org.backcoach.store.InstanceId;
import org.backcoach.store.SubscriptionStore;

/** The daily-tip feature as a door sees it: the subscription commands and the job that sends the tips. */
public record DailyTips(SubscriptionCommands commands, TipScheduler scheduler, TipSettings settings) {

    public DailyTips {
        Objects.requireNonNull(commands, "commands");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(settings, "settings");
    }

    public static DailyTips open(Database db, TipCatalogue tips, Clock clock, TipSettings settings) {
        return open(db, tips, clock, settings, InstanceId.generate());
    }

    /** @param instance this process among those sharing the database: the owner of its claims */
    public static DailyTips open(Database db, TipCatalogue tips, Clock clock, TipSettings settings, InstanceId instance) {
        SubscriptionStore store = new SubscriptionStore(db);
        return new DailyTips(new SubscriptionCommands(store, clock),
                new TipScheduler(store, tips, clock, TipScheduler.Options.withGrace(settings.grace()), instance), settings);
    }
}
