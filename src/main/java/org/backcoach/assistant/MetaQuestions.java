package org.backcoach.assistant;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Questions about BackCoach itself ("help", "what can you do", "is this medical advice?") get the
 * help text or the disclaimer instead of a search that would only find the fallback.
 */
final class MetaQuestions {
    private static final Pattern HELP = Pattern.compile(
            "(?:help|help me|help please|menu|commands|options|what can (?:you|u) (?:do|help with|answer)"
            + "|what do (?:you|u) (?:do|know)|how does this work|how do (?:i|you) use (?:this|you)|what (?:can|should) i ask"
            + "|what (?:is|are) (?:this|you)|who are (?:you|u)|what are (?:you|u) for|are (?:you|u) a (?:bot|robot|human|person|real person))");
    private static final Pattern DISCLAIMER = Pattern.compile(
            "(?:is this|are (?:you|u)|is (?:this|that|it)) (?:real |proper |actual )?(?:medical advice|a doctor|a physio|qualified)"
            + "|can i trust (?:this|you)|where (?:does|do) (?:this|your|the) (?:advice|info|information|answers?) come from"
            + "|what (?:are|is) your sources?|sources?");

    /** About the daily tip itself, so "cancel my subscription" never searches the article for "cancel". */
    private static final Pattern DAILY_TIPS = Pattern.compile(
            "(?:how (?:do|can) i |can i |i want to |i wanna |please |pls )?"
            + "(?:(?:un)?subscribe|(?:cancel|stop|end|turn off|switch off|unsubscribe from|subscribe to|sign up for|get|change|pause)"
            + " (?:the |my |your |these |those |a )?(?:daily )?(?:subscription|tips?|tip messages|messages|notifications|reminders))"
            + "(?: every day| each day| daily| please| pls)?");

    private static final Pattern OPENER = Pattern.compile("^(?:hi|hey|hello|ok|okay|so|um|erm) ");

    private MetaQuestions() {
    }

    /**
     * @param words the message as {@link ChatWords#of} reduces it
     * @param about what BackCoach is and where its guidance comes from, with the corpus's references
     */
    static Optional<String> replyTo(String words, String about) {
        String text = OPENER.matcher(words).replaceFirst("");
        if (HELP.matcher(text).matches()) {
            return Optional.of(Texts.HELP);
        }
        if (DAILY_TIPS.matcher(text).matches()) {
            return Optional.of(Texts.DAILY_TIPS);
        }
        if (DISCLAIMER.matcher(text).matches()) {
            return Optional.of(about);
        }
        return Optional.empty();
    }
}
