package org.backcoach.assistant;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.backcoach.safety.EscalationLevel;

/**
 * One reply as a user sees it, independent of the door it leaves through.
 *
 * @param kind       answer, escalation, fallback, small talk or command
 * @param escalation the escalation level when {@code kind} is ESCALATION
 * @param text       the exact plain text shown to the user (doors escape it for their format)
 * @param sources    ids of the corpus sections the text comes from
 * @param related    a few other topics worth offering next (for buttons); may be empty
 */
public record Reply(
        ReplyKind kind,
        Optional<EscalationLevel> escalation,
        String text,
        List<String> sources,
        List<Topic> related) {

    public Reply {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(escalation, "escalation");
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
        related = List.copyOf(related);
        if ((kind == ReplyKind.ESCALATION) != escalation.isPresent()) {
            throw new IllegalArgumentException("an escalation level goes with kind ESCALATION only");
        }
    }

    /** A topic a user can ask about next: the section id and a short label. */
    public record Topic(String sectionId, String label) {
        public Topic {
            Objects.requireNonNull(sectionId, "sectionId");
            Objects.requireNonNull(label, "label");
        }
    }

    public static Reply of(ReplyKind kind, String text) {
        return new Reply(kind, Optional.empty(), text, List.of(), List.of());
    }

    public static Reply escalation(EscalationLevel level, String text) {
        return new Reply(ReplyKind.ESCALATION, Optional.of(level), text, List.of(), List.of());
    }
}
