package org.backcoach.telegram;

import java.time.Duration;
import java.util.Objects;

/**
 * How fast the sender may talk to Telegram.
 *
 * @param global      all calls together
 * @param privateChat messages to one private chat (positive chat id)
 * @param group       messages to one group or supergroup (negative chat id)
 */
record RateLimits(Rate global, Rate privateChat, Rate group) {

    /** Telegram's published limits: about 30 messages a second overall, one a second per chat, 20 a minute per group. */
    static final RateLimits TELEGRAM = new RateLimits(
            new Rate(30, Duration.ofMillis(1000 / 30)),
            new Rate(3, Duration.ofSeconds(1)),
            new Rate(3, Duration.ofSeconds(3)));

    /** No practical limit: for measuring the pipeline itself. */
    static final RateLimits UNLIMITED = new RateLimits(
            new Rate(1_000_000, Duration.ofNanos(1)),
            new Rate(1_000_000, Duration.ofNanos(1)),
            new Rate(1_000_000, Duration.ofNanos(1)));

    RateLimits {
        Objects.requireNonNull(global, "global");
        Objects.requireNonNull(privateChat, "privateChat");
        Objects.requireNonNull(group, "group");
    }

    /** {@code burst} calls at once, then one every {@code interval}. */
    record Rate(int burst, Duration interval) {
        Rate {
            if (burst < 1 || interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("a rate needs burst >= 1 and a positive interval");
            }
        }
    }
}
