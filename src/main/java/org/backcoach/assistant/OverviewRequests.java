package org.backcoach.assistant;

import java.util.regex.Pattern;

/**
 * Requests for the whole picture rather than one piece of guidance: "what are the main tips?",
 * "sum up the dos and don'ts", "where do I start?". Matched on {@link ChatWords} text.
 */
final class OverviewRequests {
    private static final Pattern CUE = Pattern.compile("\\b(?:"
            + "(?:main|key|top|most important|basic|general|golden|ground|quick|simple|essential|important|best) "
            + "(?:tips|points|rules|advice|things|takeaways?|pointers|guidelines|principles|dos and don'?ts|do'?s and don'?ts)"
            + "|do'?s and don'?ts|sum (?:it |this |that |everything |things )?up|(?:quick |short |brief )?(?:summar(?:y|ise|ize)|recap|rundown|run down)"
            + "|overview|check ?list|cheat ?sheet|in a nutshell|tl ?;? ?dr|key takeaways?|the basics|basic rules"
            + "|(?:any|some|got any|give me|give me some|have any|what are your|what are the) (?:tips|advice|pointers|guidelines|rules)"
            + "|what (?:should|do) i (?:need to )?(?:know|keep in mind|remember|bear in mind)"
            + "|where (?:do|should|can) i (?:even )?(?:start|begin)"
            + "|how (?:should|do|can|would) i (?:even )?(?:start|begin|get started)(?: out)?$"
            + "|if i (?:only )?remember one thing|one thing (?:to|i should|i need to|i must) remember|the most important thing"
            + "|(?:what|which|any) precautions|rules to follow|rules i should follow"
            + ")\\b");

    private OverviewRequests() {
    }

    /** @param words the message as {@link ChatWords#of} reduces it */
    static boolean asksForOverview(String words) {
        return CUE.matcher(words).find();
    }

    /** The message without its overview wording, to see whether a specific topic is left. */
    static String withoutCue(String words) {
        return CUE.matcher(words).replaceAll(" ");
    }
}
