package org.backcoach.tips;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * What a subscription command says back: the text and, for /subscribe without a time, the times to
 * offer as buttons (the door decides how to show them).
 */
public record TipsAnswer(String text, List<LocalTime> timeChoices) {
    public TipsAnswer {
        Objects.requireNonNull(text, "text");
        timeChoices = List.copyOf(timeChoices);
    }

    static TipsAnswer of(String text) {
        return new TipsAnswer(text, List.of());
    }
}
