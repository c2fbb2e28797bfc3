package org.backcoach.assistant;

import java.util.regex.Pattern;

/**
 * "Can I do it at home?", "no way he's setting foot in a gym", "what can I use if I don't own anything":
 * training without a gym, often asked with nothing else specific in it, so a search has only "home" to go
 * on. The answer is the guidance tagged {@code home-training}, when the message names no other specific
 * topic and no stretching (a stretch at home is the towel stretch). Matched on {@link ChatWords} text.
 */
final class HomeTrainingQuestions {
    private static final Pattern CUE = Pattern.compile("\\b(?:"
            + "at home|in (?:my|the|his|her|their|our) (?:living room|lounge|front room|house|flat|apartment|bedroom|garage|hotel room)"
            + "|without (?:a |the |going to (?:a |the )?|joining (?:a |the )?)?gym|no gym|(?:hate|hates|avoid|avoids|refuse to go to|refuses to go to|won't go to|wont go to"
            + "|can't get to|cant get to|can't afford|cant afford|can't go to|cant go to) (?:the |a )?gyms?"
            + "|gym (?:is|was|s) (?:too |so |really )?(?:far|expensive|closed|shut|out of the question)"
            + "|(?:don't|dont|do not) (?:own|have) (?:any |much )?(?:equipment|kit|gear|weights|anything)"
            + ")\\b");

    private HomeTrainingQuestions() {
    }

    /** A stretch at home is the towel stretch, not strength training at home. */
    private static final Pattern STRETCHING = Pattern.compile("\\b(?:stretch[a-z]*|towel|yoga|pilates)\\b");

    /** @param words the message as {@link ChatWords#of} reduces it */
    static boolean asks(String words) {
        return CUE.matcher(words).find() && !STRETCHING.matcher(words).find();
    }

    /** The message without its home wording, to see whether a specific topic is left. */
    static String withoutCue(String words) {
        return CUE.matcher(words).replaceAll(" ");
    }
}
