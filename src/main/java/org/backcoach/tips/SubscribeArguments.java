package org.backcoach.tips;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What follows {@code /subscribe}: a time, a zone, both (either order), nothing, or {@code status}. */
sealed interface SubscribeArguments {

    /** Set up or change the subscription; what is missing comes from the current one or the defaults. */
    record Change(Optional<LocalTime> time, Optional<ZoneId> zone) implements SubscribeArguments {
    }

    /** No arguments: offer times to pick. */
    record Choose() implements SubscribeArguments {
    }

    /** {@code /subscribe status}: show the current subscription. */
    record Status() implements SubscribeArguments {
    }

    /** Unusable input; {@code problem} says what was wrong, for the user. */
    record Invalid(String problem) implements SubscribeArguments {
    }

    Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.h](\\d{1,2}))?\\s*(am|pm)?");
    Pattern LOOKS_LIKE_TIME = Pattern.compile("\\d[\\d:.h]*\\s*(am|pm)?");

    static SubscribeArguments parse(String arguments) {
        List<String> words = words(arguments);
        if (words.isEmpty()) {
            return new Choose();
        }
        if (words.size() == 1 && words.get(0).equalsIgnoreCase("status")) {
            return new Status();
        }
        if (words.size() > 2) {
            return new Invalid("That's more than a time and a time zone.");
        }
        Optional<LocalTime> time = Optional.empty();
        Optional<ZoneId> zone = Optional.empty();
        for (String word : words) {
            if (LOOKS_LIKE_TIME.matcher(word.toLowerCase(Locale.ROOT)).matches()) {
                if (time.isPresent()) {
                    return new Invalid("That's two times; I send one tip a day.");
                }
                time = time(word);
                if (time.isEmpty()) {
                    return new Invalid("\"" + word + "\" is not a time I can read: write it as HH:MM, from 00:00 to 23:59.");
                }
            } else {
                if (zone.isPresent()) {
                    return new Invalid("That's two time zones.");
                }
                zone = Zones.parse(word);
                if (zone.isEmpty()) {
                    return new Invalid("I don't know the time zone \"" + word + "\".");
                }
            }
        }
        return new Change(time, zone);
    }

    /** Splits on spaces, keeping "7 pm" together as one word. */
    private static List<String> words(String arguments) {
        List<String> words = new ArrayList<>();
        for (String word : arguments.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            boolean meridiem = word.equalsIgnoreCase("am") || word.equalsIgnoreCase("pm");
            if (meridiem && !words.isEmpty() && Character.isDigit(words.get(words.size() - 1).charAt(0))) {
                words.set(words.size() - 1, words.get(words.size() - 1) + word);
            } else {
                words.add(word);
            }
        }
        return words;
    }

    private static Optional<LocalTime> time(String word) {
        Matcher m = TIME.matcher(word.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        if (m.group(2) != null && m.group(2).length() != 2) {
            return Optional.empty(); // 7:5 is a typo, not 07:05
        }
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (m.group(3) != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (m.group(3).equals("pm") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }
}
