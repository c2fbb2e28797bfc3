package org.backcoach.safety;
public record Escalation(EscalationLevel level, String rule) {}
