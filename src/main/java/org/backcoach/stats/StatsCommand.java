package org.backcoach.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.backcoach.config.AdminSettings;
import org.backcoach.store.Database;
import org.backcoach.store.QuestionLog;
import org.backcoach.store.SubscriptionStore;

/**
 * The admin command {@code /stats}: active subscribers, and questions, fallback rate and escalations
 * over the last day and week. Only chats listed in {@link AdminSettings} get it; for everyone else it
 * does not exist (they get the unknown-command reply, which does not reveal it).
 */
public final class StatsCommand {
    private final AdminSettings admins;
    private final QuestionLog questions;
    private final SubscriptionStore subscriptions;
    private final Clock clock;

    public StatsCommand(AdminSettings admins, QuestionLog questions, SubscriptionStore subscriptions, Clock clock) {
        this.admins = Objects.requireNonNull(admins, "admins");
        this.questions = Objects.requireNonNull(questions, "questions");
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static StatsCommand of(Database db, AdminSettings admins, Clock clock) {
        return new StatsCommand(admins, new QuestionLog(db), new SubscriptionStore(db), clock);
    }

    /** The statistics for an admin's chat; empty for any other chat. */
    public Optional<String> answer(long chatId) {
        if (!admins.isAdmin(chatId)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Usage day = Usage.of("Last 24 hours", questions.since(now.minus(Duration.ofDays(1))));
        Usage week = Usage.of("Last 7 days", questions.since(now.minus(Duration.ofDays(7))));
        return Optional.of("BackCoach stats\n"
                + "Active subscribers: " + subscriptions.countActive() + "\n\n"
                + day.text() + "\n\n" + week.text());
    }
}
