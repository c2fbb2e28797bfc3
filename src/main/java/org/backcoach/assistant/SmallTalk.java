package org.backcoach.assistant;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Greetings, thanks and goodbyes get a short polite reply. Only messages that are nothing but
 * small talk count: "hi, how often should I train?" is a question and goes to search.
 */
final class SmallTalk {
    private static final int MAX_WORDS = 8;
    private static final Pattern GREETING = Pattern.compile(
            "(hi+|hey+|hello+|hiya|howdy|yo|heya|hallo|good (morning|afternoon|evening|day)|morning|evening|greetings"
            + "|what'?s up|sup|how are (you|u)( doing)?|how'?s it going"
            // people try a new bot before asking: "test", "testing testing", "are you there?"
            + "|test(ing)?( test(ing)?)*|are (you|u) (there|working|alive|online|awake)|anyone (there|home)|is this (thing )?(on|working))"
            + "( there| bot| backcoach| mate| all| everyone)?");
    private static final Pattern THANKS = Pattern.compile(
            "(thanks+|thank (you|u)( (so|very) much)?|thx|ty|tysm|cheers|ta|much appreciated|appreciate (it|that)"
            + "|(that'?s|that was|very|really|super) (helpful|useful|great)"
            + "|you'?re (great|awesome|the best|a star|helpful)|love (it|this)|got it|noted|understood)"
            + "( (mate|a lot|again|so much|man|dude|bot|backcoach))*");
    /** Acknowledgements: on their own they get a short "anything else?", before thanks they are ignored. */
    private static final Pattern ACK = Pattern.compile(
            "(ok+|okay|okey|k+|alright|all right|right|sure|fine|cool|great|nice|perfect|awesome|brilliant|lovely"
            + "|got it|understood|noted|will do|makes sense|fair enough|i see|ah|oh)( then| now)?");
    private static final Pattern BYE = Pattern.compile(
            "(bye+|goodbye|good bye|see (you|ya|u)( later| soon)?|later|cya|good night|night|take care|have a good (one|day))"
            + "( (mate|then|now|bot|backcoach))*");

    private SmallTalk() {
    }

    private enum Kind { ACKNOWLEDGEMENT, GREETING, THANKS, BYE }

    /** Tried in this order at the front of what is left of the message. */
    private static final Map<Kind, Pattern> PHRASES = new EnumMap<>(Map.of(
            Kind.ACKNOWLEDGEMENT, ACK, Kind.GREETING, GREETING, Kind.THANKS, THANKS, Kind.BYE, BYE));

    /** @param text the message as {@link ChatWords#of} reduces it */
    static Optional<String> replyTo(String text) {
        if (text.isEmpty() || text.split(" ").length > MAX_WORDS) {
            return Optional.empty();
        }
        // Peel small-talk phrases off the front until nothing (small talk) or something else (a question) is left.
        Set<Kind> found = EnumSet.noneOf(Kind.class);
        String rest = text;
        while (!rest.isEmpty()) {
            String before = rest;
            for (Map.Entry<Kind, Pattern> phrase : PHRASES.entrySet()) {
                String after = strip(rest, phrase.getValue());
                if (!after.equals(rest)) {
                    found.add(phrase.getKey());
                    rest = after;
                }
            }
            if (rest.equals(before)) {
                return Optional.empty();
            }
        }
        if (found.contains(Kind.THANKS)) {
            return Optional.of(found.contains(Kind.BYE) ? Texts.THANKS_BYE : Texts.THANKS);
        }
        if (found.contains(Kind.BYE)) {
            return Optional.of(Texts.BYE);
        }
        return Optional.of(found.contains(Kind.GREETING) ? Texts.GREETING : Texts.ACKNOWLEDGED);
    }

    private static String strip(String text, Pattern phrase) {
        var m = phrase.matcher(text);
        if (m.lookingAt() && (m.end() == text.length() || text.charAt(m.end()) == ' ')) {
            return text.substring(m.end()).strip();
        }
        return text;
    }
}
