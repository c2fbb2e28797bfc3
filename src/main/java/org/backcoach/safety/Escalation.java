package org.backcoach.safety;

import java.util.Objects;

/**
 * A triage decision: how urgent the message is and which rule said so.
 *
 * @param level how urgently the user needs care
 * @param rule  the short name of the rule that fired (for example {@code bladder-bowel}); never user
 *              text, so it is safe to log
 */
public record Escalation(EscalationLevel level, String rule) {

    public Escalation {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(rule, "rule");
    }
}
