package org.backcoach.tips;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.Objects;

/**
 * A time of day in a zone, and the one instant it means on each date. Daylight saving: a time that
 * does not exist that day (in the spring-forward gap) means the first minute after the gap; a time
 * that occurs twice (autumn) means its first occurrence. One instant per date, so never twice a day.
 */
public record DailyTime(LocalTime time, ZoneId zone) {

    public DailyTime {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        time = time.withSecond(0).withNano(0);
    }

    /** The instant of this time on {@code date} in the zone. */
    public Instant on(LocalDate date) {
        LocalDateTime local = date.atTime(time);
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            // ZonedDateTime.ofLocal would move 02:30 by the gap's length (03:30); the next valid minute is the gap's end.
            return transition.getInstant();
        }
        return ZonedDateTime.ofLocal(local, zone, null).toInstant(); // earlier offset in an overlap
    }

    /** The first occurrence strictly after {@code instant}. */
    public Instant nextAfter(Instant instant) {
        LocalDate date = instant.atZone(zone).toLocalDate();
        Instant today = on(date);
        return today.isAfter(instant) ? today : on(date.plusDays(1));
    }

    /** The last occurrence at or before {@code instant}. */
    public Instant latestAtOrBefore(Instant instant) {
        LocalDate date = instant.atZone(zone).toLocalDate();
        Instant today = on(date);
        return today.isAfter(instant) ? on(date.minusDays(1)) : today;
    }
}
