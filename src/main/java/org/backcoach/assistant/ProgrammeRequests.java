package org.backcoach.assistant;

import java.util.regex.Pattern;

/**
 * Requests for a programme written to order ("write me a 12 week plan", "make me a weekly schedule
 * with sets", "give me a list of 10 exercises"): the article gives principles, not programmes, and
 * a search would only find whichever principle shares a word with the request. They get an honest
 * "I can't write that" with the principles they can ask about instead. Matched on {@link ChatWords} text.
 */
final class ProgrammeRequests {
    private static final String PLAN = "(?:program|programs|programme|programmes|plan|plans|routine|routines|split|splits"
            + "|schedule|schedules|workout|workouts|regime|regimen|template|session plan|training block|wod|wods)";

    private static final Pattern CUE = Pattern.compile("\\b(?:"
            // "write me a 3 day full body beginner workout", "can you make a weekly schedule", "recommend a good 5x5 programme"
            + "(?:write|make|create|design|build|draw up|put together|plan out|map out|recommend|suggest|give|send|set)"
            + " (?:me |us |him |her |my (?:husband|wife|partner|dad|mum|mom|son|daughter) )?(?:up )?(?:a |an |some |my |one |the )?"
            // (not what comes after a session: "which one does the guidance recommend after a workout")
            + "(?:(?!(?:after|before|during|following|post|between|when|while)\\b)[a-z0-9]+ ){0,5}?" + PLAN + "\\b(?! (?:of|for) (?:the )?(?:article|study|studies))"
            // "can you plan my leg day", "best program to increase my bench from 80 to 100kg"
            + "|plan (?:out )?my (?:[a-z]+ )?(?:day|week|session|sessions|workouts?)"
            // "whats a push pull legs split": what a named programme is
            + "|what(?:s| is| are) (?:a |an )?(?:[a-z]+ ){0,3}?splits?$"
            + "|(?:best|good|recommended) (?:[a-z0-9]+ )?(?:program|programme|split) (?:to|for) (?:increase|improve|boost|get|hit|add|build|someone)"
            // "give me a list of 10 exercises with sets and reps"
            + "|(?:give|send|write|make) (?:me )?(?:a )?list of (?:[0-9]+ |some |a few |the best )?(?:[a-z]+ )?(?:exercises|moves|workouts|lifts)"
            + ")");

    /**
     * A plan the user means to write themselves ("i want to make my own plan, which muscles should i focus on?"):
     * what they ask for is the principles, which the article has.
     */
    private static final Pattern OWN_PLAN = Pattern.compile("\\b(?:"
            + "i (?:want|wanna|would like|d like|am going|m going|im going|will|plan|am planning|m planning|im planning"
            + "|am trying|m trying|im trying|need) to (?:make|write|create|design|build|put together|plan out|map out|draw up)"
            // "ive been trying to build a weekly schedule", "im helping her set up a routine"
            + "|(?:ive been|i have been|been|i was) trying to (?:make|write|create|design|build|put together|plan out|map out|draw up|set up)"
            + "|(?:helping|help|helped) (?:her|him|them|my [a-z]+) (?:to )?(?:set up|make|build|plan|put together|write|draw up)"
            + "|my own " + PLAN + "|" + PLAN + " (?:for )?myself|" + PLAN + " on my own)\\b");

    private ProgrammeRequests() {
    }

    /** @param words the message as {@link ChatWords#of} reduces it */
    static boolean asksForProgramme(String words) {
        return CUE.matcher(words).find() && !OWN_PLAN.matcher(words).find();
    }
}
