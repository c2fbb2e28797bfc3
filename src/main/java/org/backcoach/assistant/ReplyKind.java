package org.backcoach.assistant;

/**
 * What sort of reply the assistant produced; doors and the {@code ask --json} output use it.
 * {@code TIP} is the daily tip, which only the scheduler sends.
 */
public enum ReplyKind {
    ANSWER, ESCALATION, FALLBACK, SMALLTALK, COMMAND, TIP;

    /** Lower-case name as written in {@code ask --json}. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
