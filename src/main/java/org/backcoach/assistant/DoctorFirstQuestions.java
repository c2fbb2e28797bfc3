package org.backcoach.assistant;

import java.util.regex.Pattern;

/**
 * "Should I check with my doctor before I start?", "do I really need a doctor's OK?", "who should I
 * ask first?": the question of whether to see someone before training, asked in many words, most of
 * them about something else (the dumbbells, the waiting list, the gym), so a search weighs the rest.
 * The answer is the guidance tagged {@code doctor-first}. Matched on {@link ChatWords} text.
 */
final class DoctorFirstQuestions {
    private static final String SOMEONE = "(?:(?:a |an |my |the |his |her |their |our |your )?(?:actual |real |proper |regular )?"
            + "(?:doctor|doc|doctors|gp|physician|medical professional|professional|health professional|someone|anyone|somebody|anybody|specialist)"
            + "|(?:him|her|them)(?= first| before| beforehand))";
    private static final Pattern CUE = Pattern.compile("\\b(?:"
            // "should i check with my doctor first", "do i really need to see a gp", "does he need to ask someone"
            + "(?:should|do|does|must|shall|need|needs|have to|has to|ought to)(?: i| he| she| we| they| you| my [a-z]+)?(?: first| really| realy| still| even| also| actually)?"
            + "(?: need(?: to)?| have to| ought to)? (?:ask|check with|check in with|see|talk to|talk with|speak to|speak with|consult|clear it with|get checked by|get cleared by"
            + "|run (?:[a-z]+ ){1,4}?(?:past|by)|get (?:the ok|the okay|the all clear|permission|approval) from) " + SOMEONE
            // "is it worth seeing someone first", "is it dumb to start without asking anyone"
            + "|worth (?:seeing|asking|checking with|checking in with|talking to|speaking to) " + SOMEONE + " (?:first|before|beforehand)"
            + "|without (?:asking|checking with|checking in with|seeing|talking to|consulting) " + SOMEONE
            // "do i need a doctor's ok", "need medical clearance"
            + "|need (?:a |an |my |the |his |her )?(?:doctor's|doctors|doctor|gp's|gps|gp|medical|physician's) (?:ok|okay|permission|clearance|approval|sign off|all clear|go ahead|note|blessing)"
            + "|medical clearance|medically cleared"
            // "who should i ask before i start", "anyone i should check in with"
            + "|who (?:should|do|does|must) (?:i|he|she|we|they) (?:be )?(?:ask|asking|check with|checking with|check in with|checking in with|see|seeing|talk to|talking to|speak to|consult)"
            // "how do i know if strength training is right for me"
            + "|(?:know|find out|tell) (?:if|whether) (?:a |this |the )?(?:strength |weight |weights |lifting |resistance )?(?:training |programme |program |routine |lifting )?(?:is )?right for (?:me|him|her|my back)"
            + "|(?:anyone|someone|somebody|anybody) (?:i|he|she|we|they) (?:should|must|need to|ought to) (?:check with|check in with|ask|see|talk to|speak to)"
            // "can i skip the doctor part", "is it really necessary to see a doctor first"
            + "|skip (?:the |seeing the |seeing a |seeing my )?(?:doctor|gp)"
            + "|(?:necessary|essential|required|overkill|excessive|a must) to (?:see|ask|check with|visit|consult|book) " + SOMEONE
            // "should i wait for my gp appointment", "my gp appointment is in 3 weeks, should i wait for it"
            + "|wait (?:for|until|till) (?:my|the|his|her) (?:gp|doctor|doctor's|doctors) ?(?:appointment|visit|check ?up)?"
            + "|(?:gp|doctor|doctor's|doctors) (?:appointment|visit) (?:[a-z']+ ){0,8}?(?:wait|hold off)"
            + ")\\b");

    private DoctorFirstQuestions() {
    }

    /** @param words the message as {@link ChatWords#of} reduces it */
    static boolean asks(String words) {
        return CUE.matcher(words).find();
    }
}
