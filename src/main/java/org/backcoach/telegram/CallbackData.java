package org.backcoach.telegram;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * What an inline button carries back (Telegram allows 1 to 64 bytes):
 * {@code t:<sectionId>} for a related topic, {@code f:u[:<sectionId>]} and {@code f:d[:<sectionId>]}
 * for 👍/👎 on an answer built from that section, {@code s:HH:MM} for a daily-tip time.
 */
sealed interface CallbackData {
    int MAX_BYTES = 64;

    record Topic(String sectionId) implements CallbackData {
        @Override
        public String encode() {
            return "t:" + sectionId;
        }
    }

    record Feedback(boolean helpful, Optional<String> sectionId) implements CallbackData {
        @Override
        public String encode() {
            return "f:" + (helpful ? "u" : "d") + sectionId.map(id -> ":" + id).orElse("");
        }
    }

    record SubscribeAt(LocalTime time) implements CallbackData {
        @Override
        public String encode() {
            return String.format(Locale.ROOT, "s:%02d:%02d", time.getHour(), time.getMinute());
        }
    }

    String encode();

    /** Whether the encoded form fits Telegram's limit. */
    default boolean fits() {
        return encode().getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    static Optional<CallbackData> decode(String data) {
        if (data == null) {
            return Optional.empty();
        }
        if (data.startsWith("t:") && data.length() > 2) {
            return Optional.of(new Topic(data.substring(2)));
        }
        if (data.startsWith("s:")) {
            try {
                return Optional.of(new SubscribeAt(LocalTime.parse(data.substring(2))));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        if (data.equals("f:u") || data.equals("f:d")) {
            return Optional.of(new Feedback(data.charAt(2) == 'u', Optional.empty()));
        }
        if ((data.startsWith("f:u:") || data.startsWith("f:d:")) && data.length() > 4) {
            return Optional.of(new Feedback(data.charAt(2) == 'u', Optional.of(data.substring(4))));
        }
        return Optional.empty();
    }
}
