package org.backcoach.telegram;

import java.time.Duration;

/**
 * How the sender retries.
 *
 * @param transientRetries    retries after 5xx, network errors, timeouts and unreadable answers
 * @param firstBackoff        wait before the first such retry; doubled each time
 * @param maxBackoff          cap on that wait
 * @param rateLimitedRetries  retries after 429 (each after Telegram's {@code retry_after})
 * @param defaultRetryAfter   wait after a 429 that names no {@code retry_after}
 */
record RetryPolicy(int transientRetries, Duration firstBackoff, Duration maxBackoff,
                   int rateLimitedRetries, Duration defaultRetryAfter) {

    static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), 5, Duration.ofSeconds(1));

    Duration backoff(int retry) {
        Duration wait = firstBackoff;
        for (int i = 1; i < retry && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
