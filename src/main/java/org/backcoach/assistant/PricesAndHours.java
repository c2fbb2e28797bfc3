package org.backcoach.assistant;

import java.util.regex.Pattern;

/**
 * Questions about what something costs or when a place opens ("how much does a personal trainer
 * cost", "how much is a gym membership", "what time does the gym open on sundays"): the article
 * has no prices or opening times, yet such questions share words with it (gym, trainer, hour) and
 * a search would answer them with whichever section matched a word. They get the fallback.
 * Matched on {@link ChatWords} text.
 */
final class PricesAndHours {
    private static final Pattern CUE = Pattern.compile("\\b(?:"
            // "how much does a pt cost per hour", "how much would it cost to"
            + "how much (?:does|do|did|is|are|would|will|should|can) (?:[a-z']+ ){0,6}?(?:cost|costs|charge|charges|set me back)\\b"
            // "how much is a puregym membership", "how much are classes"
            + "|how much (?:is|are|for) (?:a |an |the |my |your )?(?:[a-z']+ ){0,3}?(?:membership|memberships|subscription|pass|ticket|tickets|session|sessions|class|classes|lesson|lessons)\\b"
            + "|(?:what|whats|what's) (?:is )?the (?:price|cost|fee) of|price (?:of|for) (?:a|an|the)\\b|how expensive (?:is|are)\\b"
            // "what time does the gym open", "when does the leisure centre close on sundays", "opening times"
            + "|(?:what time|when) (?:does|do|is|will) (?:the |my |your )?(?:[a-z']+ ){0,3}?(?:open|close|opens|closes|shut|shuts)\\b"
            + "|(?:opening|closing) (?:times|hours|time)\\b|open (?:on|at) (?:sundays?|saturdays?|weekends?|bank holidays?|christmas|new year)"
            + ")");

    private PricesAndHours() {
    }

    /** @param words the message as {@link ChatWords#of} reduces it */
    static boolean asksPriceOrHours(String words) {
        return CUE.matcher(words).find();
    }
}
