package org.backcoach.assistant;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Greetings, thanks and goodbyes get a short polite reply. Only messages that are nothing but
 * small talk count: "hi, how often should I train?" is a question and goes to search.
 */
final class SmallTalk {
    private static final String WORDS = "[\\p{L}']+";
    private static final Pattern GREETING = Pattern.compile(
            "(hi+|hey+|hello+|hiya|howdy|yo|heya|hallo|good (morning|afternoon|evening|day)|morning|evening|greetings"
            + "|what'?s up|sup|how are (you|u)( doing)?|how'?s it going)( there| bot| backcoach| mate| all| everyone)?");
    private static final Pattern THANKS = Pattern.compile(
            "(thanks+|thank (you|u)( (so|very) much)?|thx|ty|tysm|cheers|ta|much appreciated|appreciate (it|that)"
            + "|(that'?s|that was|very|really|super) (helpful|useful|great)|great|awesome|perfect|nice|cool|brilliant"
            + "|you'?re (great|awesome|the best|a star|helpful)|love (it|this)|got it|noted|understood)"
            + "( (mate|a lot|again|so much|man|dude|bot|backcoach))*");
    private static final Pattern BYE = Pattern.compile(
            "(bye+|goodbye|good bye|see (you|ya|u)( later| soon)?|later|cya|good night|night|take care|have a good (one|day))"
            + "( (mate|then|now|bot|backcoach))*");

    private SmallTalk() {
    }

    static Optional<String> replyTo(String message) {
        String text = message.toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                .replaceAll("[^\\p{L}' ]+", " ").replaceAll("\\s+", " ").strip();
        if (text.isEmpty() || text.split(" ").length > 8 || !text.matches("(" + WORDS + " ?)+")) {
            return Optional.empty();
        }
        String rest = text;
        boolean greeted = false;
        boolean thanked = false;
        boolean bye = false;
        // Peel off small-talk phrases from the front until nothing (or something else) is left.
        while (!rest.isEmpty()) {
            String before = rest;
            rest = strip(rest, GREETING);
            greeted |= !rest.equals(before);
            String afterGreeting = rest;
            rest = strip(rest, THANKS);
            thanked |= !rest.equals(afterGreeting);
            String afterThanks = rest;
            rest = strip(rest, BYE);
            bye |= !rest.equals(afterThanks);
            if (rest.equals(before)) {
                return Optional.empty();
            }
        }
        if (thanked) {
            return Optional.of(bye ? Texts.THANKS_BYE : Texts.THANKS);
        }
        if (bye) {
            return Optional.of(Texts.BYE);
        }
        return greeted ? Optional.of(Texts.GREETING) : Optional.empty();
    }

    private static String strip(String text, Pattern phrase) {
        var m = phrase.matcher(text);
        if (m.lookingAt() && (m.end() == text.length() || text.charAt(m.end()) == ' ')) {
            return text.substring(m.end()).strip();
        }
        return text;
    }
}
