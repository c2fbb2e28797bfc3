package org.backcoach.stats;

import java.util.Locale;
import java.util.Optional;
import org.backcoach.assistant.ReplyKind;
import org.backcoach.safety.EscalationLevel;
import org.backcoach.store.QuestionLog;

/**
 * What people asked over one window. Questions are the messages the core answered, fell back on or
 * escalated; small talk (greetings, thanks) is counted beside them, not among them.
 */
record Usage(String window, int answered, int fallbacks, int emergency, int urgent, int stop, int smallTalk) {

    static Usage of(String window, QuestionLog.Counts counts) {
        return new Usage(window, counts.kind(ReplyKind.ANSWER.wireName()), counts.kind(ReplyKind.FALLBACK.wireName()),
                counts.escalation(EscalationLevel.EMERGENCY.wireName()), counts.escalation(EscalationLevel.URGENT.wireName()),
                counts.escalation(EscalationLevel.STOP.wireName()), counts.kind(ReplyKind.SMALLTALK.wireName()));
    }

    int escalations() {
        return emergency + urgent + stop;
    }

    int questions() {
        return answered + fallbacks + escalations();
    }

    /** Fallbacks among questions; empty when there were none. */
    Optional<Double> fallbackRate() {
        return questions() == 0 ? Optional.empty() : Optional.of((double) fallbacks / questions());
    }

    String text() {
        String rate = fallbackRate().map(r -> String.format(Locale.ROOT, "%.1f %%", r * 100)).orElse("n/a");
        return window + "\n"
                + "Questions: " + questions() + " (answered " + answered + ", fallback " + fallbacks
                + ", escalated " + escalations() + ")\n"
                + "Fallback rate: " + rate + "\n"
                + "Escalations: emergency " + emergency + ", urgent " + urgent + ", stop " + stop + "\n"
                + "Small talk: " + smallTalk;
    }
}
