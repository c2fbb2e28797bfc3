package org.backcoach.telegram;

import java.time.Duration;

/**
 * How the daily broadcast may use the line to Telegram: its own rate, below the global one so that
 * replies keep some of it, and how many of its calls may be in flight at once (each one in flight
 * is one a crash could resend).
 */
record BroadcastLimits(RateLimits.Rate rate, int maxInFlight) {

    static final BroadcastLimits DEFAULT = perSecond(25);

    /** No practical limit: for measuring the pipeline itself. */
    static final BroadcastLimits UNLIMITED = new BroadcastLimits(new RateLimits.Rate(1_000_000, Duration.ofNanos(1)), 16);

    BroadcastLimits {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1");
        }
    }

    /** Evenly spaced: one message every 1/{@code messages} s, no burst. */
    static BroadcastLimits perSecond(int messages) {
        return new BroadcastLimits(new RateLimits.Rate(1, Duration.ofNanos(1_000_000_000L / messages)), 4);
    }
}
