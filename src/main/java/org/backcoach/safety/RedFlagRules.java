package org.backcoach.safety;

import static org.backcoach.safety.EscalationLevel.EMERGENCY;
import static org.backcoach.safety.EscalationLevel.STOP;
import static org.backcoach.safety.EscalationLevel.URGENT;
import static org.backcoach.safety.Recovery.LONG_AGO;
import static org.backcoach.safety.Recovery.LONG_AGO_OR_SETTLED;
import static org.backcoach.safety.Recovery.NEVER_DISMISSED;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The red-flag table, written to be reviewed by a clinician: one named rule per red flag
 * (after the NICE and NHS low back pain pathways), each a list of phrases people actually type.
 * Text is normalised first (lower case, no apostrophes: "can't" is {@code cant}); {@code ..} stands
 * for up to three other words that are not a negation; {@code {legs}} and friends are the word lists
 * below. Whether a matched phrase is negated, resolved, hypothetical or about someone else is decided
 * by {@link Mention}, the same way for every rule.
 */
final class RedFlagRules {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("cant", "cant|couldnt|havent been able to|hasnt been able to|not been able to|can no longer|no longer|unable to|not able to|struggling to|struggle to"
                    + "|can barely|can hardly|barely|hardly|wont|having trouble|have trouble|trouble|difficulty|hard to"),
            Map.entry("legs", "legs?|feet|foot|thighs?|calf|calves|shins?|knees?|toes|ankles?|lower legs?"),
            Map.entry("limbs", "legs?|feet|foot|thighs?|calf|calves|shins?|lower legs?"),
            Map.entry("foot", "foot|feet|toes?|ankles?"),
            Map.entry("saddle", "bum|bums|butt|butts|buttocks?|bottom|backside|arse|ass|bum cheeks|butt cheeks|groin"
                    + "|crotch|genitals|genital area|private parts|privates|private area|vagina|vulva|penis|dick|balls"
                    + "|scrotum|testicles|perineum|taint|inner thighs?|saddle area|saddle region|anus|back passage"
                    + "|down there|down below|nether regions|undercarriage|between my legs"
                    + "|pelvic area|pelvic region|pelvic floor|perineal area|willy|cock|todger|knob|fanny|lady bits|man bits|bits down there|nuts"),
            Map.entry("quality", "sharp|stabbing|shooting|sudden|searing|piercing|knife ?like|lightning|electric"
                    + "|electrical|jolting|shock ?like"),
            Map.entry("painword", "pains?|twinges?|jolts?|shocks?|zaps?|stabs?|pangs?|sensations?|feelings?|aches?"
                    + "|spasms?|bolts?|jabs?|pinch(?:es)?|pinching|twangs?"),
            Map.entry("report", "felt|feel|feeling|feels|got|get|gets|getting|had|have|having|has|experienced"
                    + "|experiencing|there was|theres|noticed|developed|came|comes"),
            Map.entry("exercise", "lift[a-z]*|deadlift[a-z]*|dead lift[a-z]*|dls?|squat[a-z]*|bench[a-z]*"
                    + "|press(?:es|ing)?|rows?|rowing|pull ?ups?|cleans?|snatch[a-z]*|jerks?|swings?|kettlebells?"
                    + "|curls?|lunges?|reps?|sets?|bar|barbell|dumbbells?|weights?|gym|workout|work out|working out"
                    + "|training|train|exercis[a-z]*|bent over|bending|picked up|picking up|mid [a-z]+|rdls?"
                    + "|good ?mornings?|hip thrusts?|leg press|yoga|pilates|stretch[a-z]*|session"
                    + "|(?:back |hyper ?)?extensions?|hypers|roman chair|medicine ball|med ball|twist[a-z]*|sit ?ups?|crunch(?:es)?"
                    + "|planks?|carry|carries|farmers? walks?|step ?ups?|floor"),
            Map.entry("number", "[0-9]+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few"
                    + "|a few|couple|couple of|a couple of|several"));

    /** Most severe first, so the first rule that fires is the one to report. */
    static final List<RedFlagRule> ALL = List.of(

            // ---------------------------------------------------------------- EMERGENCY
            rule("bladder-bowel", EMERGENCY, LONG_AGO_OR_SETTLED, """
                    incontin[a-z]*|incontenen[a-z]*
                    (?:wet|wetted|wetting|peed|peeing|pissed|pissing|weed|weeing|soiled|soiling|pooed|pooped|pooping|pooing|shat|shit|messed|leaked|leaking|dribbled|dribbling) (?:my ?self|my (?:pants|trousers|knickers|underwear|undies|bed|shorts|leggings))
                    wet the bed|bed ?wetting
                    (?:leak|leaks|leaking|leaked|leakage|dribble|dribbles|dribbling|dribbled) .. (?:urine|pee|wee|poo|poop|stool)
                    (?:leak|leaks|leaking|leaked|dribble|dribbling) (?:a bit |a little |some )?(?:when|while|during|as|if) (?:i )?(?:lift|squat|deadlift|cough|sneeze|jump|bend|run)[a-z]*
                    (?:urine|pee|wee|bladder|bowel|stool|poo|poop) (?:leak[a-z]*|accidents?|incontinence|retention|dribbl[a-z]*|just came out|came out|comes out)
                    {cant} (?:hold|control|keep in|stop) (?:my |in my |it in my )?(?:pee|wee|urine|bladder|bowels?|poo|poop|stool|wee in|pee in|poo in)
                    {cant} (?:pee|wee|urinate|piss|poo|poop|empty my bladder|empty my bowels|pass urine|pass water|go to the (?:toilet|loo|bathroom)|start (?:peeing|weeing|urinating|to pee|to wee|a pee|a wee|the flow|my stream)|go for a (?:pee|wee)|do a (?:pee|wee|poo))
                    (?:trouble|difficulty|problems?|struggling|struggle|straining) (?:with )?(?:peeing|weeing|urinating|passing urine|passing water|starting to (?:pee|wee)|going to the (?:toilet|loo))
                    (?:havent|hasnt|not) (?:been able to )?(?:peed|weed|urinated|pooed|pooped|been to the (?:toilet|loo)|had a (?:pee|wee|poo)) (?:since|all|in|for|today)
                    (?:no|lost|losing|lose|loss of|dont have|dont have any|have no|zero|little|poor|reduced|less) (?:[a-z]+ )?control (?:of|over|with|on) (?:my )?(?:bladder|bowels?|pee|wee|poo|poop|peeing|weeing|pooping|toilet|urine)
                    (?:lost|losing|lose|loss of|no|poor|reduced|little|zero) (?:my |all |any )?(?:bladder|bowel|bowels) control
                    (?:bladder|bowels?) (?:isnt|arent|wont|doesnt|not) (?:working|work|empty|emptying|function[a-z]*)
                    (?:bladder|bowel|bowels|peeing|weeing) (?:control )?(?:problems?|issues?|trouble|changes?|has changed|have changed|accidents?|dysfunction|feels? (?:weird|different|strange|numb|off))
                    (?:changes?|problems?|issues?|trouble|difficulty) (?:with|in) (?:my )?(?:bladder|bowels?|bowel habits|peeing|weeing|urinating|going to the (?:toilet|loo))
                    (?:something|somethings|something is) (?:[a-z]+ )?(?:off|wrong|weird|not right|funny) with my (?:bladder|bowels?|peeing|weeing)
                    (?:bladder|bowels?) .. (?:out of control|not working|stopped working|gone funny|gone weird)
                    (?:strain|straining|push|pushing) to (?:pee|wee|urinate|get the pee out|go)
                    changes? in (?:how|the way) i (?:pee|wee|poo|poop|go to the toilet)
                    (?:dont|cant|didnt|couldnt|no longer) (?:feel|notice|know|tell|sense) (?:when|if) (?:i )?(?:need|have|want|needed) to (?:pee|wee|go|poo|poop)
                    (?:cant|couldnt|didnt|dont) feel (?:myself |the )?(?:pee|wee|urine|it|poo) (?:coming|come out|passing|flowing|leaving)
                    had an accident in my (?:pants|trousers|knickers|underwear|shorts|leggings|bed)
                    urinary retention
                    (?:dont|cant|didnt|no longer|never) (?:get|have|feel|notice) (?:the |that |any |an )?(?:feeling|urge|sensation|need) (?:that |to |of )?(?:i )?(?:need to |have to |want to |should )?(?:pee|wee|go|poo|poop|urinate)
                    (?:lost|no|lose|losing|loss of) (?:the |my |any )?(?:urge|feeling|sensation) (?:to|that i need to|of needing to) (?:pee|wee|go|poo|poop|urinate)
                    {cant} (?:feel|notice|know|tell|sense) (?:when|if|whether) (?:i )?(?:need|have|want|needed) (?:to go to |to use |to )?(?:the )?(?:loo|toilet|bathroom)
                    {cant} (?:feel|tell|know|sense) (?:if|when|whether) (?:ive|i have|i|im) (?:finished|done|emptied|empty)
                    (?:bladder|i) (?:feels?|is|am) (?:really |so |very )?full .. (?:nothing|cant|wont|doesnt|little)
                    nothing (?:comes|came|coming|will come) out
                    {cant} (?:seem to |manage to |get myself to |even )?(?:pee|wee|urinate|piss|empty my bladder|go to the (?:toilet|loo)) (?:at all|properly|even)
                    (?:keep|keeps|kept|been|started|always|now) (?:leaking|wetting|dribbling|having accidents)
                    """).unlessNear(words("nearly|almost|practically|laugh[a-z]*|scared|fright[a-z]*|terrified|funny")),

            // the term alone: asking what it means is not a report
            rule("cauda-equina", EMERGENCY, LONG_AGO_OR_SETTLED, """
                    cauda equina
                    """).unlessNear(words("mean|means|meaning|definition|what is|whats|what does|heard (?:of|about)|read (?:about|that)|explain")),

            rule("saddle-numbness", EMERGENCY, LONG_AGO_OR_SETTLED, """
                    numb[a-z]* (?:(?:in|around|round|on|at|of|across|down|over|near|between) )?(?:my |the |both |me |all |all over my )?{saddle}
                    {saddle} .. (?:numb[a-z]*|dead|no feeling|tingl[a-z]*|pins and needles)
                    {cant} (?:feel|sense) (?:[a-z]+ ){0,3}?(?:on|in|around|at) (?:my |the )?{saddle}
                    {cant} (?:feel|sense) .. (?:{saddle}|the (?:toilet )?seat|toilet seat|anything down there|the (?:toilet )?paper|toilet paper|when i wipe|myself (?:wipe|wiping)|it when i wipe|myself when i wipe)
                    (?:altered|strange|weird|funny|odd|different|less|reduced|no|numb|lost|loss of|changed|dull|dont have|dont have any) (?:[a-z]+ )?(?:feeling|sensation|feel) .. (?:when|while|as|after) (?:i )?(?:wipe|wiping|wiped|sit on the toilet|sitting on the toilet|on the toilet|go to the toilet)
                    (?:wiping|wipe|wiped) (?:my bum |my butt |myself )?(?:feels?|felt|is|was) (?:[a-z]+ )?(?:weird|different|strange|numb|odd|funny|off|dull|like nothing)
                    (?:pins and needles|tingl[a-z]*) (?:in|around|on|at|between) (?:my |the )?{saddle}
                    saddle (?:anaesthesia|anesthesia|numbness|area numbness)
                    (?:no|lost|loss of|reduced|less|altered|dull|dont have any|dont have) (?:feeling|sensation) down below
                    (?:wipe|wiping|wiped) .. (?:it |that |everything |things )?(?:feels?|felt) (?:[a-z]+ )?(?:different|weird|numb|odd|strange|funny|off|dull|like nothing|not all there)
                    (?:no|lost|loss of|reduced|less|altered|dull|dont have any|dont have) (?:feeling|sensation) (?:in|around|down|on|at|between) (?:my |the )?{saddle}
                    (?:sitting on|on) the toilet (?:seat )?(?:feels?|felt) (?:weird|numb|different|strange|like nothing)
                    """).unlessNear(words("cycling|cycle|bike|biking|ride|riding|spin|spinning|saddle sore|asleep|sat on it"
                    + "|ice|ice bath|cold water")),

            rule("sexual-dysfunction", EMERGENCY, LONG_AGO_OR_SETTLED, """
                    erectile (?:dysfunction|problems?|issues?|trouble|difficult[a-z]*)|impoten[a-z]*
                    (?:erection|erections|erectile|getting it up) (?:problems?|issues?|trouble|difficult[a-z]*)
                    {cant} (?:get|keep|maintain|sustain|have) (?:an? |it )?(?:erection|erections|it up|hard|erect|hard on|hardon|boner)
                    (?:no|lost|losing|loss of|less|reduced|weak|weaker|trouble getting|problems? getting|difficulty getting|struggling to get|cant get) (?:[a-z]+ )?(?:erections?|hard ?ons?|boners?)
                    {cant} (?:feel (?:anything|much|a thing|it|my partner)|orgasm|climax|ejaculate|cum|come) .. (?:during|in|when having|while having|having|with|when) .. sex
                    {cant} (?:orgasm|climax|ejaculate)
                    numb[a-z]* .. (?:during|in|when having|having|while having) sex
                    sex (?:feels?|is|felt|was) (?:[a-z]+ )?(?:numb|different|weird|like nothing|strange)
                    (?:no|lost|loss of|reduced|less|zero|dont have any|altered) (?:[a-z]+ )?(?:sensation|feeling) .. (?:during|in|when having|when we have|having) sex
                    erections? (?:have |has |are |is )?(?:stopped|gone|disappeared|weak|weaker|not happening)
                    sexual (?:dysfunction|problems?|issues?|difficult[a-z]*)
                    """),

            rule("leg-giving-way", EMERGENCY, LONG_AGO_OR_SETTLED, """
                    {legs} .. (?:gave|gives|give|giving|givin|gave out|keeps giving|kept giving|keep giving) (?:way|out)
                    {legs} (?:[a-z]+ )?(?:buckled|buckles|buckling|collapsed|collapses|collapsing|went from under me|gave from under me|went from underneath me)
                    (?:legs?|knees?) (?:just )?(?:went|go|goes|gone) (?:from under me|from underneath me)
                    """),

            rule("foot-drop", EMERGENCY, LONG_AGO_OR_SETTLED, """
                    foot ?drop|drop ?foot|dropped foot
                    {foot} (?:[a-z]+ ){0,3}?(?:slaps?|slapping|slapped|drags?|dragging|dragged|flops?|flopping|floppy|drops?|dropping|catches|catching|scuffs?|scuffing|hangs|hanging|wont lift|doesnt lift|wont come up|doesnt come up)
                    (?:dragging|drag|drags|scuffing|scuff|catching) my (?:left |right )?(?:foot|toes|leg)
                    (?:tripping|trip|trips|tripped) (?:over|on) my (?:own )?(?:left |right )?(?:foot|feet|toes)
                    (?:keep|keeps|kept|been|always|constantly|started) tripping|tripping (?:a lot|all the time|because|over nothing|constantly|up)
                    {cant} (?:[a-z]+ )?(?:lift|raise|pick up|point|flex|move|pull up|control|wiggle) (?:my |the |both |either )?(?:left |right )?(?:foot|feet|toes|ankle|ankles|big toe|leg|legs)
                    {cant} (?:walk|stand) (?:on (?:my )?(?:heels|toes|tip ?toes|tiptoes)|properly|straight|without (?:falling|holding|support|help))
                    """),

            rule("leg-weakness", EMERGENCY, LONG_AGO_OR_SETTLED, """
                    (?:weak|weakness|weaker|weakening|no strength|lost strength|losing strength|loss of strength|lost power|losing power|no power) .. (?:in|of|down) (?:my |both |one |the |either )?(?:[a-z]+ )?{limbs}
                    {limbs} .. (?:weak|weaker|weakening|weakness|wont hold me|wont support me|dont hold me|cant hold me|not holding me|wont take my weight|cant take my weight|wont hold my weight|cant hold my weight|wont bear (?:my )?weight|cant bear (?:my )?weight|not working|dont work|doesnt work|wont work|stopped working|arent working|isnt working)
                    weak (?:legs?|feet|foot|thighs)
                    """).unlessNear(Pattern.compile(
                    // tired legs after training are ordinary, unless the user says they are worsening
                    "^(?!.*\\b(?:worse|worsening|weaker|getting|more and more|spreading|suddenly|sudden|new|both)\\b).*\\b(?:"
                    + "(?:after|from|since|following|post|during|when|while|doing) (?:[a-z]+ ){0,2}(?:leg day|legs day|workout|work out"
                    + "|training|session|squat[a-z]*|gym|run|running|lift[a-z]*|deadlift[a-z]*|exercis[a-z]*|cycling|hike|hiking|lunges"
                    + "|class|spin|walk|game|match|race|marathon)|leg day|doms|tired|fatigued?|exhausted)\\b")),

            rule("leg-numbness", EMERGENCY, LONG_AGO_OR_SETTLED, """
                    numb[a-z]* .. (?:in|down|into|through|along|on|of|around|across|to) (?:[a-z]+ ){0,2}?{legs}
                    {legs} .. (?:numb[a-z]*|dead|no feeling|lost (?:all )?(?:feeling|sensation)|have no feeling|has no feeling)
                    {cant} (?:feel|sense) (?:[a-z]+ ){0,2}?{legs}
                    (?:no|lost|losing|loss of|reduced|less|altered|dont have any|dont have|without|weird|strange) (?:[a-z]+ )?(?:feeling|sensation) .. (?:in|of|down|on) (?:[a-z]+ ){0,2}?{legs}
                    numb (?:legs?|feet|foot|thighs?|toes|shins?|calf|calves)
                    (?:both|my) (?:legs|feet) .. (?:tingl[a-z]*|pins and needles)
                    (?:tingl[a-z]*|pins and needles) .. (?:in|down|through) (?:both|my) (?:legs|feet)
                    """).unlessNear(words("asleep|cross ?legged|crossed my legs|sat on it|ice|ice pack|ice bath|cold|freezing"
                    + "|leg day")),

            rule("major-trauma", EMERGENCY, LONG_AGO, """
                    (?:came|come|coming|fell|fallen|flew|flown|thrown|got thrown|was thrown|knocked|got knocked|tumbled) off (?:my |a |the |his |her )?(?:[a-z]+ )?(?:bike|bicycle|motorbike|motorcycle|motor bike|horse|scooter|moped|quad|ladder|roof|scaffold[a-z]*|wall|tree|trampoline|skateboard|board|balcony|ebike|e bike)
                    (?:fell|fall|fallen|falling|tumbled|slipped|came down|dropped) .. (?:from|off|down) (?:a |the |my |some |two |three )?(?:[a-z]+ )?(?:ladder|roof|height|stairs|staircase|steps|balcony|scaffold[a-z]*|cliff|tree|horse|loft|attic|first floor|second floor|bunk|flight of stairs|wall)
                    (?:car|road|traffic|motorbike|motorcycle|bike|cycling|skiing|ski|snowboard[a-z]*|rugby|climbing|riding|horse riding|work|workplace|bus|truck|lorry|high speed|serious|bad|major|head on) (?:crash|accident|collision|wreck|smash|pile ?up|prang)
                    crashed (?:my |the |a |our )?(?:car|bike|motorbike|motorcycle|scooter|van)
                    (?:car|vehicle|van|truck) (?:hit|ran into|crashed into|smashed into|went into) (?:me|us|my)
                    (?:hit|struck|knocked down|knocked over|run over|ran over|clipped|rammed|wiped out) by (?:a |the |an )?(?:car|truck|lorry|bus|van|vehicle|motorbike|motorcycle|cyclist|bike|train|tram)
                    (?:got|was|been|were) (?:hit|run over|knocked down|rear ended|t boned)
                    (?:was|been|were|had) in (?:an?|the) (?:[a-z]+ )?(?:accident|crash|collision|wreck|pile ?up)
                    rear ?ended|t ?boned|whiplash|road traffic accident|rta
                    (?:bad|big|nasty|heavy|hard|serious|massive|huge|awful|terrible|horrible) (?:[a-z]+ )?(?:fall|tumble|crash|accident|wipeout|wipe out)
                    fell (?:hard|badly|heavily|awkwardly|really hard|straight|flat) (?:on|onto) (?:my |the )?(?:back|spine|tailbone|coccyx|bum|butt|bottom|backside|head|neck)
                    (?:fell|fall|fallen|tumbled|slipped) (?:all the way |right )?down (?:the |a |some )?(?:[a-z]+ ){0,3}?(?:stairs|steps|staircase|flight)
                    """).unlessNear(words("scared|afraid|worried|fear|terrified|nervous|avoid|prevent")),

            rule("chest-pain", EMERGENCY, LONG_AGO_OR_SETTLED, """
                    chest .. (?:pain|pains|hurts?|hurting|tight|tightness|tightening|pressure|heavy|heaviness|crushing|squeez[a-z]*|burning|ache|aches|aching|discomfort|feels? funny|feels? weird)
                    (?:pain|pains|tightness|pressure|heaviness|ache|aching|discomfort|squeezing|crushing|burning) (?:[a-z]+ )?(?:in|across|on|around|through|into) (?:my |the )?chest
                    tight chest|chest tightness|heart attack
                    """).unlessNear(words("sore|soreness|doms|pecs?|pectorals?|bench[a-z]*|push ?ups?|press ?ups?|flys?"
                    + "|flyes|dips|stretch[a-z]*|muscles?|muscular|chest day")),

            rule("breathlessness", EMERGENCY, LONG_AGO_OR_SETTLED, """
                    short(?:ness)? of breath|short of breathe
                    {cant} (?:[a-z]+ )?(?:catch (?:my )?breath|breathe|breath|breathing|get (?:my |a |enough )?(?:breath|air)|take a (?:deep |full |proper )?breath)
                    breathless[a-z]*|gasping|struggling for (?:breath|air)|fighting for (?:breath|air)
                    (?:breathing|breath) (?:is |feels |has been |was )?(?:difficult|hard|laboured|labored|painful|shallow|tight|restricted)
                    hurts to breathe|(?:pain|hurts|painful) when (?:i )?(?:breathe|breath|take a breath|inhale)
                    out of breath .. (?:at rest|resting|sitting|lying|doing nothing|all the time|talking)
                    """),

            // ---------------------------------------------------------------- URGENT
            rule("fever", URGENT, LONG_AGO_OR_SETTLED, """
                    fe[ae]?ve?r[a-z]*
                    febrile|chills|chils|shivers|shivery|shivering|rigors|night sweats?|cold sweats?|hot and cold|hot then cold
                    (?:running|got|have|had|with|has|developed|spiked|spiking) (?:a )?(?:high |slight |mild |raised |bit of a )?temp(?:erature)?
                    high temp(?:erature)?s?|(?:temps|temperatures) (?:of|over|above|around)
                    temp(?:erature)? (?:of|is|was|has been|reading) .. [0-9]+
                    (?:sweats|sweating|sweaty|drenched|soaked|soaking) .. (?:at night|in the night|in bed|overnight|every night|during the night|at nite)
                    (?:wake|woke|waking|wakes) up .. (?:sweating|drenched|soaked|soaking|in a sweat|sweaty|wet with sweat)
                    burning up|feel(?:ing)? (?:hot|cold) and (?:cold|hot)
                    """).unlessNear(words("ice bath|cold water|cold plunge|swim[a-z]*")),

            rule("weight-loss", URGENT, LONG_AGO_OR_SETTLED, """
                    (?:unexplained|unintentional|unintended|unexpected|mysterious|sudden|rapid|unexplainable) weight ?loss
                    weight ?loss .. (?:without trying|for no reason|unexplained|not trying|i cant explain|no reason)
                    (?:lost|losing|lose|dropped|dropping|shed|shedding|drop|down) (?:[a-z0-9]+ ){0,3}?(?:weight|stone|stones|[0-9]*(?:st|kg|kgs|kilos?|kilograms|lbs?|pounds)|a dress size|dress sizes?) (?:[a-z0-9]+ ){0,6}?(?:without (?:trying|dieting|meaning to|even trying|changing|doing anything)|for no (?:apparent |obvious |real |good )?reason|no idea why|dont know why|not sure why|cant explain|unexplained|(?:and|but) (?:im |i am |i was |ive been )?not (?:trying|dieting|on a diet)|even though (?:im|i am|ive been|i have been) eating|out of nowhere|by accident|accidentally)
                    weight .. (?:falling|dropping|melting) off
                    clothes (?:are |keep )?(?:falling off|hanging off|(?:really |so )?loose|baggy) .. (?:not dieting|without dieting|not trying|no reason|without trying|dont know why)
                    (?:lost|losing|lose|dropped|dropping) (?:[a-z0-9]+ ){0,3}?(?:weight|stone|kg|kilos|pounds|lbs) .. (?:no appetite|not hungry|off my food|off food|not eating|lost my appetite|appetite)
                    (?:no|lost|losing|loss of|lost my|poor) appetite .. (?:weight|thinner|lighter|clothes (?:are )?loose)
                    """),

            rule("cancer", URGENT, NEVER_DISMISSED, """
                    cancers?|cancerous
                    tum[ou]u?rs?|tumers?
                    malignan[a-z]*|metasta[a-z]*|lymphoma|leuka?emia|myeloma|melanoma|sarcoma|carcinoma|mesothelioma|glioma
                    chemo[a-z]*|radiotherapy|radiation (?:therapy|treatment)|oncolog[a-z]*|in remission|mastectomy|lumpectomy
                    the big c|bone mets|mets|metastases|secondaries|growth on my spine|lump on my spine|(?:spinal|spine) (?:lesion|mass|growth)
                    """).unlessNear(words("family history|runs in (?:the|my|our) family|genetic|screening|screened|scare|risk"
                    + "|charity|awareness|fundrais[a-z]*|prevent[a-z]*|research")),

            rule("spinal-fracture", URGENT, LONG_AGO, """
                    (?:compression|vertebral|vertebra|spinal|spine|stress|burst|wedge|pars|crush|osteoporotic|back|lumbar|insufficiency|fragility) fractures?
                    fractur[a-z]* .. (?:vertebra[a-z]*|vert[a-z]*br[a-z]*|spine|spinal|back|lumbar|l[1-5]|t[0-9]{1,2}|s1|tailbone|coccyx|pelvis|sacrum)
                    (?:broke|broken|break|cracked|crushed|fractured|snapped|busted|damaged) (?:a |my |one of my |the )?(?:[a-z]+ )?(?:vert[a-z]*br[a-z]*|spine|back ?bone|tailbone|coccyx|pelvis|sacrum|l[1-5]|t[0-9]{1,2})
                    (?:broke|broken|cracked|fractured) my back
                    (?:broke|broken|cracked|fractured|snapped|damaged|bust|busted) (?:something|a bone|some?thing) in my (?:back|spine|lower back)
                    """).unlessNear(words("nearly|almost|practically|basically|breaking my back|back ?breaking|like i")),

            rule("osteoporosis-fall", URGENT, LONG_AGO, """
                    oste[a-z]*por[a-z]*|osteopen[a-z]*|brittle bones|thin bones|weak bones|fragile bones
                    low bone (?:density|mass)|bone thinning|thinning bones|bone loss
                    """).onlyWith(phrases("""
                    fell|fallen|slipped|tripped|tumbled|stumbled|went down|landed|knocked|bumped|took a tumble
                    lost my footing|missed a step|came down hard|sat down hard|had a fall|(?:small|minor|little|slight) fall|jolted
                    jarred|stepping off|stepped off|kerb|curb|bumped|coughed|sneezed|bent over|bending down|picked up|picking up|lifting|lifted
                    felt (?:some?thing|it) (?:go|give|crack|snap)|some?thing (?:went|gave|cracked|snapped)
                    """)),

            rule("spinal-surgery", URGENT, LONG_AGO, """
                    (?:micro ?)?dis[ck]e?c?tomy|lamin[a-z]*tom[a-z]*|foraminotomy|facetectomy|corpectomy|kyphoplasty|vertebroplasty|rhizotomy|rhizolysis
                    (?:spinal|spine|lumbar|back|vertebral|l[1-5] ?s1|l[1-5] ?l[1-5]|l[1-5]) fusion
                    (?:had|have had|ive had|got|just had|recovering from|recent|after|since|post|following) (?:a |an |my |the )?fusion
                    fusion (?:surgery|operation|op)
                    (?:spinal|spine|lumbar|back|disc|disk|vertebral|sciatica|decompression|nerve root) (?:surgery|surgeries|operation|op|procedure)
                    (?:surgery|operation|op|operated) on (?:my |the )?(?:back|spine|disc|disk|lower back|lumbar|vertebra[a-z]*|l[1-5])
                    (?:lumbar|spinal) decompression|disc (?:replacement|surgery)|spinal cord stimulator|rods? .. in my (?:back|spine)|(?:screws|hardware|cage|plates?) in my (?:back|spine)
                    post ?op|post ?operative|post ?surgery|since (?:my |the )?(?:surgery|operation|op)
                    (?:surgery|operation|op) .. {number} (?:days?|weeks?|months?|mo|mos) ago
                    (?:surgery|operation|op) .. (?:last|this|earlier this) (?:week|month|year|spring|summer|autumn|fall|winter)
                    """),

            rule("night-pain", URGENT, LONG_AGO_OR_SETTLED, """
                    (?:pain|it|back|back pain|this|the ache|ache|sciatica) .. (?:wakes|woke|waking|wake|keeps waking|kept waking|is waking) me
                    (?:keeps|kept|keeping) me (?:up|awake) .. (?:night|nights)
                    (?:woken|woke|waking|wakes|awoken|wake) (?:up )?.. (?:by|from|because of|due to) (?:the |my |severe |bad |terrible |awful |horrible )?(?:pain|agony|back pain|backache)
                    (?:wake|woke|waking) (?:up )?(?:in the night|at night|during the night|every night) (?:in|with) (?:pain|agony)
                    {cant} (?:sleep|get to sleep|lie down|lie flat|lay down|lay flat|get comfortable|find a comfortable position) .. (?:pain|hurts|hurt|agony)
                    (?:pain|it|back|ache) .. (?:worse|worst|unbearable|agony|terrible|horrible|excruciating|severe) (?:[a-z]+ )?(?:at night|in bed|when (?:i )?(?:lie|lying|lay|laying) (?:down|flat)|lying down|lying flat|laying down|laying flat|overnight|in the night)
                    (?:night ?time|nocturnal|night) pain
                    (?:pain|it|back|ache) (?:[a-z]+ ){0,2}?(?:at night|in bed|overnight|in the night) (?:is |gets |feels |becomes )?(?:[a-z]+ )?(?:unbearable|agony|terrible|horrible|excruciating|severe|worse|worst|awful)
                    (?:hurts|pain|worst|agony) (?:[a-z]+ ){0,2}?(?:at|around) [1-5] ?(?:am|in the morning)
                    pain (?:all|every|most|each) night
                    (?:rest|resting|lying down|lying still|laying down|painkillers|pain killers|sleep|lying flat) .. (?:doesnt|dont|wont|isnt|never|not) .. (?:help|ease|easing|helping|touch|relieve|stop|make (?:it|any) (?:better|difference)|improve)
                    nothing (?:[a-z]+ )?(?:helps|eases|works|relieves) .. (?:night|rest|lying)
                    (?:doesnt|dont|wont|isnt|never|not) (?:[a-z]+ )?(?:ease|eased|easing|improve|get better|go away|settle|let up) .. (?:with|when|even with|even when|even if) (?:i )?(?:rest|resting|lie down|lying down|lying still|sleep|sleeping)
                    no position (?:is |feels )?comfortable|no comfortable position
                    """),

            rule("worsening-pain", URGENT, LONG_AGO_OR_SETTLED, """
                    (?:getting|gets|get|got|gotten|growing|becoming|grown) (?:a lot |much |progressively |steadily |gradually )?worse (?:and worse|every day|each day|by the day|day by day|daily|every week|each week|week by week|over (?:time|the|weeks|months|days)|all the time|constantly|steadily|every morning|each morning|by the week|by the hour)
                    (?:keeps|keep|kept|keeping|continues|continue|continuing|continued) (?:on )?(?:getting|to get|growing|becoming|to grow) (?:[a-z]+ )?worse
                    (?:progressively|steadily|gradually|continually|constantly|consistently|increasingly|slowly) (?:getting |got |gotten |becoming |been getting )?(?:worse|more painful|more and more painful)
                    worse (?:and worse|every (?:single )?(?:day|week|morning|night)|each (?:day|week)|by the day|day by day|week on week|week by week|over (?:the )?(?:last|past) (?:few |couple of )?(?:days|weeks|months))
                    worse than (?:the day before|the previous day|yesterday|last week|the week before|it was)
                    worsening (?:back )?pain|pain (?:is |has been |keeps )?worsening|getting more and more painful|worse than ever
                    (?:pain|back|it|its|spine|sciatica|symptoms|ache|this) .. (?:getting|is getting|keeps getting|has been getting|been getting) (?:[a-z]+ )?worse
                    """).unlessNear(words("form|technique|flexibility|mobility|posture|sleep|diet|grip|balance|lifts?|squat|deadlift|bench")),

            rule("immunosuppression", URGENT, NEVER_DISMISSED, """
                    immuno ?(?:suppress[a-z]*|compromised|deficien[a-z]*)|immune ?suppress[a-z]*|immune (?:system )?(?:is )?(?:suppressed|compromised|deficient)
                    (?:weak|weakened|low|poor|suppressed|compromised) immune system|immune system (?:is )?(?:weak|weakened|low|poor|shot)
                    hiv|(?:have|got|diagnosed with|living with|positive for) aids
                    (?:organ|kidney|liver|heart|lung|bone marrow|stem cell|renal) transplant|transplant (?:meds|medication|medicine|drugs|patient|recipient)|anti ?rejection (?:meds|drugs|medication|medicine)
                    (?:long ?term|years of|daily|high ?dose|oral|maintenance) (?:[a-z]+ )?(?:steroids?|prednisone|prednisolone|pred|dexamethasone|hydrocortisone|cortisone|corticosteroids?)
                    (?:steroids?|prednisone|prednisolone|dexamethasone|corticosteroids?) .. (?:for (?:years|months|a long time|ages|over a year)|long ?term|every day|daily|since)
                    pred[a-z]*sol[a-z]*|predni?sone|predisone|methotrexate|azathioprine|tacrolimus|cyclosporin[a-z]*|ciclosporin|mycophenolate|humira|adalimumab|infliximab|etanercept|enbrel|rituximab|biologics?|jak inhibitors?
                    """).unlessNear(words("negative|tested negative|test came back|prep|scare")),

            rule("iv-drug-use", URGENT, LONG_AGO, """
                    (?:inject|injects|injecting|injected|shoot up|shooting up|shot up|slamming|slam) (?:[a-z]+ )?(?:drugs|heroin|meth|speed|cocaine|coke|crack|gear|fentanyl|opioids|opiates|smack)
                    (?:iv|intravenous|intravenously|needle) (?:drug|drugs|heroin|user|users|use)
                    (?:heroin|fentanyl|smack) (?:user|addict|addiction|use)|heroin|ivdu|pwid
                    """),

            // ---------------------------------------------------------------- STOP
            rule("sharp-pain", STOP, LONG_AGO_OR_SETTLED, """
                    {report} .. {quality} (?:[a-z]+ ){0,2}?{painword}
                    {quality} (?:[a-z]+ ){0,2}?{painword} .. (?:in|down|through|into|across|up|along|shot|shooting|shoots|going|went|ran|runs|running|radiating|from) (?:[a-z]+ )?(?:my|me)
                    {quality} (?:[a-z]+ ){0,2}?{painword} (?:when|while|during|as|mid|after|whenever|every time) .. (?:i|im|my)
                    {quality} (?:[a-z]+ ){0,2}?{painword} .. {exercise}
                    (?:pain|it|twinge|ache|feeling) (?:is|was|felt|feels|went|got|turned|became|goes|gets|has been|keeps) (?:[a-z]+ )?(?:really |very |quite |so |super )?(?:sharp|stabbing|shooting|electric|searing|piercing)
                    (?:shot|shoots|shooting|zapped|zapping|jolted|surged|bolted|stabbed|stabbing|shot right) (?:[a-z]+ )?(?:down|through|into|up|along|across) (?:my|both|the back of my)
                    (?:like|as if) (?:a |an |being |i was |im being |someone )?(?:knife|stabbed|stabbing|electric|electricity|an electric shock|electric shock|lightning|shot|hit by lightning|someone stabbed|needles?|a hot poker|tasered|zapped)
                    (?:stabbing|shooting|searing) (?:[a-z]+ ){0,2}?{painword}
                    {quality} (?:[a-z]+ ){0,2}?{painword} (?:[a-z]+ ){0,8}?(?:every time|whenever|when|while|during|as|mid|doing|on) (?:[a-z]+ ){0,4}?{exercise}
                    (?:with|and) (?:a |this |some )?{quality} (?:[a-z]+ ){0,2}?{painword}
                    (?:doing|does|did) (?:a |this |some |that )?(?:sharp|stabbing|shooting|searing)
                    """),

            rule("pop-or-snap", STOP, LONG_AGO_OR_SETTLED, """
                    (?:felt|heard|had|got|was|there was|noticed|feel|heard this|felt this) .. (?:pop|popping|snap|snapping|twang|twanging|tear|tearing|rip|ripping|ping|giving way|crunch|clunk)
                    felt (?:some?thing|it|my back|a muscle) (?:go|give|move|shift|slip)
                    (?:some?thing|it|my back|back|spine|disc|disk|muscle|a muscle|hamstring|my hamstring|my spine|glute|my glute) (?:[a-z]+ )?(?:popped|snapped|twanged|tore|ripped|pinged|went pop|went snap|went twang|went ping|went crack|went click|gave way|gave out|gave in)
                    some?thing (?:just )?gave
                    (?:pop|snap|twang|tear|rip|ping|crunch|clunk) (?:in|from|inside|at) (?:my )?(?:lower |low |upper |mid )?(?:back|spine|disc|disk|hip|glute|hamstring)
                    my (?:lower |low |upper |mid )?back (?:just |completely |totally )?(?:gave out|gave way|gave in|locked|locked up|seized|seized up|spasmed|went into spasm|went out|popped|snapped)
                    my (?:lower |low |upper |mid )?back (?:just |completely |totally )?(?:went|has gone|is gone)(?= (?:while|when|during|mid|as|on|at|in|again|doing|bending|lifting|picking)|,|$)
                    (?:threw|thrown|throw|put|putting|popped) my back out|(?:put|threw|thrown) out my back
                    """).unlessNear(words("feels? (?:good|great|nice|better|relieved|amazing)|no pain|painless|relief"
                    + "|chiropract[a-z]*|chiro|crack my back|cracking my back|stretch[a-z]*|yoga|knuckles")),

            rule("click-with-pain", STOP, LONG_AGO_OR_SETTLED, """
                    click|clicked|clicking|clicks|crack|cracked|cracking|cracks|crunch|crunched|crunching|clunk|clunked
                    """).onlyWith(phrases("""
                    pain|painful|hurts?|hurting|agony|ouch|sharp|cant move|couldnt move|cant straighten|couldnt straighten|screamed|spasm
                    """)).unlessNear(words("crack(?:ed|ing)? my back|chiro[a-z]*|relie[fv][a-z]*|feels? good|knuckles")),

            rule("acute-strain", STOP, LONG_AGO_OR_SETTLED, """
                    (?:pulled|tweaked|strained|hurt|injured|wrenched|twisted|jarred|tore|torn|did|done|tweak) (?:something|my back|a muscle|my lower back|my spine|a disc|my disc|my disk|my back muscles?|my hamstring|my glute)
                    (?:suddenly|all of a sudden|out of nowhere) .. (?:pain|hurt|hurts|agony|couldnt move|cant move|locked|seized|gave|sharp|spasm)
                    (?:couldnt|cant|unable to) (?:stand up straight|straighten up|straighten|get up|move) .. (?:after|when|since|mid|during)
                    """).onlyWith(phrases("{exercise}")))
            .stream()
            .sorted(Comparator.comparing(RedFlagRule::level))
            .toList();

    private RedFlagRules() {
    }

    private static RedFlagRule rule(String name, EscalationLevel level, Recovery recovery, String lines) {
        return new RedFlagRule(name, level, phrases(lines), recovery, Optional.empty(), Optional.empty());
    }

    private static Phrases phrases(String lines) {
        return Phrases.compile(lines, WORDS);
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("\\b(?:" + alternatives + ")\\b");
    }
}
