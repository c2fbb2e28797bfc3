package org.backcoach.assistant;

import java.util.Optional;
import org.backcoach.safety.EscalationLevel;

/**
 * What the assistant remembers about one chat between messages: the last escalation (so that
 * pushback restates it instead of cancelling it) and where the chat is in the tip rotation.
 * One instance per chat; doors keep them. Not thread-safe: a door handles one chat's messages in order.
 */
public final class Conversation {
    private EscalationLevel lastEscalation;
    private int nextTip;

    public Optional<EscalationLevel> lastEscalation() {
        return Optional.ofNullable(lastEscalation);
    }

    void escalated(EscalationLevel level) {
        lastEscalation = level;
    }

    int takeTipPosition() {
        return nextTip++;
    }
}
