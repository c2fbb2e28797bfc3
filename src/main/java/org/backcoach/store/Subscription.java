package org.backcoach.store;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A chat's daily tip as stored.
 *
 * @param chatId      the Telegram chat
 * @param time        local time of day, to the minute
 * @param zone        the subscriber's zone (region id or fixed offset)
 * @param active      false after /unsubscribe or a 403
 * @param nextDue     when the next tip is due
 * @param tipPosition rotation position of the next tip
 */
public record Subscription(long chatId, LocalTime time, ZoneId zone, boolean active, Instant nextDue, long tipPosition) {
    public Subscription {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(nextDue, "nextDue");
        time = time.withSecond(0).withNano(0);
    }
}
