package org.backcoach.tips;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backcoach.store.Forgotten;
import org.backcoach.store.Subscription;

/** The fixed words of the subscription commands, together so an editor can review them in one place. */
final class TipTexts {
    private TipTexts() {
    }

    static final String EXAMPLES = "For example:\n"
            + "/subscribe 07:30 Europe/Berlin\n"
            + "/subscribe 18:00 America/New_York\n"
            + "/subscribe 7:15am UTC+2\n"
            + "/subscribe 20:00 (UTC)\n"
            + "Time zones: a name like Europe/London or Asia/Kolkata, or an offset like UTC+2 or UTC-5:30.";

    static final String CHOOSE = "When would you like your daily tip? Pick a time below, or type it with your time zone, "
            + "e.g. /subscribe 07:30 Europe/Berlin.";

    static final String NOT_CHANGED = "Your daily tip settings are unchanged.";

    static final String STOPPED = "Daily tips are off: you won't get any more. /subscribe starts them again.";

    static final String NOTHING_TO_STOP = "You don't get daily tips, so there was nothing to stop. /subscribe starts them.";

    static final String NO_SUBSCRIPTION = "You don't get daily tips. /subscribe sets them up: one short tip a day at a time you "
            + "choose, e.g. /subscribe 07:30 Europe/Berlin.";

    static final String COMMANDS = "Change it: /subscribe HH:MM [zone]. Stop: /unsubscribe. Delete what I store: /forget.";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    static String invalid(String problem) {
        return problem + " " + NOT_CHANGED + "\n\n" + EXAMPLES;
    }

    static String subscribed(Subscription s, Instant now, boolean defaultTime, boolean defaultZone) {
        StringBuilder text = new StringBuilder("Done: one tip every day at ").append(when(s)).append(".\n")
                .append(next(s, now));
        List<String> defaults = new ArrayList<>();
        if (defaultTime) {
            defaults.add("no time given, so I used 08:00");
        }
        if (defaultZone) {
            defaults.add("no time zone given, so I used UTC");
        }
        if (!defaults.isEmpty()) {
            text.append("\n(").append(String.join("; ", defaults)).append(". Yours may differ: e.g. /subscribe 07:30 Europe/Berlin.)");
        }
        return text.append("\n\n").append(COMMANDS).toString();
    }

    static String settings(Subscription s, Instant now, int tipsSent) {
        if (!s.active()) {
            return "Daily tips are off. Your last setting was " + when(s) + "; /subscribe " + s.time().format(HOUR) + " "
                    + s.zone().getId() + " starts them again.";
        }
        return "Your daily tip: every day at " + when(s) + ".\n" + next(s, now) + "\nTips sent so far: " + tipsSent + ".\n\n"
                + COMMANDS;
    }

    static String forgotten(Forgotten f) {
        String conversation = "I've also cleared what I remembered of this conversation.";
        if (f.nothing()) {
            return "I had nothing stored about this chat: no subscription, no record of tips sent, no feedback. " + conversation;
        }
        List<String> parts = new ArrayList<>();
        if (f.subscription()) {
            parts.add("your daily-tip subscription");
        }
        if (f.deliveries() > 0) {
            parts.add("the record of " + count(f.deliveries(), "tip") + " sent");
        }
        if (f.feedback() > 0) {
            parts.add(count(f.feedback(), "feedback vote"));
        }
        return "Deleted everything I stored about this chat: " + String.join(", ", parts) + ". " + conversation
                + " /subscribe starts daily tips again if you like.";
    }

    /** "07:30 (Europe/Berlin)". */
    static String when(Subscription s) {
        return s.time().format(HOUR) + " (" + s.zone().getId() + ")";
    }

    /** "Next tip: today, Mon 10 Mar at 07:30.", with a word when daylight saving moves it. */
    static String next(Subscription s, Instant now) {
        ZonedDateTime next = s.nextDue().atZone(s.zone());
        LocalDate today = now.atZone(s.zone()).toLocalDate();
        String day = next.toLocalDate().equals(today) ? "today, "
                : next.toLocalDate().equals(today.plusDays(1)) ? "tomorrow, " : "";
        String text = "Next tip: " + day + next.format(DAY) + " at " + next.format(HOUR) + " your time.";
        LocalTime local = next.toLocalTime();
        if (!local.equals(s.time())) {
            text += " (" + s.time().format(HOUR) + " does not exist that day: the clocks go forward, so it comes at "
                    + local.format(HOUR) + ".)";
        }
        return text;
    }


    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
