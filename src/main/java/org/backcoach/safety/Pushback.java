package org.backcoach.safety;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises a user arguing with or brushing off an escalation ("you misunderstood", "it's fine",
 * "ok but can I still lift?"). The assistant answers those with a brief reminder, never by
 * dropping the escalation. A new, unrelated question is not pushback.
 */
public final class Pushback {

    /** Phrases that argue with or dismiss the advice wherever they appear. */
    private static final Pattern DISMISSAL = Pattern.compile("\\b(?:"
            + "you (?:misunderstood|misunderstand|misread|got (?:it|me|that) wrong|are wrong|re wrong|have it wrong"
            + "|dont understand|dont get it|are overreacting|re overreacting|overreacted|are exaggerating)"
            + "|youre (?:wrong|overreacting|exaggerating|misunderstanding)|misunderst[a-z]*"
            + "|(?:thats|that is|its|it is|this is)? ?not what i (?:meant|mean|said|asked|was saying)"
            + "|i (?:didnt|dont) mean (?:it )?(?:like )?that|i (?:just |only )?meant"
            + "|(?:its|it is|thats|that is|this is|im|i am|i feel|feeling|all|its all) (?:really |totally |honestly |actually |perfectly |completely )?(?:fine|ok|okay|good|alright|all right|grand|sorted)"
            + "|not (?:that |so |very |really )?(?:serious|bad|a big deal|an emergency|urgent|dangerous)"
            + "|(?:no|nothing) (?:big deal|emergency|biggie|need to panic)"
            + "|(?:stop|quit) (?:overreacting|panicking|freaking out|being dramatic|worrying|warning me|telling me)"
            + "|over ?react[a-z]*|calm down|exaggerat[a-z]*|dramatic|paranoid"
            + "|just (?:answer|tell me|give me|help)|answer (?:the|my) (?:question|q)"
            + "|(?:but|so) (?:can|could|should|may) i (?:still )?|can i still|still (?:lift|train|work out|go to the gym)"
            + "|(?:ok|okay|fine|yes|yeah|sure|alright|understood|got it|noted|i know|i get it|i hear you),? but"
            + "|(?:i )?dont need (?:a |to see a |the )?(?:doctor|gp|hospital|er|ambulance)"
            + "|(?:ive|i have|i already|already) (?:already )?(?:seen|spoken to|talked to|been to|asked) (?:a|my|the) (?:doctor|gp|physio|physiotherapist|surgeon|specialist)"
            + "|(?:doctor|gp|physio|surgeon) (?:said|says|cleared|told me)"
            + "|(?:i was|im|just) (?:joking|kidding)|false alarm|never ?mind|forget (?:it|that|i said)"
            + "|ignore (?:that|it|what i said)|dont worry|(?:thats|that is|youre|you are|its|this is|totally|completely|all) wrong"
            + ")\\b");

    /** Brush-offs that open a short reply ("nah i'm good", "whatever"); longer messages are new questions. */
    private static final Pattern BRUSH_OFF = Pattern.compile("^(?:"
            + "no|nope|nah|meh|whatever|pfft|ugh|come on|seriously|relax|chill|lol|jk|i know|i heard you|i get it"
            + "|yeah right|yeah yeah|sure sure|really)\\b");
    private static final int SHORT_REPLY_WORDS = 6;

    private Pushback() {
    }

    public static boolean isPushback(String message) {
        List<String> sentences = TextNormalizer.sentences(message);
        String text = String.join(" ", sentences);
        if (DISMISSAL.matcher(text).find()) {
            return true;
        }
        int words = text.isEmpty() ? 0 : text.split(" ").length;
        return words > 0 && words <= SHORT_REPLY_WORDS && BRUSH_OFF.matcher(text).find();
    }
}
