package org.backcoach.safety;

import static org.backcoach.safety.EscalationLevel.EMERGENCY;
import static org.backcoach.safety.EscalationLevel.URGENT;
import static org.backcoach.safety.Recovery.LONG_AGO;
import static org.backcoach.safety.Recovery.LONG_AGO_OR_SETTLED;
import static org.backcoach.safety.Recovery.NEVER_DISMISSED;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The second line of the triage, asked only when no rule of {@link RedFlagRules} fired: the
 * clinical words themselves ("bladder", "numb" with a leg or the groin, "fever", "tumour",
 * "fracture", a crash). Wording nobody foresaw still names the thing, and a user who reports it on
 * a back-pain bot should be told to get it checked. Read with the same {@link Mention} rules
 * (negated, long ago, hypothetical, someone else), so "no bladder problems" stays quiet.
 */
final class SafetyNet {

    private static final Pattern ALL_FINE = words("fine|normal|ok|okay|good|working|no problems?|no issues?|no changes?"
            + "|help with|helps with|pelvic floor|kegels?|watch out for|look out for|i dont have any");
    /** Similes and figures of speech: "felt like I'd been hit by a truck after leg day". */
    private static final Pattern FIGURE_OF_SPEECH = words("felt like|feel like|feels like|as if|like i|like id|haha|lol|for fitness");

    static final List<RedFlagRule> RULES = List.of(
            rule("net-bladder-bowel", EMERGENCY, LONG_AGO_OR_SETTLED, """
                    bladder|bowels?|incontinen[a-z]*|urinary|catheter|waterworks
                    """).unlessNear(ALL_FINE),
            rule("net-numbness", EMERGENCY, LONG_AGO_OR_SETTLED, """
                    numb[a-z]*|tingl[a-z]*|pins and needles|no feeling|lost (?:the |all )?feeling|loss of feeling|no sensation|lost sensation|dead feeling|gone dead|went dead
                    """).onlyWith(phrases("{legs}\n{saddle}\nwip(?:e|es|ed|ing)\ntoilet paper|loo roll")).unlessNear(words("sitting|sat|sit|asleep|long (?:time|drive|ride|bike ride)"
                    + "|bike rides?|saddle tips|crossed|on the floor|on the toilet too long|watch out for|look out for|i dont have any|in your")),
            rule("net-chest-breath", EMERGENCY, LONG_AGO_OR_SETTLED, """
                    chest (?:pains?|tight[a-z]*|pressure|hurts|hurting|ache|aches|aching|is killing)
                    (?:short|shortness) of breath|breathless[a-z]*|{cant} (?:breathe|catch my breath|get my breath)|struggling to breathe
                    """).unlessNear(words("bench|press|presses|chest day|push ?ups?|flyes|flys|dips|cardio|sprints?|running|run|burpees?|hiit|stairs")),
            rule("net-major-trauma", EMERGENCY, LONG_AGO_OR_SETTLED, """
                    (?:car|motorbike|motorcycle|bike|cycling|road|traffic|ski|skiing|snowboard[a-z]*|horse|riding|quad|scooter) (?:crash|accident|collision|smash|wreck)
                    crashed (?:my|the|into|on)|rear ended|t boned|hit by (?:a )?(?:car|van|bus|truck|lorry|bike|cyclist)|run over
                    fell (?:off|from|out of|down) (?:a |the |my |some )?(?:ladder|roof|scaffold[a-z]*|stairs|flight of stairs|horse|wall|tree|balcony|loft|trampoline|climbing wall|bunk)
                    """).unlessNear(FIGURE_OF_SPEECH),
            rule("net-fever", URGENT, LONG_AGO_OR_SETTLED, """
                    fever[a-z]*|temperature|temp of|high temp|running a temp|chills|shivers|shivery|shivering|night sweats|sweating at night|sweats at night|hot and cold
                    """).unlessNear(words("room|outside|weather|water|shower|bath|pool|ice bath|cold plunge|normal|fine"
                    + "|for fitness|haha|lol")),
            rule("net-cancer", URGENT, NEVER_DISMISSED, """
                    cancer|tumou?rs?|chemo[a-z]*|radiotherapy|oncolog[a-z]*|lymphoma|leuka?emia|myeloma|metasta[a-z]*|malignan[a-z]*|melanoma
                    """).unlessNear(words("scare|benign|all clear|negative|ruled out|came back clear|was nothing")),
            rule("net-bone", URGENT, LONG_AGO, """
                    # Osteoporosis alone is not a red flag (with a fall it is, see the rules); a fracture is.
                    fractur[a-z]*|broke my (?:back|spine|vertebra)|cracked (?:a )?vertebra
                    """),
            rule("net-spinal-surgery", URGENT, LONG_AGO, """
                    surgery|surgeries|operation|operated on|discectomy|microdiscectomy|laminectomy|spinal fusion|fused|decompression
                    """).onlyWith(phrases("back|spine|spinal|discs?|lumbar|vertebra[a-z]*|l[345]|s1"))
                    .unlessNear(words("signed off|signed me off|cleared|all clear|years after|years ago|fully healed|fully recovered")),
            rule("net-immune-drugs", URGENT, NEVER_DISMISSED, """
                    immunosuppress[a-z]*|immune system is|weak immune|transplant|hiv|methotrexate|biologics?|inject(?:ing)? drugs|iv drugs?|heroin
                    """),
            rule("net-weight-loss", URGENT, LONG_AGO_OR_SETTLED, """
                    (?:lost|losing|lose|dropped|dropping|shed|down) (?:a lot of |loads of |so much |heaps of |a bunch of |[0-9]+ ?(?:kg|kgs|kilos?|lbs?|pounds|stone|st) (?:of )?)?weight
                    (?:lost|dropped|down|shed) [0-9]+ ?(?:kg|kgs|kilos?|lbs?|pounds|stone|st)\\b
                    weight (?:loss|is dropping|has dropped|keeps dropping|falling off|dropping off)|clothes .. (?:loose|baggy|falling off)
                    """).unlessNear(words("diet[a-z]*|trying|cutting|cut|calorie[a-z]*|deficit|on purpose|intentional[a-z]*|slimming|weight watchers|goals?|fasting|keto|running|plan|wanted|want|happy|pleased"))
    );

    private SafetyNet() {
    }

    private static RedFlagRule rule(String name, EscalationLevel level, Recovery recovery, String lines) {
        return new RedFlagRule(name, level, phrases(lines), recovery, Optional.empty(), Optional.empty());
    }

    private static Phrases phrases(String lines) {
        return Phrases.compile(lines, RedFlagRules.WORDS);
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("\\b(?:" + alternatives + ")\\b");
    }
}
