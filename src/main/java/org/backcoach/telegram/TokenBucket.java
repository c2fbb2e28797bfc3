package org.backcoach.telegram;

import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket on injected time: {@code burst} tokens at most, one more every {@code interval}.
 * Kept in integer nanoseconds of credit so the waits it asks for are exact. Not thread-safe: the
 * sender guards it.
 */
final class TokenBucket {
    private final long intervalNanos;
    private final long capacityNanos;
    private long credit;
    private Instant last;

    TokenBucket(RateLimits.Rate rate, Instant now) {
        this.intervalNanos = rate.interval().toNanos();
        this.capacityNanos = Math.multiplyExact(intervalNanos, (long) rate.burst());
        this.credit = capacityNanos;
        this.last = now;
    }

    boolean available(Instant now) {
        refill(now);
        return credit >= intervalNanos;
    }

    void take(Instant now) {
        refill(now);
        credit -= intervalNanos;
    }

    /** When the next token is there (now if one is). */
    Instant nextTokenAt(Instant now) {
        refill(now);
        return credit >= intervalNanos ? now : now.plusNanos(intervalNanos - credit);
    }

    boolean full(Instant now) {
        refill(now);
        return credit >= capacityNanos;
    }

    private void refill(Instant now) {
        if (now.isAfter(last)) {
            long elapsed = Duration.between(last, now).toNanos();
            credit = elapsed >= capacityNanos - credit ? capacityNanos : credit + elapsed;
            last = now;
        }
    }
}
