package org.backcoach.ops;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The checks behind {@code /readyz}. Checks join as start-up opens things (the database after it is open). */
public final class Readiness {
    private final List<ReadinessCheck> checks = new CopyOnWriteArrayList<>();

    public Readiness(List<ReadinessCheck> checks) {
        this.checks.addAll(checks);
    }

    public void add(ReadinessCheck check) {
        checks.add(check);
    }

    /** Why the process is not ready; empty when it is. */
    public List<String> reasons() {
        return checks.stream().map(ReadinessCheck::notReadyBecause).flatMap(Optional::stream).toList();
    }
}
