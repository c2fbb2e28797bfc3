package org.backcoach.safety;

import java.util.Locale;

/** Escalation levels, most severe first: when several match, the lowest ordinal wins. */
public enum EscalationLevel {
    /** Seek emergency care now. */
    EMERGENCY,
    /** See a doctor before training again. */
    URGENT,
    /** Stop exercising now. */
    STOP;

    /** Lower-case name as written in {@code ask --json}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean moreSevereThan(EscalationLevel other) {
        return ordinal() < other.ordinal();
    }
}
