package org.backcoach.ops;

import java.util.Optional;

/** A start-up step {@code /readyz} waits for: not ready (with its reason) until {@link #ready()}. */
public final class ReadyFlag implements ReadinessCheck {
    private final String untilThen;
    private volatile boolean ready;

    /** @param untilThen what {@code /readyz} says meanwhile, e.g. "index loading" */
    public ReadyFlag(String untilThen) {
        this.untilThen = untilThen;
    }

    public void ready() {
        ready = true;
    }

    @Override
    public Optional<String> notReadyBecause() {
        return ready ? Optional.empty() : Optional.of(untilThen);
    }
}
