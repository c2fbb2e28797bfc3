package org.backcoach.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A scheduler's hold on the subscriptions it is sending: its owner and when the hold runs out. Other
 * instances keep off the rows until then; after it, they take them over (the owner is presumed dead).
 * The owner keeps {@code until} unique among its own claims, so (owner, until) names one claim.
 */
public record Claim(InstanceId owner, Instant until) {
    public Claim {
        Objects.requireNonNull(owner, "owner");
        until = until.truncatedTo(ChronoUnit.MILLIS); // stored in milliseconds
    }

    /** Still ours at {@code now}: sending on a claim that ran out could race the instance that took it over. */
    public boolean heldAt(Instant now) {
        return now.isBefore(until);
    }
}
