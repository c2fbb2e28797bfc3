package org.backcoach.safety;

import static org.backcoach.safety.EscalationLevel.EMERGENCY;
import static org.backcoach.safety.EscalationLevel.STOP;
import static org.backcoach.safety.EscalationLevel.URGENT;
import static org.backcoach.safety.Recovery.LASTING;
import static org.backcoach.safety.Recovery.LONG_AGO;
import static org.backcoach.safety.Recovery.LONG_AGO_IF_BACK_WELL;
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
 * for up to three other words that are not a negation ({@code ...} for up to six); {@code {legs}} and friends are the word lists
 * below. Whether a matched phrase is negated, resolved, hypothetical or about someone else is decided
 * by {@link Mention}, the same way for every rule.
 */
final class RedFlagRules {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("cant", "(?:cant i|couldnt i|can i not|cant|couldnt|i not can|i not|i cannot|havent been able to|hasnt been able to|not been able to|can no longer|no longer|unable to|not able to|struggling to|struggle to|strugg?ling to|strugg?le to|not be able to|wont be able to|isnt able to|arent able to|no dey(?= feel| sense)"
                    + "|can barely|can hardly|barely|hardly|wont|having trouble|have trouble|trouble|difficulty|hard to)"
                    // a softener after it changes nothing: "cant really tell", "cant even feel"
                    + "(?: (?:really|even|actually|properly|quite|fully|always|seem to|just|totally|exactly))?"),
            Map.entry("legs", "legs?|feet|foot|foots|thighs?|calf|calves|shins?|knees?|toes?|big toe|ankles?|heels?"
                    + "|soles?|lower legs?"),
            Map.entry("score_date", ReadingCues.SCORE_DATE),
            Map.entry("limbs", "legs?|feet|foot|thighs?|calf|calves|shins?|lower legs?|ankles?"),
            Map.entry("foot", "foot|foots|feet|toes?|ankles?"),
            Map.entry("toilet", "pee|wee|urinate|void|piss|poo|poop|do urine|make urine|do (?:a )?pee|do (?:a )?wee|do toilet|empty (?:my|his|her|their) bladder|empty (?:my|his|her|their) bowels|pass urine|pass water"
                    + "|open my bowels|go to (?:the )?(?:toilet|loo|bathroom|lavatory)|use the (?:toilet|loo|bathroom)"
                    + "|(?:go for|have|do) a (?:pee|wee|poo|number two)|go(?= anymore| any more| now| since|,|$)"),
            Map.entry("clothes", "pants|pant|trousers|knickers|underwear|undies|shorts|leggings|trackies|joggers|tracksuit(?: bottoms)?"
                    + "|jeans|boxers|briefs|sweatpants|sweats|pyjamas|pjs|pajamas|nappy"),
            Map.entry("the_loo", "the (?:toilet|loo|bathroom|lavatory|lav)"),
            // sex, said plainly or politely: "cant finish in bed", "when we are intimate"
            Map.entry("sex", "sex|intercourse|in bed|in the bedroom|(?:in )?the bedroom department|making love|(?:we are|were|were being|we get|being) intimate|intimacy"),
            Map.entry("saddle", "d ck|bum|bums|butt|butts|buttocks?|bottom(?! lip| teeth| tooth| gum| jaw| of| step| stair| drawer| half| bunk| line)|backside|arse|ass|bum cheeks|butt cheeks|groin"
                    + "|crotch|genitals|genital area|private parts?|privates|private (?:area|region|bits)|vagina|vulva|penis|dick|balls"
                    + "|scrotum|testicles|perineum|taint|inner thighs?|inside of (?:my |the |both )?thighs?|saddle area|saddle region|anus|back passage"
                    + "|down there|down below|nether regions|undercarriage|between (?:my |the |his |her |their )?legs|(?:right )?where (?:i|you|he|she|we|they) sits?|both (?:bum |butt )?cheeks|(?:my|his|her|their) bits|lady bits|lady parts|girly bits|ladybits|man bits|man area|male area"
                    + "|pelvic (?:area|region|floor)|pelvis|sit bones|sitting bones|labia|clitoris|clit|rectum|bum ?hole"
                    + "|butt ?hole|arse ?hole|front bottom|tailbone area"
                    + "|perineal area|willy|cock|todger|knob|fanny|man bits|man parts?|bits down there|nuts|junk|my behind|seat area|sitting area"
                    + "|(?:the )?(?:part|parts|bit|bits|area) (?:you|i|he|she|we|they|one) (?:sit|sits) on|(?:the )?(?:area|part|bit) (?:that )?(?:would )?(?:touch|touches|sit on|sits on) (?:a |the )?(?:bike |bicycle )?(?:seat|saddle)"),
            Map.entry("quality", "sharp|stabbing|stabby|shooting|sudden|searing|piercing|knife ?like|knifey|lightning|electric"
                    + "|electrical|jolting|shock ?like|jabbing|zinging|zapping|tearing|ripping|lancing|excruciating"
                    // knife words: "stabby pain", "knife stab", "knifey feeling"
                    + "|stabby|knifey|knife|stab"),
            Map.entry("painword", "pains?|twinges?|jolts?|shocks?|zaps?|stabs?|pangs?|sensations?|feelings?|aches?"
                    + "|spasms?|bolts?|pinch(?:es)?|stings?|jabs?|tugs?|pulls?|nips?|catch|spikes?|surges?|stitch|cramps?|tweaks?|zings?|pinching|twangs?"
                    + "|things?|feel"),
            Map.entry("report", "felt|feel|feeling|feels|got|get|gets|getting|had|have|having|has|experienced"
                    + "|experiencing|there was|theres|noticed|developed|came|comes"),
            Map.entry("exercise", "lift[a-z]*|deadlift[a-z]*|dead lift[a-z]*|dls?|squat[a-z]*|bench[a-z]*"
                    + "|press(?:es|ing)?|rows?|rowing|pull ?ups?|cleans?|snatch[a-z]*|jerks?|swings?|kettlebells?"
                    + "|curls?|lunges?|reps?|sets?|bar|barbell|dumbbells?|weights?|gym|workout|work out|working out"
                    + "|training|train|exercis[a-z]*|bent over|bending|picked up|picking up|mid [a-z]+|rdls?"
                    + "|good ?mornings?|hip thrust(?:s|ing|er|ers)?|glute bridges?|leg press|yoga|pilates|stretch[a-z]*|session"
                    + "|twists?|crunch(?:es)?|sit ?ups?|plank(?:s|ing)?|bridges?|leg raises?|back extensions?|extensions?"
                    + "|hyper ?extensions?|roman chair|step ?ups?|burpees?|box jumps?|jump[a-z]*|carr(?:y|ies|ying)"
                    + "|farmers? walks?|cables?|cable [a-z]+|machine|bands?|medicine ball|med ball|sled|rower"
                    + "|treadmill|sprint[a-z]*|throw[a-z]*|plates?|boxes|box|heavy|one rep max|1rm|pr|pb|max|hypers|floor"
                    + "|pull ?downs?|pulldowns?|lat [a-z]+|superman[a-z]*|holds?|ergs?|bird dogs?|dead bugs?|deads|deadies|chin ?ups?|dips?"
                    + "|hinge[a-z]*|glute [a-z]+|hollow [a-z]+|reverse [a-z]+|farmers? carr[a-z]*"),
            Map.entry("number", "[0-9]+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few"
                    + "|a few|couple|couple of|a couple of|several"),
            Map.entry("unexplained", "w o (?:trying|dieting|diet|a diet)|(?:but |and )?(?:i )?(?:not|no) try(?:ing)? (?:to )?lose|(?:with )?(?:zero|no|0) effort|effortless(?:ly)?|without (?:any )?effort|(?:but |and )?i (?:dont|didnt|do not|am not|im not) (?:even )?try(?:ing)?\\b|(?:but |and )?(?:i )?(?:eat|eating|am eating|im eating) (?:normal|normally|the same|as usual|loads|plenty|more than ever)|(?:im |i am |shes |hes |she is |he is )?not (?:even |really )?(?:cutting|dieting|trying)|(?:i )?no dey diet|no diet(?:ing)?|(?:which |that )?i (?:didnt|did not|never) (?:mean|want|intend|plan|try) to|without (?:me |me even )?(?:trying|cutting|a cut|dieting|meaning to|even trying|changing anything|doing anything"
                    + "|changing my diet)|for no (?:apparent |obvious |real |good )?reason|no idea why|dont know why"
                    + "|same diet|diet (?:is |s )?(?:the )?same|(?:havent|hasnt|have not|not) (?:started|begun) (?:the |my |a )?cut(?: yet)?"
                    + "|not sure why|cant explain|unexplained|no (?:apparent |obvious |real )?reason|(?:and |but )?(?:im |i am |i was |ive been )?not (?:trying|dieting"
                    + "|on a diet|on diet|on any diet|doing (?:a |any )?diet)"
                    + "|(?:i )?(?:dont|didnt|do not|did not|not|no) (?:do|doing|follow|following|on|make|making) (?:any |a )?diet|(?:aint|havent|not) been (?:tryin|trying|dieting)|(?:i )?no do anything"
                    + "|(?:isnt|is not|wasnt|was not|arent|werent|hasnt been|havent been) (?:even )?(?:dieting|trying|on a diet|doing (?:a |any )?diet)"
                    // without the article, as second-language writers put it: "i lose weight but not on diet", "i make no diet"
                    + "|(?:and|but) (?:i )?(?:make |do |am |have )?no diet|not i (?:nag |did |do |am )?diet[a-z]*|without (?:a |any )?diet(?:ing)?|i (?:not|no) diet[a-z]*|(?:havent|hasnt|wasnt|werent|not) (?:been )?(?:trying|dieting|on a diet)|havent tried|didnt try|not tried|unintentional(?:ly)?|unintended|not (?:intentionally|on purpose|deliberately)|without (?:a |any )?(?:reason|explanation|cause)|somehow|without (?:really|even) trying|even though (?:im|i am|ive been|i have been|i) (?:eating|eat)|eating (?:normally|the same"
                    + "|as usual|loads|plenty|more|well)|i eat (?:normally|the same|as usual|loads|plenty|well|properly|fine)|out of nowhere|by accident|accidentally|havent changed (?:anything|my diet|what i eat)|(?:didnt|did not|havent|have not|not) change[d]? (?:my |the |what i eat|anything|food|diet|eating)|eating like a (?:horse|pig)"
                    // eating as much as ever, or more: "not eating any less", "even tho im bulking"
                    + "|not eating (?:any |much )?less|not eating (?:any |anything )?different(?:ly)?|eating (?:no less|just as much|the same amount|more than (?:ever|usual))"
                    + "|even (?:tho|though|thou) (?:im |i am |ive been |i have been |i )?(?:eating|bulking|on a bulk)|bulking|on a bulk|in a surplus"
                    + "|even (?:while |when )?(?:im |i am |ive been )?eating (?:[0-9]+|loads|lots|more|plenty|a lot|tons|heaps)|nothings? (?:has |is )?changed"),
            Map.entry("bum", "bum|butt|backside|arse|ass|bottom|tailbone|coccyx|sacrum|rear|behind"),
            // 65 and over ("75yo", "im 68", "my mum is 80"), where a small fall can break a vertebra
            Map.entry("older", "(?:6[5-9]|[7-9][0-9]|1[01][0-9]) ?(?:yo|y o|yrs? old|years? old|year old|yr old|years of age)"
                    + "|(?:im|i am|aged|age|is|was|turned|turning|just turned|shes|hes) (?:6[5-9]|[7-9][0-9])"
                    + "(?! (?:kg|kgs|kilos?|lbs?|pounds?|minutes|mins|seconds|secs|reps|sets|days|weeks|months|percent|cm|mm|degrees|times|miles|km|metres|meters))"
                    + "|in (?:my|her|his|their) (?:seventies|eighties|nineties|70s|80s|90s|late sixties|late 60s)"
                    + "|pensioner|elderly|oap|senior citizen"
                    + "|(?:6[5-9]|[7-9][0-9]) years?(?= fall| fell| slip| trip| and|,|$)"
                    // "my grandmother, 91, fell"; grandparents are older
                    + "|(?:mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|aunt|auntie|uncle"
                    + "|neighbour|neighbor|wife|husband|partner),? (?:6[5-9]|[7-9][0-9]|1[01][0-9])\\b|(?:my |our |his |her )(?:nan|nana|gran|granny|grandma"
                    + "|grandmother|grandad|granddad|grandpa|grandfather|great grand[a-z]+)"),
            Map.entry("night", "at night|in the night|during the night|overnight|in bed|at nite|in the middle of the night"
                    + "|in the early hours|in the small hours|at [0-9]+ ?am|every night|most nights|all night|in night|in the nights|at nights"));

    /** A fall of any size, told as one ("slipped", "lost my balance", "sat down hard on the floor"), but not a harmless one. */
    private static final String FALLS = """
            # a fall told as harmless does not count: "slipped on grass but didnt hurt my back at all"
            (?:fell(?! asleep| for | in love| behind| pregnant| ill)|fallen(?! asleep| behind| ill)|(?<!(?:band|bar|grip|hand|hands|weight|strap|belt|rope|cable|handle|it) )slipped(?! dis[ck])|tripped|tumbled|stumbled|went down|took a tumble)(?![^.?!]{0,50}\\b(?:didnt|did not|wasnt|was not|without) (?:hurt|injur[a-z]*|harm|hit|land|bang|damag[a-z]*)(?![^.?!]{0,30}\\bbut\\b))
            (?:sort of |kind of |just )?(?:sat|sit|sits) down (?:hard |heavily )?(?:on|onto) the floor|went down (?:on|onto) the floor
            (?:feet|legs|foot) (?:just )?(?:went|go|goes|came|slid) (?:out )?from under (?:me|her|him|them)
            (?:slid|slipped|bumped|tumbled|bounced) down (?:[0-9]+ |two |three |four |a few |the |some |a couple of )?(?:steps|stairs)
            (?:rolled|slid|slipped|slumped|slithered) (?:out of|off|from) (?:the |her |his |my |their )?(?:(?:edge|side) of (?:the |her |his |my |their )?)?(?:bed|sofa|couch|chair|armchair|seat|toilet|commode)
            # "carers found her on the floor beside her chair, she says she just slid down"
            found (?:her|him|them|mum|dad|mom|nan|gran) (?:lying |sitting |sat )?on the (?:floor|ground|bathroom floor|kitchen floor)|(?:slid|slipped|slumped|slithered) (?:down )?(?:to|onto|on to) the floor|just (?:slid|slipped|slumped) down
            lost my footing|(?:lose|lost|loses|losing) (?:her |his |my |their )?balance|missed a step|came down hard|sat down (?:hard|heavily)|had a fall(?! risk)|(?:had|took) a (?:little |small |minor |slight |bit of a |nasty |bad )?(?:slip(?! of)|tumble)|(?:small|minor|little|slight) fall|missed (?:a|the) (?:last |bottom |top |final )?(?:step|stair|kerb|curb)|missed (?:a|the|her|his|my|their) (?:chair|seat)
            a fall(?! risk| clinic| prevention)|falling(?! asleep| behind| off the wagon)|(?:fell|fall) (?:over|down|on)
            (?:i|he|she|they) (?:fall|falls|falled|slip|slips|trip|trips)|fall (?:in|at|from|off|onto|while|when) (?:the|my|a)
            (?<!\\b(?:ll|will|might|may|could|would|to|dont|doesnt|not|hell|shell|theyll|youll|ill|wont) )(?:fall|falls|falled)(?= yesterday| today| last| this morning| and|,| \\+|$)|(?:fall|falls|falled|fell) (?:for|inside|in the) (?:the )?(?:bathroom|toilet|kitchen|garden|house|shower|stairs|street|road|market)
            felt (?:down|off|over) (?:the |a |my )?(?:stairs|steps|ladder|bed|chair|kerb|curb|step)
            (?:fall|falls|falled) (?:in|at|from|off|onto|down|over)(?! love| asleep| behind| apart| short| flat| through| into place)
            """;

    /** Seen, not had: "watched a documentary about spinal tumours and now im paranoid". */
    private static final String SEEN_NOT_HAD = "|\\b(?:watched|watching|saw|seen|read|reading) (?:a |an |the |this |some )?(?:[a-z]+ ){0,2}?"
            + "(?:documentary|programme|program|video|vid|film|show|article|podcast|episode|story|thread|post|reel|tiktok|clip)"
            // "i saw on the news about a footballer with a back fracture", "ive been reading about people who had back surgery"
            + "|\\b(?:saw|seen|read|reading|heard) (?:it )?(?:on the news|online|in the paper|about (?:people|someone|somebody|a (?:footballer|player|celebrity|lifter|guy|woman|man)))"
            // "ive been reading a lot about cauda equina online and now im paranoid"
            + "|\\b(?:reading|researching|looking up|read) (?:a lot |loads |lots |up |so much )?(?:about|on) (?:[a-z]+ ){1,3}?online"
            // a topic talked over: "my colleague and i were talking over lunch about back surgery"
            + "|\\b(?:talking|talked|chatting|chatted|debating|arguing|argued|discussing|discussed) (?:[a-z]+ ){0,3}?(?:about|on|over) (?=(?:[a-z]+ ){0,2}?(?:surgery|operations?|ops|fractures?|cancer|tumou?rs?))"
            // feared, not had: "googled my back ache and convinced myself i had everything from cancer to a broken spine"
            + "|\\b(?:googl[a-z]*|dr google|convinced myself|health anxiety|overthinking)\\b";

    /** Most severe first, so the first rule that fires is the one to report. */
    static final List<RedFlagRule> ALL = List.of(

            // ---------------------------------------------------------------- EMERGENCY
            rule("bladder-bowel", EMERGENCY, LONG_AGO_OR_SETTLED, """
                    # "i sharted in my sleep", "didnt notice id wet my trousers till my mate pointed it out"
                    sharted|(?:shat|pooed|pooped|soiled|messed) (?:myself|himself|herself|the bed) (?:in (?:my|his|her) sleep|without (?:knowing|noticing|feeling))
                    (?:didnt|did not|never) (?:notice|realise|realize|know|feel) (?:that )?(?:id|i had|i d|he had|she had|hed|shed) (?:wet|peed|soiled|pooed) (?:my|his|her|myself|himself|herself)
                    # older adults' words: "since then ive had a bit of trouble with the waterworks", "dribbling and dont know about it till i see my trousers"
                    since (?:then|that|the [a-z]+|my [a-z]+|it [a-z]+) (?:[a-z]+ ){0,6}?(?:trouble|problems?|difficulty|bother|issues?) with (?:the |my |his |her )?waterworks|(?:trouble|problems?|bother|issues?) with (?:the |my |his |her )?waterworks since
                    (?:dribbling|leaking|wetting (?:myself|herself|himself)) and (?:i |she |he )?(?:dont|doesnt|didnt|do not) (?:know|notice|realise|realize|feel) (?:about )?it
                    # "i went to the loo and i just... couldnt go. i really needed to but nothing"
                    (?:really |desperately |badly )?(?:needed|need|wanted|had) to (?:go |pee |wee )?but nothing (?:came|comes|would come|happened|happens)?(?=,|$| out| came| would| at all)
                    # "she cant feel when she pee", "i wet my pant without feel it coming"
                    {cant} feel (?:it )?(?:when|while|if) (?:i|she|he|they) (?:pee|wee|poo|urinate|pees|wees|poos|urinates)
                    (?:wet|peed|pee|pooed|soiled|wee d|weed) (?:on )?(?:my|his|her) ?(?:self|{clothes}) without (?:feel|feeling|knowing|noticing|realising|realizing)
                    # "trouble getting the water to start", "could not go at all although i need to"
                    (?:trouble|difficulty|struggl[a-z]*|hard) getting (?:the )?(?:water|wee|pee|urine|flow|stream) (?:to )?(?:start|going|flowing|out)
                    (?:couldnt|cant|could not|cannot|unable to) go at all(?:,)? (?:although|though|even though|but) (?:i |he |she )?(?:need|needed|needs|want|wanted|wants|feel|felt)
                    # "i keep finding my undies damp and i honestly never felt it happen"
                    (?:finding|find|found|noticed|notice|noticing) (?:my |his |her )?{clothes} (?:are |were |is |was )?(?:damp|wet|soaked|stained|soiled)
                    # the urge gone: "i must pee but the feeling is gone, i only know bladder full because my belly hurts"
                    (?:must|need to|have to|should) (?:pee|wee|go) but (?:the )?(?:feeling|sensation|urge) (?:is |has )?(?:gone|not there|disappeared|vanished)
                    only know (?:my |his |her )?bladder (?:is )?full (?:because|when|from)
                    # telegraphic: "peed a bit bending over", "peed during squat", "accident in my pants", "i am pee in pant"
                    (?:peed|weed|pooed|pooped|wet myself|leaked|pissed) (?:a (?:little |tiny )?bit |a little |slightly )?(?:when |while |as )?(?:bending|bent|lifting|squatting|standing up|getting up)(?: over| down| up)?
                    (?:peed|weed|pooed|pooped|wet myself|leaked|pissed|shat) (?:a (?:little|bit) )?(?:during|in|on|mid|while|when|at) (?:my |the |a )?(?:set|rep|lift|squats?|deadlifts?|workout|session|gym|class|run)
                    accident in (?:my|his|her|their|the) (?:{clothes}|pant|bed)
                    (?:pee|peeing|wee|weeing|poo|pooing) in (?:my |his |her |the )?(?:pant|{clothes})
                    # "leaked a bit after deadlifts didnt feel it"
                    (?:leaked|peed|weed|wet myself|pooed|soiled myself) (?:[a-z]+ ){0,4}?(?:didnt|did not|never|couldnt|could not) (?:even )?(?:feel|notice|realise|realize) (?:it|a thing)
                    # "my husband he urine in pants", "i not able make pee since yesterday"
                    (?:urine|urinate|urinates|urinated|urinating|peed|weed|pissed) (?:in|on|into) (?:my |his |her |their |the )?(?:pant|{clothes})
                    (?:not able|no able|unable|cant|cannot|couldnt|could not) (?:to )?(?:make|do|pass|make the) (?:pee|wee|pipi|urine|water|piss|poo|poop)(?= |,|$)
                    # "cant tell if bladder full", "cant finish when peeing"
                    {cant} (?:tell|feel|sense|know) (?:if|when|whether) (?:my |the |his |her )?bladder (?:is |s )?full
                    {cant} finish (?:when|while) (?:peeing|weeing|urinating|i pee|i wee|i go)
                    # "when i pass urine i have to push very hard and it doesnt finish, feels full after"
                    (?:pass urine|pass water|pee|wee|urinate|go to the toilet|empty (?:my|his|her|their) bladder) (?:[a-z]+ ){0,4}?(?:push|strain|force it) (?:very |really |so |quite )?(?:hard|a lot)
                    (?:it |pee |wee |the stream )?(?:doesnt|does not|never|wont) (?:finish|empty|stop dribbling)(?: properly)?,? (?:and )?(?:it )?(?:still )?feels? full
                    # "havent had a poo i can feel in days, it just happens and i only notice after", "cant control my farts or poo"
                    (?:havent had|not had|havent done|not done) a (?:poo|pee|wee|number two) (?:that )?i (?:can|could) (?:feel|control)
                    (?:just |sort of |kind of )*happens (?:and|but) (?:i )?(?:only )?notice (?:it )?(?:after|afterwards|later|when i)
                    {cant} control (?:my )?(?:farts?|wind|gas) (?:or|and|nor) (?:my )?(?:poo|pee|wee|bowels?|bladder|poop)
                    # "this morning she soiled the bed without realising, shes normally completely fine that way"
                    (?:soiled|wet|messed|dirtied) (?:the bed|herself|himself|myself|themselves|the sheets|her pants|his pants|my pants|her pad|the chair) (?:[a-z]+ ){0,3}?without (?:realising|realizing|knowing|noticing|feeling|being aware)
                    # "been holding it all day and literally cant go, tried running the tap", "cant hold in wind or anything else"
                    {cant} go,? (?:[a-z]+ ){0,3}?(?:tried|trying|even|with) (?:[a-z]+ ){0,2}?(?:the )?(?:tap|taps|running water)
                    holding it (?:in )?(?:all day|for hours|since [a-z]+) (?:and|but) (?:[a-z]+ ){0,2}?{cant} go
                    {cant} (?:hold|keep) (?:in )?(?:wind|farts?|gas) (?:or|and|nor) (?:anything|everything|poo|the rest|stool)
                    # "she does pipi on herself without knowing it"
                    (?:does|did|doing|do|done|goes|went|made) (?:a )?(?:pee|wee|pipi|piss) (?:on|in) (?:herself|himself|myself|themselves)
                    (?:pee|wee|pipi|wet) (?:[a-z]+ ){0,3}?without (?:knowing|noticing|realising|realizing|feeling)(?: it)?
                    # "some retention since tuesday", "havent properly pood or weed in 2 days"
                    (?<!water |fluid )(?:urinary )?retention(?! of| rate| bonus| policy| period| scheme)
                    (?:havent|hasnt|have not|has not|not|cant|couldnt) (?:properly |really |actually )?(?:(?:pood|pooed|pooped) (?:or|nor|and) (?:weed|peed|wee d|pee d)|(?:weed|peed) (?:or|nor|and) (?:pood|pooed|pooped)) (?:in|for) (?:[0-9]+|two|three|four|a couple of|a few) days
                    # "i no fit hold my shit, e just comot for my trouser"
                    {cant} (?:hold|keep) (?:in )?(?:my |it |the )?(?:shit|poo|poop|wee|pee|piss|bowels?|bladder|urine|number twos?|number ones?)(?! in (?:when|while|during|till|until))
                    (?:it |shit |poo |pee |wee |piss )?(?:just )?came out (?:in|for|into|inside) (?:my |his |her )?(?:trouser|trousers|pants|knickers|underwear|shorts|nappy)
                    # "her waterworks have stopped, she cant go even though shes full"
                    waterworks (?:have |has |s )?(?:stopped|shut down|packed up|gone)
                    {cant} (?:go|pee|wee) (?:[a-z]+ ){0,2}?(?:even though|although|though|but) (?:i|she|he|they)(?:m| am|s| is| are|re)? (?:really |so |bursting |busting )?(?:full|bursting|busting|desperate)
                    # new for them: "today she was wet when we got her up and she normally isnt"
                    (?:was|were|woke up|woke) (?:wet|soaked|soiled) (?:[a-z]+ ){0,12}?(?:normally|usually) (?:isnt|is not|doesnt|does not|arent|wasnt)
                    # "has to rush to the toilet and a couple of times hasnt made it"
                    rush(?:ing|ed)? (?:off )?to the (?:toilet|loo|bathroom) (?:[a-z]+ ){0,8}?(?:hasnt|havent|didnt|not|never) (?:quite )?made it
                    # wet without knowing: "pants wet, no idea how"
                    (?:pants|undies|underwear|knickers|boxers|trousers|shorts|leggings) (?:are |were |was |got |all )?(?:wet|soaked|damp),? (?:and )?(?:no idea|dont know|didnt notice|not sure|cant tell|without noticing) (?:how|why|when)?
                    # "now i dont control the pipi, it come out alone"
                    (?:dont|cant|cannot|no|not) control (?:the |my |his |her )?(?:pee|wee|urine|bladder|poo|bowels?)
                    (?:it|pee|wee|urine|poo) (?:come|comes|came|coming) out (?:alone|by itself|on its own|without me)
                    # "the water come out of me when i not want", "on the toilet its like the tap wont turn on"
                    (?:water|pee|wee|urine|poo|pipi) (?:come|comes|came|coming|go|goes|went) out(?: of me)?,? (?:when|but|and) i (?:not|dont|didnt|do not|did not) (?:want|mean|try|feel)
                    # "peeing without knowing", "number 2 came out without me noticing it", "pee just leaking without me noticing"
                    (?:pee|peeing|peed|wee|weeing|urine|piss|pissing|poo|pooing|pooed|poop|pooping|number (?:1|2|one|two)|leaking|leaked|dribbling|dribbled|wet (?:myself|himself|herself|themselves)) (?:[a-z0-9]+ ){0,4}?(?:without|w o) (?:me |him |her |them )?(?:even )?(?:knowing|noticing|feeling it|feeling|realising|realizing|being able to stop|meaning to|control|any control)
                    # "my wee is just dribbling out on its own", "cant hold it when i need a poo", "cant tell if pee is coming out"
                    (?:wee|pee|urine|poo|stool|number (?:1|2|one|two)) (?:is |s |just )*(?:dribbling|dribbles|dribbled|leaking|leaks|leaked|trickling|trickles|coming|comes|came|come) (?:out )?(?:on its own|by itself|alone|when i dont want)
                    {cant} hold (?:it|on|it in) (?:when|if) (?:i|she|he) (?:need|needs|have|has|want|wants) (?:a |to )?(?:poo|wee|pee|go|the toilet|the loo)
                    (?:havent|hasnt|dont|didnt|cant|no|not) (?:felt|feel|feeling) (?:anything|a thing|it|much) when (?:i|she|he) (?:pee|wee|urinate|poo|go to the toilet|go to the loo|do a (?:pee|wee|poo))
                    {cant} tell (?:anymore |any more )?(?:if|whether|when) (?:the )?(?:pee|wee|urine|poo|it) (?:is |s )?(?:coming|comes|come|came) out
                    # "bowel control not good since 2 days", "bladder control's gone"
                    (?:bladder|bowel|bowels|toilet|pee|wee) control (?:is |has |s |been |has been |was )?(?:not (?:good|great|right|there)|gone|bad|poor|off|weird|worse|getting worse|lost)
                    # "tried to pee for like an hour, nothing", "need go toilet but nothing come out"
                    (?:tried|trying|try|need|needed|needing|wanted|want|went|go|going) (?:to )?(?:go )?(?:to )?(?:pee|wee|urinate|toilet|the toilet|the loo|loo|number (?:1|one)) (?:[a-z0-9]+,? ){0,5}?(?:but |and )?(?:nothing|nothin)(?! (?:unusual|wrong|weird|odd|strange|abnormal|different|to worry|bad|else|special))(?:,|$| (?:comes?|came|come|coming|happens?|happened)(?: out)?)
                    (?:toilet|loo|bog|pee|wee)(?: [a-z]+){0,6}? like (?:the |a )?tap (?:wont|will not|doesnt|didnt|wouldnt|cant|is not|isnt) (?:turn on|turn|open|start|come on|work|run)
                    # "my bladders kinda stopped listening to me", "i no can pee since 2 day"
                    (?:bladder|bowels?) (?:has |have |s )?(?:kinda |kind of |sort of |just |completely )?stopped (?:listening|working|cooperating|behaving|doing what i tell it)
                    (?:i |he |she )?no can (?:pee|wee|urinate|go toilet|go to toilet|make pee|poo)
                    # "havent been able to hold it in properly since friday"
                    {cant} (?:hold|keep) it in (?:properly |anymore |any more |like before )?(?:since|for|after|ever since)
                    # new leaking told plainly: "leaking a bit since i hurt my back", "when i cough now i leak a bit, that never used to happen"
                    (?:been |im |i )?(?:leaking|leak|dribbling|dribble) (?:a bit|a little|a little bit|slightly)(?= since| ever since|,? (?:that|which) never| now|,? never used)
                    (?:lost|losing|lose|no) control (?:of|over) (?:my |the |her |his )?waterworks|waterworks (?:just )?(?:went|gone|stopped|failed|not working|arent working)
                    # "no say over when my bowels go. twice ive not made it", "need pads all of a sudden"
                    (?:no|zero|little) (?:say|control) (?:over|of) (?:when )?(?:my |her |his )?(?:bowels?|bladder)|(?:not|didnt|never) (?:quite )?made it (?:to the (?:loo|toilet|bathroom) )?(?:in time )?(?:twice|again|a few times|two times|three times)
                    (?:ive |i )?not made it(?: to the (?:loo|toilet|bathroom))?(?: in time)?(?=,|$| twice| again)
                    (?:need|needing|needed|wearing|started wearing|have to wear) (?:incontinence )?pads (?:all of a sudden|suddenly|now|since)
                    # "when i go latrine i do not feel anything passing"
                    (?:dont|cant|didnt|couldnt|not) feel (?:anything|it|the (?:pee|urine|wee|stool|poo)) (?:passing|coming out|come out|pass)
                    # not knowing when it is time: "i no feel when i need toilet for number 2, it just comes"
                    (?:no|not|dont|cant|cannot|couldnt|never|cant really) (?:feel|know|notice|sense|tell) (?:when|if) (?:i )?(?:need|have|want|got) (?:to )?(?:go |use )?(?:to )?(?:the )?(?:toilet|loo|bathroom|poo|pee|wee|number (?:1|2|one|two))
                    incontin[a-z]*|incontenen[a-z]*
                    (?:wet|wetted|wetting|pee|peed|peeing|piss|pissed|pissing|wee|weed|weeing|soiled|soiling|poo|poop|pooed|pooped|pooping|pooing|shat|shit|messed|messing|leaked|leaking|dribbled|dribbling) (?:my ?self|him ?self|her ?self|them ?selves|(?:my|his|her|their) (?:{clothes}|bed))
                    # not the rain, a bath or sweat: "soaked myself at the gym and didnt feel it"
                    (?:soaked|drenched) (?:my ?self|him ?self|her ?self|(?:my|his|her|their) (?:{clothes}|bed))(?! (?:in|with|after|from|through|walking|cycling|running)\\b)
                    wet the bed|bed ?wetting|(?:woke|woken|waking|wake) (?:up )?(?:in|to) (?:a )?wet bed|(?:wet|wetting|wetted|peed|peeing|pissed|pissing|weed|weeing) (?:the|my) bed
                    (?:leak|leaks|leaking|leaked|leakage|dribble|dribbles|dribbling|dribbled) .. (?:urine|pee|wee|poo|poop|stool)
                    (?:leak|leaks|leaking|leaked|dribble|dribbling)(?: out)? (?:a bit |a little |some )?(?:when|while|during|as|if) (?:i )?(?:lift|squat|deadlift|cough|sneeze|jump|bend|run|stand|get up|walk|move)[a-z]*
                    (?:had|having|have|has|had a couple of) (?:a |an |a couple of |a few |some |two |several |little |small )*accidents? in (?:my|his|her|their) {clothes}
                    (?:keeps?|kept) having to change (?:my|his|her|their) {clothes}|{cant} stop (?:peeing|weeing|pissing|the flow|the stream|it) once (?:it|i|the flow) (?:starts|started|get going)
                    (?:not|cant|doesnt|dont|isnt|didnt) (?:even )?(?:feeling|feel|sense|sensing|notice|noticing|know|knowing|realise|realising) when (?:i|he|she|they) (?:need|needs|have|has) to (?:go|pee|wee|poo)
                    (?:been )?trying to (?:go|pee|wee) for (?:like |about |over |nearly )?(?:[0-9]+|hours|ages|a few|several|two|three|four|five|six) ?(?:hours?|hrs?)?(?= now|,|$| and| but| nothing| with)
                    bladder (?:[a-z]+ ){0,2}?(?:kind of |sort of )?,? ?(?:not|doesnt|dont|wont|isnt|stopped) (?:work|working)
                    (?:wet patch|wet patches|wet spot|wet spots) (?:[a-z]+ ){0,2}?(?:on|in) (?:the |her |his |my |their )?(?:sofa|couch|chair|bed|seat|sheets|mattress|car seat)
                    thought it was (?:wind|a fart|gas|just wind)(?:,| and| but)? (?:it )?(?:wasnt|was not|it wasnt)
                    bladder (?:has |s )?(?:got )?a mind of its own|{cant} hold (?:my|his|her|their) (?:water|pee|wee|urine|wees|bladder)(?! in| during| through| for (?:a|the|long|hours|ages))
                    (?:few|some|couple of|little|tiny) (?:drops|dribbles|spots) (?:of (?:pee|wee|urine) )?(?:leak|leaks|leaked|leaking|come|comes|came|coming|escape|escapes|escaped) out
                    {cant} (?:tell|feel|sense|know) (?:any more |anymore )?when (?:i|she|he|they) (?:need|needs|want|wants|have|has) (?:to go|to pee|to wee|to poo|a pee|a wee|a poo|{the_loo})
                    (?:urine|pee|wee|bladder|bowel|stool|poo|poop) (?:leak[a-z]*|accidents?|incontinence|retention|dribbl[a-z]*|just came out|came out|comes out)
                    {cant} (?:hold|holding|controll?|controlling|keep in|stop) (?:my |his |her |their |the |in my |it in my |in the )?(?:pee|wee|urine?|bladder|bowels?|poo|poop|stool|wee in|pee in|poo in)
                    {cant} stop (?:myself|himself|herself|themselves) (?:from )?(?:peeing|weeing|wetting|pooing|pooping|going)
                    (?:didnt|did not|couldnt|could not|dont|doesnt|cant) (?:always )?make it to the (?:toilet|loo|bathroom)(?! in time for| before the)
                    (?:didnt|did not|dont|do not|couldnt|cant) (?:really )?feel it coming
                    {cant} feel (?:my |her |his |their )?bladder (?:filling|fill|getting full|is full)|(?:goes|go|went|pees|wees) without (?:any )?warning
                    (?:pee|wee|urine|peeing|weeing) (?:feels |is |seems )?blocked|hardly any (?:pee|wee|urine )?(?:comes|came|coming) out|(?:bladder|bowels?) (?:just )?(?:lets? go|gives? way)(?! of)
                    (?:didnt|did not|dont|never) (?:even )?feel it (?:happen|happening|come out)
                    {cant} hold it in (?:when|if|once) (?:i|he|she|they) (?:need|needs|have|has) (?:a |to do a |to go for a |to )?(?:number (?:1|2|one|two)|poo|wee|pee|go)
                    # "is it normal to not notice when youre peeing? i only know because i can hear it"
                    (?:not|dont|doesnt|cant|didnt|never) notice when (?:i|im|youre|you are|she|shes|he|hes|they) (?:am |is |are )?(?:peeing|weeing|going|pooing)
                    # "it just dribbles and i have to push and push"
                    (?:pee|wee|it|urine) (?:just )?dribbles (?:out )?(?:[a-z]+ ){0,2}?(?:have|need) to (?:push|strain)|(?:have|had|need) to (?:push|strain) and (?:push|strain) to (?:pee|wee|go)|(?:have|had) to (?:push|strain) and (?:push|strain)
                    {cant} (?:pee|wee|urinate|void|piss|poo|poop|empty (?:my|his|her|their) bladder|empty (?:my|his|her|their) bowels|pass urine|pass water|go to the (?:toilet|loo|bathroom)|start (?:peeing|weeing|urinating|to pee|to wee|to urinate|to pass water|a pee|a wee|the flow|my stream)|go for a (?:pee|wee)|do a (?:pee|wee|poo)|make water|make pee|make wee)
                    {cant} (?:fully |completely |properly )?empty(?: (?:my|his|her|their) bladder| it)?(?=,|$| since| and| anymore| properly| any more)
                    (?:trouble|difficulty|problems?|struggling|struggle|straining) (?:with )?(?:peeing|weeing|urinating|passing urine|passing water|starting to (?:pee|wee)|going to the (?:toilet|loo))
                    # "now pissing is a struggle, like the stream wont start"
                    (?:peeing|pissing|weeing|urinating|going for a (?:pee|wee)) (?:is|has been|s|became|has become|is now|now) (?:a )?(?:real |proper |bit of a |such a )?(?:struggle|hard work|difficult|an effort|a battle|hard)
                    (?:the )?(?:stream|flow|pee|wee) (?:wont|doesnt|will not|does not|cant|isnt|just wont) (?:start|come|get going|flow|come out)
                    (?:havent|hasnt|not) (?:been able to )?(?:peed|weed|urinated|pooed|pooped|been to the (?:toilet|loo)|had a (?:pee|wee|poo)) (?:since|all|in|for|today)
                    (?:no|lost|losing|lose|loss of|dont have|dont have any|have no|zero|little|poor|reduced|less) (?:[a-z]+ )?control (?:of|over|with|on) (?:my |your )?(?:bladder|bowels?|bowls|blader|pee|wee|poo|poop|peeing|weeing|pooping|toilet|urine)
                    (?:lost|losing|lose|loss of|no|poor|reduced|little|zero) (?:my |all |any )?(?:bladder|bowel|bowels|bowls|blader) control
                    # told as a list: "bladder control, gone"
                    (?:bladder|bowel|bowels|blader) control, (?:is |has |s )?(?:gone|went|lost|shot|disappeared|vanished|zero|nil)
                    (?:no|lost|losing|lose|loss of|dont have|dont have any|have no|zero|little|poor|reduced|less) (?:[a-z]+ )?control (?:of|over|on) (?:when|if|whether|how) (?:i )?(?:need to |have to |want to )?(?:{toilet}|go)
                    (?:bladder|bowels?) (?:isnt|arent|wont|doesnt|not) (?:working|work|empty|emptying|function[a-z]*)
                    (?:bladder|bowel|bowels|peeing|weeing) (?:control )?(?:problems?|issues?|trouble|changes?|has changed|have changed|accidents?|dysfunction|feels? (?:weird|different|strange|numb|off))
                    (?:changes?|problems?|issues?|trouble|difficulty) (?:with|in) (?:my )?(?:bladder|bowels?|bowel habits|peeing|weeing|urinating|going to the (?:toilet|loo))
                    (?:something|somethings|something is) (?:[a-z]+ )?(?:off|wrong|weird|not right|funny) with my (?:bladder|bowels?|peeing|weeing)
                    (?:bladder|bowels?) .. (?:out of control|not working|stopped working|gone funny|gone weird)
                    (?:strain|straining|push|pushing) to (?:pee|wee|urinate|get the pee out|go)
                    changes? in (?:how|the way) i (?:pee|wee|poo|poop|go to the toilet)
                    (?:dont|cant|didnt|couldnt|no longer) (?:feel|notice|know|tell|sense) (?:anymore |any more )?(?:when|if) (?:i )?(?:need|have|want|needed) (?:to (?:pee|wee|go|poo|poop)|a (?:pee|wee|poo|poop))
                    (?:{cant}|didnt|dont) feel (?:myself |the )?(?:pee|wee|urine|it|poo) (?:coming|come out|passing|flowing|leaving)
                    (?:{cant}|(?:dont|didnt)(?: really| even)?) feel (?:it|anything|much|a thing) (?:when|while|as) i (?:pee|wee|poo|urinate|go to the (?:toilet|loo))
                    had (?:an?|a little|a small|another) (?:[a-z]+ )?accident in my (?:{clothes}|bed)
                    urinary retention|retention of (?:urine|pee|wee)|(?:bladder|urine) retention
                    (?:urine|pee|wee|poo) (?:just )?(?:leaks?|leaking|dribbles?|dribbling|comes?|coming) out (?:when|while|as|if|whenever) (?:i )?(?:walk|stand|move|cough|sneeze|bend|lift|sit|get up)
                    (?:no|lost|little|zero|dont have any|have no) control (?:when|if|over when|of when) (?:i )?(?:need|have|want) (?:a |to )?(?:{toilet}|poo|pee|wee)
                    (?:pee|wee|urine) (?:is |has been )?(?:not|isnt|wont|doesnt|hasnt) (?:been )?(?:coming|come|coming out|flowing|passing)
                    (?:to|when i|trying to|try to) (?:pee|wee|urinate) (?:[a-z]+ ){0,4}?{cant} (?:get it |get )?start(?:ed)?(?= otherwise|,|$| and| it| unless)
                    (?:sit|sitting|sat|stand|standing|stood) (?:on the (?:toilet|loo) |there )?for (?:ages|ages and ages|a long time|forever|minutes|so long) (?:before|until|till) (?:anything|it|the pee|the wee|something) (?:comes|starts|happens|came|started)
                    (?:bowels?|bladder) (?:opened|emptied|went|let go|gave way|emptying) (?:[a-z]+ )?(?:without|by (?:itself|themselves)|on (?:its|their) own)
                    (?:went|go|going|been) to (?:{the_loo}|pee|wee|the toilet) (?:and|but) (?:i )?{cant} (?:really )?feel (?:anything|a thing|it|much)
                    (?:urge|need|feeling|sensation) to (?:{toilet}) (?:[a-z]+ ){0,2}?(?:isnt there|is not there|is gone|has gone|gone|disappeared|not there|went away)
                    (?:i )?(?:pee|wee|poo|poop|wet myself|soil myself|leak|pee myself|poo myself) (?:[a-z]+ )?without (?:any )?(?:warning|knowing|noticing|feeling)
                    # "leaked a bit and didnt feel it happening"
                    (?:leaked|leaking|dribbled|wet) (?:a bit |a little |some |slightly )?(?:and|but) (?:i )?(?:didnt|did not|couldnt|never) (?:feel|notice|realise|realize) (?:it|that|anything)
                    (?:hasnt|havent|has not|have not|hadnt|not) (?:been able to )?(?:passed|pass) (?:water|urine)(?: properly| at all| since| for)?
                    (?:soaking|soaked|wetting|filling|leaking through|going through) (?:her |his |my |their |the )?(?:pads?|incontinence pads?)(?! with sweat)
                    (?:losing|lost|lose|no) control (?:of|over) (?:my |his |her )?(?:farts|wind|gas|back passage)
                    (?:keep|keeps|kept|been) (?:dribbling|leaking)(?! sweat)
                    (?:not|dont|didnt|never|isnt|arent) (?:always )?(?:make|making|made) it to (?:the )?(?:toilet|loo|bathroom) in time
                    wet (?:[a-z]+ ){0,4}?and (?:he |she |i )?(?:didnt|did not|doesnt) (?:know|notice|realise|realize|feel)
                    {cant} hold (?:anything|it|things|stuff) in (?:at )?(?:the )?(?:back end|back passage|behind|bottom|rear)|{cant} hold anything in(?= anymore| any more| since|,|$)
                    sits? (?:there |on the (?:toilet|loo) )?for ages and nothing (?:comes|came|happens|happened)
                    (?:dont|didnt|never|not) (?:always )?(?:realise|realize|notice|know|feel) (?:that )?(?:i|ive|id|im) (?:have |had )?(?:peed|weed|wet|pooed|pooped|soiled|leaked|had an accident|peeing|weeing|leaking)
                    (?:had|needed) to (?:go|pee|wee) (?:[a-z]+ ){0,4}?(?:but|and) nothing (?:happened|came)(?! (?:out )?(?:because|cos|as) i)
                    # "i passed wind and it wasnt just wind, and i didnt feel it happen"
                    (?:passed wind|farted|fart|trumped) (?:and|but) (?:it )?(?:wasnt|was not|werent) (?:just )?(?:wind|air|a fart|gas)
                    (?:need|needing|needed|want|wanting|try|trying|tried) to (?:poo|poop|go|pee|wee) (?:[a-z]+ ){0,4}?(?:but|and) (?:nothing (?:happens|comes)|it (?:just )?(?:wont|wouldnt|doesnt|didnt) come)
                    my (?:urine |pee |wee )?(?:stream|flow) (?:is |has been |keeps |seems )?(?:really |very |so )?(?:weak|slow|trickl[a-z]*|dribbl[a-z]*|stops and starts|starts and stops|stop start|hesitant)
                    (?:bowel movements?|poos?|stools?|having a poo|doing a poo|pooing) (?:feels?|felt|are|is) (?:[a-z]+ )?(?:different|weird|strange|numb|odd|like nothing)
                    (?:bladder|bowels?) (?:doesnt|dont|never|isnt|wont) (?:feels? |feel like (?:it|its|it is|theyre|they are) )?(?:empty|emptying|emptied|empties|fully empty)
                    (?:press|pressing|push|pushing|squeeze|squeezing) (?:on |down on )?(?:my )?(?:belly|tummy|stomach|abdomen|bladder|lower belly) to (?:get|make) (?:the |my )?(?:pee|wee|urine|it) (?:out|come|going|start|flow)
                    (?:problems?|issues?|trouble) with (?:my )?(?:pee|wee|urine|poo|stool|poop)(?! colou?r| smell)
                    # cannot empty: "cant empty properly, feels like something is still there"
                    {cant} (?:fully |completely |properly )?(?:empty|finish)(?: (?:my|his|her|their) (?:bladder|bowels?))? (?:properly|fully|completely|all the way)
                    (?:wait|waiting|waited) (?:for )?(?:ages|ages and ages|a long time|forever|minutes|so long) (?:for )?(?:it|the pee|the wee|my pee|my wee|the flow|the stream|anything) to (?:start|come|flow)
                    (?:have|having|got|get|getting|some|bit of|little|urine|urinary|bladder|bowel|faecal|fecal) leakage|(?:urine|pee|wee) (?:just )?(?:comes|came)(?=,|$| by| on| without| when)
                    # no longer feeling the need to go, or when it is over
                    (?:no|lost|losing|dont (?:get|have|feel)|{cant} feel|never (?:get|feel)|without) (?:the |an? |any |my |all )?(?:urge|urges|need|feeling|sensation|signal|sense) (?:that i need |that i have |of needing |when i need |i need |like i need )?to {toilet}
                    (?:{cant}|(?:dont|didnt)(?: really| even| actually| always)?|no longer|never) (?:tell|feel|sense|know|notice|realise|realize|work out) (?:when|if|whether) (?:i )?(?:need|have|want|needed|got|must|should) (?:to {toilet}|{the_loo}|a (?:pee|wee|poo|number two))
                    (?:{cant}|(?:dont|didnt)(?: really| even| actually| always)?) (?:tell|feel|sense|know) (?:when|if|whether) (?:i|ive|im|my bladder|my bowels) (?:[a-z]+ )?(?:finished|done|empty|emptied|stopped)
                    (?:never|dont|cant|doesnt|not|wont) (?:fully |completely |properly |ever )?(?:empty|emptying|emptied|finish emptying) (?:my |his |her |their )?(?:bladder|bowels?)
                    (?:{cant}|(?:dont|didnt)(?: really| even| actually| always)?) (?:tell|feel|sense|know) (?:when|if|whether) my (?:bladder|bowels?) (?:is |are )?(?:full|empty)
                    {cant} feel (?:myself |it |the pee |the wee |anything )?(?:when i |while i |as i |when im |while im |when i am |while i am )?(?:peeing|weeing|pooing|pee|wee|poo|urinate|urinating|going|go)(?! to the gym| out| for| back)
                    (?:no|reduced|less|lost|weird|altered|strange|different|numb) (?:sensation|feeling) (?:when|while|as) (?:i )?(?:pee|wee|urinate|poo|poop|go to the (?:toilet|loo))
                    # cannot get it out, or cannot keep it in
                    (?:(?:pee|wee|urine|urinary)(?: flow| stream)?|stream when i pee|flow when i pee) (?:is |has been |just |only |keeps |now )?(?:really |very |so )?(?:weak|slow|trickl[a-z]*|dribbl[a-z]*|stops and starts|stop start|hesitant|wont come|doesnt come|wont start|doesnt start)
                    (?:nothing|hardly anything|barely anything|only a (?:dribble|trickle|little)|just a (?:dribble|trickle)|only drops) (?:[a-z]+ )?(?:comes|came|will come|coming) out(?! of)
                    (?:need|needing|needed|want|wanting|wanted|try|trying|tried|go|went) to (?:pee|wee|go|urinate) (?:but|and) (?:nothing|it (?:just )?(?:wont|wouldnt|doesnt|didnt)|i (?:cant|couldnt)|cant|couldnt|only)
                    (?:strain|straining|push|pushing) to get (?:it|the pee|the wee|urine|anything) out
                    (?:didnt|couldnt|dont|cant|wont|not|never) (?:make|made|get|got) (?:it )?to {the_loo} in time
                    # "a couple of accidents where i didnt make it to the toilet"
                    (?:didnt|couldnt|never) (?:make|made|get|got) (?:it )?to {the_loo}(?=,|$| and| before| so| today| again| twice| this| last)
                    accidents? (?:where|when|because|as) (?:i )?(?:didnt|couldnt|didnt quite|never) (?:make|made|get|got) (?:it )?to {the_loo}
                    (?:problems?|trouble|difficulty|difficulties|issues?|struggling|struggle) (?:to |with |in )?(?:control|controlling|hold|holding) (?:in )?(?:my |the )?(?:urine|pee|wee|bladder|bowels?|poo|stool|toilet)
                    {cant} (?:stop|help) (?:myself )?(?:from )?(?:peeing|weeing|pooing|wetting|leaking)
                    (?:keep|keeps|kept|been|started|always|constantly|now) (?:leaking|dribbling|wetting myself|peeing myself|weeing myself)
                    (?:bladder|bowels?|waterworks) (?:is |are |has been |have been |been |keeps |seems |seem )?(?:acting up|playing up|misbehaving|all over the place|gone haywire|haywire|acting weird|not right|off)
                    (?:peeing|weeing|urinating|pooing|going to the (?:toilet|loo)|my (?:bladder|bowels?|bowls|waterworks)|bladd?er|blader) (?:is |are |has been |have been |been |feels |seems |is being |going |has become |have become |became |is becoming |is getting |getting |has got |have got |got )?(?:so |really |very |a bit |all )?(?:weird|strange|different|odd|funny|off|wrong|changed|not right|not normal|not working|not emptying|isnt emptying|hard work|difficult|a struggle|out of control)
                    (?:have|had|having|need|needed) to (?:really )?(?:concentrate|focus|wait|strain|push) to (?:get (?:it|the pee|the wee|my pee|my wee) (?:going|started|out)|(?:start )?(?:pee|wee|urinate|go))
                    (?:keep|keeps|been|kept|started) having (?:little |small |a few )?(?:accidents|leaks)|(?:little|small|tiny|bit of an?) (?:leak|leaks|accident|accidents)(?= (?:during|when|while|on(?! (?:my |a |the |his |her |their )?(?:bike|bicycle|motorbike|scooter|skis?|horse|road|ice|way|stairs))|at|in(?! the (?:kitchen|garden|car|street|road|office|shop|house|yard|garage))|doing|with(?! (?:my |a |the |his |her )?(?:bike|bicycle|car|motorbike|scooter|van)))|,|$)
                    (?:peed|weed|pooed|pooped|wet|leaked|pissed|peeing|weeing|leaking) (?:a (?:little|bit|tiny bit)|slightly|some|a little bit) (?:on|in|during|while|when|doing|at)
                    (?:{clothes}|bed|sheets|mattress) (?:were|was|are|is|got|had got) (?:[a-z]+ )?(?:wet|soiled)
                    (?:rush|rushing|run|running|dash|dashing) to {the_loo} .. (?:didnt|not|never|dont|couldnt) (?:always )?(?:make it|get there)
                    {cant} (?:hold|keep) it(?: in)?(?= anymore| any more| until| till| and| since|,|$)
                    (?:pee|wee|urine|poo|poop) (?:[a-z]+ ){0,2}?(?:coming out|comes out|came out|leaks? out|leaking out|dribbles? out) (?:by itself|on its own|without (?:me|warning|my control)|randomly)
                    (?:peed|weed|pooed|pooped|wet myself|leaked|pissed|shat) (?:a (?:little|bit) )?(?:during|in|on|mid|while|when|at) (?:my|the|a) (?:set|rep|lift|squat|deadlift|workout|session|gym|class|run|platform)
                    (?:comes|coming|come|came) out in (?:dribbles|drips|a trickle|spurts)
                    (?:no|lost|losing|reduced|less|weird|altered) (?:sensation|feeling) (?:in|of|from) (?:my )?(?:bladder|bowels?)
                    (?:accidents?|mishaps?) (?:with|from|of) (?:my |his |her )?(?:bowels?|bladder|waterworks)
                    (?:urine|pee|wee) (?:is |was |keeps |has been |started )?(?:leak[a-z]*|dribbl[a-z]*|coming out) (?:without|by itself|on its own|and i (?:dont|cant))
                    (?:pee|wee|urinate|toilet|loo) (?:[a-z]+ ){0,4}?(?:next to nothing|hardly anything|barely anything) (?:comes|came|is coming) out
                    (?:dirtying|soiling|wetting|messing) (?:his|her|my|their) (?:diaper|nappy|pad|pads|pants|underwear|clothes|bed) without (?:knowing|noticing|realising|realizing|feeling)
                    (?:trouble|struggling|struggles|problems?|difficulty) (?:holding|keeping) (?:in )?(?:my |his |her |their )?(?:water|wee|pee|urine|bladder)|(?:cant|couldnt|can not) hold (?:in )?(?:my |his |her |their )?(?:water|wee|pee)
                    accidents? (?:[a-z]+ ){0,2}?(?:number (?:1|2|one|two)|poo|poop|pee|wee|toilet) (?:kind|sort|type|variety)
                    (?:make|made|do|did|go|went) (?:pee|wee|poo|poop) (?:in|on) (?:the |my )?(?:bed|pants|trousers|chair|sofa)
                    (?:pee|peed|wee|weed|wet|wetted|poo|pooed) (?:in|on) (?:the |my )?bed
                    not being able to (?:hold|control|keep in) (?:my |his |her |the )?(?:pee|wee|urine|bladder|bowels?|poo|stool)
                    (?:no|lost|losing|lose|loss of|dont have|have no|zero|little|poor|reduced|less) (?:[a-z]+ )?control (?:of|over|with|on) (?:his |her |their |the )(?:bladder|bowels?|pee|wee|poo|poop|stool|urine|toilet)
                    (?:lose|lost|losing) control of (?:the |my |his |her )?(?:stool|stools|poo|pee|wee|urine)
                    (?:{cant}|(?:dont|didnt)(?: really| even| actually| always)?|no longer|never) (?:tell|feel|sense|know|notice) (?:anymore |any more )?(?:when|if|whether) (?:i )?(?:must|should|gotta|need|have) {toilet}
                    (?<!\\b(?:as|when|if|until|till|before|after|once|whenever) )(?:it|pee|wee|poo) (?:just )?(?:sort of |kind of )?happens(?= by itself| on its own|,|$| without)
                    (?:leaking|leak|leaks|dribbling|wetting) (?:[a-z]+ )?(?:and|but) (?:im |i am |i was )?(?:not|dont|didnt|never) (?:even )?(?:noticing|notice|noticed|realising|realizing|realise|realize|feeling|feel|felt)
                    (?:dont|doesnt|didnt|no longer) control (?:the |my |his |her |their )?(?:urine|pee|wee|bladder|bowels?|poo|stool)
                    (?:urine|pee|wee|poo|stool) (?:it )?(?:runs|run|running|comes|coming|goes) (?:out )?(?:alone|by itself|on its own)
                    (?:feels?|is|gets) (?:really |so |very )?full (?:[a-z]+ ){0,3}?(?:but|and) nothing (?:happens|comes|came|happened)
                    (?:bladder|bowels?) (?:feels?|felt) like (?:it|they) (?:belongs?|belonged) to (?:someone|somebody) else
                    (?:bladder|bowel|bowels|toilet|pee|wee) control (?:is |has |has gone |just |totally |completely )*(?:gone|lost|went|vanished|disappeared|not there|no more)
                    had to change (?:my|his|her|their) {clothes} (?:twice|again|three times|[0-9]+ times)
                    (?:didnt|did not|dont|doesnt|never) (?:know|notice|realise|realize|feel) (?:that )?(?:i|id|ive|he|hed|she|shed|they|theyd) (?:had )?gone
                    (?:suddenly|now|started|starting to|has started|have started|having to|has to|had to) (?:[a-z]+ )?(?:needs?|needing|wear|wears|wearing|use|using) (?:incontinence )?(?:pads|nappies|diapers|depends|tena)
                    accidents? (?:wee|pee|poo|number one|number two)\\b
                    # soaked without knowing: "the bed was soaked this morning and he had no idea it happened"
                    (?:bed|sheets|mattress|{clothes}) (?:was|were|is|are|got) (?:soaked|soaking|drenched|wet) (?:[a-z]+ ){0,4}?(?:and|but) (?:he|she|i|they) (?:had no idea|didnt notice|didnt know|didnt feel|never noticed|didnt wake|did not notice)
                    (?:little|small|tiny) accidents? (?:[a-z]+ ){0,2}?number (?:1|2|one|two)
                    # "it was a real struggle to get anything out", "barely been at all even though i feel like i need to"
                    (?:struggle|struggling|fight|battle|effort) to (?:get|push|squeeze) (?:anything|any pee|any wee|it|much) out
                    (?:barely|hardly) (?:been|gone|peed|weed)(?: at all)? (?:even though|although|though|but) (?:i |he |she )?(?:feel|feels|felt|need|needs|needed)
                    # a catheter put in, not one lived with: "he has a catheter" (his fever is what counts)
                    (?<!\\b(?:has|have|with|wears|uses|permanent|long term|suprapubic|indwelling|his|her|my|their) )(?<!\\b(?:has|have|with|wears|uses) an? )catheter|(?:barely|hardly|not) (?:peed|weed|been for a (?:pee|wee)) (?:at all |much )?(?:today|since|in [a-z0-9]+ (?:hours|days))
                    (?:go|goes|went|going) (?:for|to) (?:a )?(?:pee|wee|the toilet|toilet) and (?:nothing|only drops|just drops|only a few drops)
                    (?:not|no|dont|{cant}) (?:controlling|control) (?:the |my )?(?:poo|pee|wee|bladder|bowels?|urine|stool|toilet)
                    (?:poo|pee|wee|it|urine|stool) (?:come|comes|came|coming) out without (?:i |me |my )?(?:feel|feeling|knowing|noticing|control)
                    (?:went|go|going|tried|try) (?:for|to) (?:a )?(?:piss|pee|wee|slash|leak|tinkle) (?:[a-z]+ ){0,4}?(?:{cant}|couldnt|could not) (?:go|pee|wee|do it|get it out|get anything out)
                    (?:lost|losing|lose|loss of|no) (?:a bit of |a little |some |all |any )?control down (?:below|there)
                    (?:getting|get|got|make it|making it|made it) to (?:the )?(?:loo|toilet|bathroom) too late
                    {cant} (?:feel|tell) (?:whether|if) (?:im|i am|i was) (?:peeing|weeing|pooing|going)
                    (?:havent|hasnt|not|never) managed (?:a |to )?(?:pee|wee|poo|go)(?= since| all| today| for| in)
                    (?:havent|hasnt|has not|have not|not|didnt|did not|never) (?:passed|pass) (?:any )?(?:water|urine)(?= all| since| today| for| in| even|,|$)
                    {cant} (?:even |seem to )?go,? (?:its been|it has been|been|for the (?:last|past)) (?:[0-9]+|a few|several|over|like|about) ?(?:hrs|hours|hr)
                    (?:{cant}|can not|cannot) feel (?:himself|herself|themselves) when (?:he|she|they) (?:goes?|go|wipes?|pees?|sits? on)
                    (?:problems?|issues?|trouble) with (?:my )?waterworks
                    (?:pee|wee|poo|poop|urine) (?:[a-z]+ )?(?:without (?:me )?(?:knowing|noticing|feeling it|realising|realizing))
                    (?:soiled|wet|wetting|peed|weed|pooed|pooped|leaked|pissed) (?:my )?(?:[a-z]+ ){0,3}?without (?:me )?(?:knowing|noticing|feeling it|realising|realizing)
                    (?:not sure|unsure|no idea|never (?:know|sure)) (?:when|if|whether) (?:i (?:need|have|want) to (?:{toilet})|my (?:bladder|bowels?) (?:is |are )?(?:full|empty))
                    (?:wear|wearing|need|needing|started wearing|buy|buying|having to wear) (?:incontinence |adult )?(?:pads|nappies|diapers|tena)(?= because| for leak| since| now)
                    (?:dont|cant|didnt|no longer|never) (?:get|have|feel|notice) (?:the |that |any |an )?(?:feeling|urge|sensation|need) (?:that |to |of )?(?:i )?(?:need to |have to |want to |should )?(?:pee|wee|go|poo|poop|urinate)
                    # "need the loo" without "to go to": "i dont get the feeling that i need the toilet anymore"
                    (?:{cant}|(?:dont|didnt)(?: really| even| actually| always)?|no longer|never) (?:get|have|feel|notice|tell|sense|know|realise|realize) (?:the |that |any |an )?(?:(?:feeling|urge|sensation|signal) (?:that |of )?)?(?:when |if |whether )?(?:i )?(?:need|needing|have to go to|must go to) {the_loo}
                    (?:lost|no|lose|losing|loss of) (?:the |my |any )?(?:urge|feeling|sensation) (?:to|that i need to|of needing to) (?:pee|wee|go|poo|poop|urinate)
                    {cant} (?:feel|notice|know|tell|sense) (?:when|if|whether) (?:i )?(?:need|have|want|needed) (?:to go to |to use |to )?(?:the )?(?:loo|toilet|bathroom)
                    {cant} (?:feel|tell|know|sense) (?:if|when|whether) (?:ive|i have|i|im) (?:finished|done|emptied|empty)
                    (?:bladder|i) (?:feels?|is|am) (?:really |so |very )?full .. (?:nothing|cant|wont|doesnt|little)
                    nothing (?:comes|came|coming|will come) out
                    (?:sit|sat|sitting|stand|stood|standing) there and nothing (?:comes|came|happens|happened)
                    # "he cannot make pipi, he try many times and nothing come"
                    {cant} make (?:pipi|pee|wee|urine|water|number one)
                    (?:try|tries|tried|trying) (?:many|lots of|several|so many) times (?:and|but) nothing (?:come|comes|came|happen|happens)
                    # "leaking a bit and dont notice till after", "my bowels have a mind of their own"
                    (?:leaking|leak|leaks|dribbling|wetting) (?:[a-z]+ ){0,2}?and (?:i )?(?:dont|didnt|do not|never) (?:even )?(?:notice|realise|realize|feel) (?:it )?(?:till|until) (?:after|later)
                    (?:bladder|bowels?) (?:has |have |s )?(?:got )?a mind of (?:its|their) own
                    {cant} (?:tell|feel|know) when (?:im|i am|i m) (?:going to|gonna|about to) go
                    # "sat on the loo for ages, absolutely bursting, and nothing would come"
                    (?:bursting|desperate|full),? (?:[a-z]+ ){0,4}?(?:and|but) nothing (?:would|will|wants to|did) (?:come|happen)
                    (?:been|is|its|feels|felt) (?:really |so |a bit |very )?(?:weird|strange|different|odd) (?:going to|using|on) the (?:loo|toilet)
                    {cant} (?:seem to |manage to |get myself to |even )?(?:pee|wee|urinate|piss|empty my bladder|go to the (?:toilet|loo)) (?:at all|properly|even)
                    (?:keep|keeps|kept|been|started|always|now) (?:leaking|wetting|dribbling|having accidents)
                    {cant} control (?:when|if|whether|how|where) (?:i )?(?:need to |have to |want to |got to |gotta |make |do |need |must )?(?:{toilet}|go)
                    (?:i not|i no|not|no) (?:feel|know|notice|sense) (?:when|if) (?:i )?(?:need|have|must|want) (?:to )?(?:{toilet}|go (?:to )?(?:the )?(?:toilet|loo|bathroom))
                    # without "to": "i dont feel when i must go to toilet", "cant tell when i need pee"
                    (?:{cant}|(?:dont|didnt)(?: really| even| actually| always)?|no longer|never) (?:tell|feel|sense|know|notice|realise|realize) (?:when|if|whether) (?:i )?(?:must|should|gotta|need|have) {toilet}
                    # the need to go no longer felt, said short: "cant even feel if i need to", "only notice when its too late"
                    (?:{cant}|(?:dont|didnt)(?: really| even| actually| always)?|no longer|never) (?:tell|feel|sense|know|notice|realise|realize) (?:when|if|whether) (?:i )?(?:need|have|want|needed|got) to(?=,|$| anymore| any more| or not| until| till| now)
                    (?:realise|realize|notice|know|feel|tell) (?:that )?i (?:need|needed|have|had) to (?:[a-z]+ ){0,3}?(?:when|until|once|after) (?:its|it is|it was|ive|i have) (?:too late|already (?:started|happening|going|gone|wet|leaked))
                    (?:pee|wee|urine|poo|poop|stool|it) (?:just )?(?:come|comes|came|coming|leaks|leaked|leaking) out (?:alone|by itself|on its own|without (?:me |my )?(?:knowing|noticing|control|warning|wanting|feeling))
                    # without "i", or told of somebody else: "he not feel when he need toilet", "she did not feel need to go"
                    (?:dont|doesnt|didnt|did not|does not|not|no longer|cant) (?:feel|notice|know) (?:when |if )?(?:he |she |they |i )?(?:the )?(?:need|needs|needed|urge|must) (?:to )?(?:{toilet}|toilet|{the_loo}|go)
                    # pushing for a dribble: "i gotta push super hard and it barely dribbles out", "trying to pee and literally nothing came"
                    (?:push|pushing|strain|straining) (?:[a-z]+ ){0,3}?(?:and|but) (?:it |the pee |the wee |my pee )?(?:only |just )?(?:barely|hardly|only) (?:dribbles?|trickles?|drips?|comes? out)
                    (?:trying|tried|try) to (?:pee|wee|urinate|go) (?:[a-z]+ ){0,3}?(?:and|but) (?:[a-z]+ )?nothing (?:came|comes|happened|happens)
                    # overflow: "i keep not realising my bladders full until it just goes"
                    (?:not|dont|didnt|never|without) (?:realising|realizing|noticing|feeling|knowing|realise|realize|notice|feel|know) (?:that )?my bladders? (?:is |was |s )?full
                    """).unlessNear(words("spill[a-z]* (?:my |the |a )?(?:[a-z]+ )?(?:shake|drink|water|coffee|tea|bottle)|dribbl[a-z]* (?:[a-z]+ )?(?:tea|coffee|water|drink|soup|food|down (?:my|his|her) chin)|(?:doctor|gp|physio|nurse|consultant) (?:knows|is aware|already knows)|chronic cough|looked like i(?:d| had)? wet|(?:super|really|very|so|pretty) common|after (?:my|the|our|having (?:my|the|a)) (?:first |second |third |1st |2nd |3rd )?(?:baby|pregnancy|birth|kid|child)|dentist|numbed my (?:mouth|lip|face|gum)|drool[a-z]*|my mouth|shy bladder|paruresis|(?:in )?public (?:gym )?(?:toilets?|loos?|bathrooms?|restrooms?|urinals?)|since always|(?:since|after) (?:having|i had|giving birth to) (?:the |my )?(?:children|kids|babies|baby|twins)|(?:my )?(?:whole|entire) life|since (?:i was at )?school|(?:the )?only (?:bowel|bladder|toilet|loo|poo|pee) (?:issue|problem|trouble|thing)s? (?:i have|ive got|i get) is|(?:nearly|almost|practically)(?! nothing)|(?<!not (?:from |when |while |by )?)laugh[a-z]*+(?! (?:it|this|that) off)|scared|fright[a-z]*|terrified|funny"
                    // a spilt shake, a lot of water: "a little accident with my protein shaker", "drinking so much water i pee constantly"
                    + "|shaker|protein (?:shake|powder)|powder everywhere|spill[a-z]*|spilt|(?:drinking|drink|drank) (?:so much|loads of|lots of|a lot of|more|extra|[0-9]+ (?:litres|liters|l)(?: of)?) water|water intake|hydrat[a-z]*"
                    // "nearly wet myself" is a near miss, "almost nothing comes out" is not
                    // the user's work: "changing incontinence pads in a nursing home"
                    + "|(?:changing|change|changed|order|ordering|stock|stocking|deal with|dealing with|handle|handling|sell|selling) (?:the |their |residents |patients )?incontinence pads|nursing home|care home|residents"
                    // stress leaks after childbirth: "i leak a little when i sneeze since having kids"
                    + "|since (?:having|i had) (?:kids|children|my (?:(?:[0-9]|two|three|four|five) )?(?:baby|son|daughter|kids|children|boys|girls))|(?:after|since) (?:childbirth|giving birth|(?:my )?pregnancy|the birth|having (?:a baby|kids|children))"
                    + "|(?:after|since) (?:having )?(?:my |our |the )?(?:first |second |third |last |youngest )?(?:baby|babies|twins)\\b"
                    + "|(?:after|since) (?:having )?(?:my |our |the )?(?:first|second|third|last|youngest) (?:child|kid|son|daughter)\\b"
                    + "|(?:postpartum|post partum|postnatal|post natal)(?!.*\\b(?:first time|never before|new|since (?:my|the) back))|pelvic floor(?! (?:[a-z]+ ){0,2}?(?:gone|went|given up|gave up|stopped working))|menopause|pregnan[a-z]*|midwife"
                    + "|sweat[a-z]*|rain|swim[a-z]*|pool|water bottle|spilt|spilled")),

            // the term alone: asking what it means is not a report
            rule("cauda-equina", EMERGENCY, LONG_AGO_OR_SETTLED, """
                    cauda equina
                    """).unlessNear(words("mean|means|meaning|definition|what is|whats|what does|heard (?:of|about)|explained (?:to (?:me|us|the|my|our|a)|it|what)|(?:read|reading) (?:about|that|up on)|reddit|forum|tiktok|youtube|instagram|(?:keep )?hearing about|(?:i )?have no symptoms|explain|know (?:all )?about"
                    // checked and cleared: "doc checked for cauda equina and it was all clear"
                    + "|check(?:ed|ing)? (?:me )?for|tested for|screened for|all clear|came back (?:clear|fine|normal)|no signs? of|ruled? out"
                    // asked about ("can cauda equina happen from deadlifting?") or excluded ("the doctor examined me and its not that")
                    + "|can (?:[a-z]+ ){0,2}?(?:get|have|cause|happen|lead)|happen from|caused by|risk of|how (?:common|likely|rare)"
                    + "|examined|(?:its|it is|it was|was) not (?:that|it|cauda)|(?:isnt|wasnt) (?:that|it)"
                    // asked about by someone, and denied: "my wife keeps quizzing me about cauda equina, i have none of that"
                    + "|none of (?:that|those|them|it)|quizz[a-z]*|keeps? (?:asking|going on)|(?:asks?|asking|ask|asked) (?:me )?about|(?:telling|tells|told|talking|talks|talked) (?:me )?about|what (?:even )?is (?:that|it)|patients|at work|nurse"
                    // named by someone: "my physio mentioned cauda equina in passing, what are the symptoms"
                    + "|mention[a-z]*|in passing|symptoms?|signs?|warn[a-z]*|etc|and so on|red flags?"
                    // seen, not had: "watched a documentary about cauda equina and now im paranoid"
                    + SEEN_NOT_HAD)),

            rule("saddle-numbness", EMERGENCY, LONG_AGO_OR_SETTLED, """
                    # "groins gone numb and tingly", "my privates have gone to sleep"
                    (?:groin|groins|privates|private parts|private area|genitals|crotch|perineum|undercarriage|nether regions|vagina|vag|penis|scrotum|labia) (?:[a-z]+ ){0,2}?(?:has |have |is |are |s |feel |feels |felt |went )?(?:gone |going |all |completely |a bit |kind of |sort of )?(?:numb|dead|asleep|to sleep|tingly|less sensitive)\\b
                    # "when i wipe after the loo it feels like its someone elses skin", "the bit you sit on feels like its not mine"
                    (?:wipe|wiping|wiped|toilet seat|loo seat|on the toilet|on the loo|down there|privates|private parts|groin|crotch|bum cheeks|butt cheeks|(?:bit|part|area) (?:you|i|one|we) sits? on) (?:[a-z]+ ){0,6}?(?:feels?|felt|feeling|is|s) (?:[a-z]+ )?like (?:its |it is |they are |theyre |it was )?(?:not (?:my|mine|hers|his|her own|my own)|(?:someone|somebody) elses?)\\b
                    (?:bit|part|area) (?:you|i|one|we) sits? on (?:[a-z]+ ){0,2}?(?:feels?|felt|is|has gone|went|gone) (?:[a-z]+ ){0,3}?(?:numb|dead|asleep|tingly|no feeling)
                    # "i can sit on the toilet seat and not feel it under me", "on the wc i feel nothing on the seat"
                    (?:toilet seat|loo seat|toilet|loo|seat|saddle) (?:[a-z]+ ){0,3}?(?:and |but )?(?:not|cant|cannot|dont|couldnt|didnt) (?:really )?feel (?:it|anything|a thing|the seat) (?:under|beneath) (?:me|her|him)
                    (?:feel|felt|feels) nothing (?:on|from|under) (?:the )?(?:toilet |loo |bike )?seat
                    # "when i sit on chair the part which touching the chair is like not mine, no feeling there"
                    (?:part|bit|area|place) (?:which |that )?(?:is )?touch(?:ing|es)? the (?:chair|seat|toilet|saddle) (?:is |feels )?(?:like )?(?:not mine|numb|dead|no feeling|strange|different|wooden)
                    # "my back passage and the skin round it feel deadened", "the toilet roll feels like it isnt touching her", "the feeling in my saddle area was patchy"
                    back passage (?:[a-z]+ ){0,8}?(?:deadened|numb|dead|no feeling|cant feel|feels? (?:odd|strange|different))
                    (?:toilet roll|toilet paper|loo roll|loo paper|tissue) (?:feels|felt) like (?:it )?(?:isnt|is not|wasnt|doesnt|does not|dont) (?:touching|there)
                    (?:feeling|sensation) (?:in|around|of) (?:my |the |her |his )?saddle (?:area|region) (?:was|is|were|has been) (?:patchy|reduced|less|altered|different|down|abnormal)
                    # "i dont feel the toilet seat since yesterday", "the feeling on the inside of my bum cheeks is weird and faint"
                    (?:dont|doesnt|didnt|do not|does not|cannot|no longer) (?:really |properly )?feel (?:the )?(?:toilet seat|loo seat|seat under (?:me|her|him))
                    (?:feeling|sensation) (?:on|in) the inside of (?:my |his |her )?(?:bum|butt|arse|buttock) cheeks (?:is|feels|has gone|went) (?:[a-z]+ )?(?:weird|faint|odd|strange|numb|different|dull|funny)
                    # "when i wipe i can feel it on one side but not the other"
                    (?:wipe|wiping|wiped|toilet seat|sit on the toilet) (?:[a-z]+ ){0,4}?(?:can |could )?(?:only )?feel (?:it |that |things )?(?:on|down) one side(?:,)? (?:but )?not (?:on )?the other
                    # "my area down there is without feeling since morning"
                    (?:{saddle}) (?:[a-z]+ ){0,2}?(?:is |are |has been |have been |s )?without (?:any )?(?:feeling|sensation)
                    # "couldnt feel myself when wiping today"
                    {cant} feel (?:myself|anything|it|much|a thing) (?:when|while|after) (?:i )?(?:wip(?:e|ing)|wiped)
                    # "she cannot feel when she go toilet"
                    {cant} feel (?:[a-z]+ ){0,2}?(?:when|while) (?:i|she|he|they) (?:go|goes|going|went|am on|is on|sit on|use) (?:to )?(?:the )?(?:toilet|loo|bathroom)
                    # "my bottom and the private part, when i touch, the feeling is less, like sleeping"
                    {saddle},? (?:[a-z]+,? ){0,8}?(?:the )?(?:feeling|sensation) (?:is |feels )?(?:less|reduced|weak|weaker|different|strange|gone|not the same)
                    # "i feel no sensation in the zone where i sit"
                    (?:feel|have|got) no (?:sensation|feeling) (?:in|on|at|around) (?:the |my )?(?:zone|area|part|place|region|spot|bit)s? (?:where|that) (?:i|you|one) sits?
                    # "when i wipe i basically cant tell if ive touched anything", "my whole undercarriage feels asleep"
                    (?:wipe|wiping|wiped) (?:[a-z]+ ){0,4}?(?:cant|cannot|couldnt|can not) (?:really )?tell (?:if|whether|when)
                    (?:undercarriage|nether regions) (?:[a-z]+ ){0,2}?(?:feels?|felt|is|has gone|gone|went) (?:all |kind of |kinda |sort of )?(?:asleep|numb|dead|tingly|weird)
                    # "i feel nothing in the bottom when sitting"
                    (?:feel|feeling|felt) nothing (?:in|on|around|at) (?:the |my |her |his )?{saddle}
                    # "like my butt is just gone", "wipe and dont feel nothing", "cant feel wiping", "numb bits"
                    like (?:my |the )?(?:bottom|bum|butt|backside|arse) (?:is |s |has )?(?:just |completely |totally |kind of |kinda )?(?:gone|missing|vanished|disappeared)
                    (?:wipe|wiping|wiped) (?:and|but|n) (?:i )?(?:dont|cant|didnt|do not|cannot|can not|couldnt) (?:really )?feel (?:nothing|anything|a thing|much)
                    {cant} (?:really )?feel (?:when )?(?:wiping|i wipe)
                    numb[a-z]* (?:bits|privates|private parts|nether regions)
                    (?:dead|numb|numbish|tingly|tingling|fuzzy) (?:feeling|sensation|patch) (?:right |just |all )?(?:in|around|on|at|down|across|between|over) (?:my |the |both )?{saddle}
                    {cant} feel (?:the )?(?:loo roll|toilet paper|toilet roll|loo paper|paper|tissue|wipes?) (?:when|while|as) (?:i|she|he|they) (?:wipe|wipes|wiping)
                    # "the toilet seat feels like cardboard under her", "lost the feeling on the inside of his bum cheeks", "reduced sensation wiping"
                    (?:toilet |loo )?seat (?:feels?|felt|feeling) (?:[a-z]+ ){0,2}?like (?:cardboard|nothing|rubber|wood)(?: under)?
                    (?:no|lost|losing|reduced|less|altered|odd|weird) (?:the |all )?(?:feeling|sensation) (?:on|in|of|at) (?:the )?(?:inside|inner|insides) (?:of )?(?:my |his |her |their )?(?:bum|butt|buttocks|thighs?)(?: cheeks)?
                    (?:reduced|less|altered|odd|weird|no|lost) (?:[a-z]+ )?(?:sensation|feeling) (?:when |while )?wiping
                    # "mum no feeling when wiping", "cant feel herself when shes wiping anymore"
                    (?:no|zero|lost|not much|hardly any) (?:feeling|sensation) when (?:i |she |he |shes |hes |im )?wip(?:e|es|ing)
                    {cant} (?:really |properly )?feel (?:herself|himself|myself|themselves|anything|much) when (?:she|he|i|they)(?:s| is| am|m| are)? wip(?:e|es|ing)
                    # "like the part you sit on is asleep", "his backside is asleep and doesnt wake up"
                    (?:backside|bum|bottom|butt|buttocks|arse|the (?:part|bit) (?:you|i|he|she|we) sits? on)(?: is| feels| feel| s)?(?: like)?(?: its| it is)? (?:asleep|gone to sleep|fallen asleep)
                    # "cant properly feel one side of my... you know"
                    {cant} (?:properly |really )?feel (?:one side of |half of |the side of )?my,? (?:you know|privates|bits|down there)
                    # "when i wipe theres basically no feeling", "lost feeling, you know, around there", "lose feeling on the inside of your thighs and around your backside"
                    when (?:i |you )?wipe,? (?:theres|there is|i have|i get|i feel) (?:basically |almost |hardly |barely |like )?(?:no|zero|any) (?:feeling|sensation)
                    (?:lost|losing|lose|no) (?:all |the )?(?:feeling|sensation),? (?:you know,? )?(?:around|down) (?:there|below)
                    (?:lost|losing|lose|no) (?:feeling|sensation) (?:on|in|around) (?:the inside of (?:your|my) thighs|(?:my|your) inner thighs?) and (?:around )?(?:your |my )?(?:backside|bum|bottom|butt|privates)
                    numb[a-z]* (?:(?:in|around|round|on|at|of|across|down|over|near|between) )?(?:my |the |both |me |all |all over my )?{saddle}
                    {saddle} .. (?:numb[a-z]*|dead|no feeling|tingl[a-z]*|pins and needles)
                    {cant} (?:feel|sense) (?:[a-z]+ ){0,3}?(?:on|in|around|at) (?:my |the )?{saddle}
                    # "i dont feel anything when i touch inner thighs and bum", "like my perineum is asleep"
                    (?:{cant}|dont|do not|didnt) feel (?:anything|much|a thing|it) (?:when|if|while) (?:i )?(?:touch|wash|dry|press|poke) (?:my )?(?:[a-z]+ ){0,2}?{saddle}
                    like (?:my |the )?{saddle} (?:is|s|has gone|went|fell) asleep
                    no feel(?:ing)? (?:in|at|down) (?:my |his |her |the )?(?:private parts?|privates|genitals|private area|man area|male area|man parts|male parts)
                    (?:when|while|after) (?:i|she|he|they) wipes? (?:i |she |he |they )?(?:feel|feels|felt) (?:nothing|no feeling)|(?:loss of|no|lost|lost all) (?:sensation|feeling) (?:when )?(?:wiping|i wipe)
                    (?:no|lost|loss of|zero) (?:feeling|sensation) (?:in|around|between) (?:his|her|my|their|the) (?:private (?:area|part|parts|region)|bottom region|bottom area|legs,? in the private part)
                    (?:not|no|dont|doesnt|cant) feel (?:anything|nothing) in (?:the |her |his |my )?(?:bottom|private) (?:region|area|part)
                    {cant} feel (?:(?:himself|herself|myself|themselves) (?:properly )?|anything |it |much )?when (?:i|she|he|they) wipes?
                    (?:feel|feels|felt) nothing when (?:my |her |his )?(?:husband|wife|partner|boyfriend|girlfriend|hubby|missus|bf|gf) touch(?:es|ed)? (?:me|her|him) (?:there|down there)
                    # "i dont feel my crotch at all today"
                    (?:{cant}|dont|do not|didnt|did not) (?:really |properly )?(?:feel|sense) (?:my |the |his |her )?{saddle}(?= at all|,|$| anymore| any more| properly| since| today| now| when)
                    # "my seat area feel like wood", "her bottom doesnt feel like its hers", "like ive been to the dentist"
                    {saddle} (?:[a-z]+ ){0,2}?(?:feels?|felt) (?:like|as if) (?:wood|its wood|cardboard|rubber|leather|a block of wood)
                    {saddle} (?:[a-z]+ ){0,2}?(?:doesnt|dont|didnt|does not) feel like (?:its|it is|theyre|they are) (?:mine|hers|his|theirs|my own|her own|his own|part of me)
                    {saddle} (?:[a-z]+ ){0,8}?(?:dentist|novocaine|anaesthetic|anesthetic|anaesthesia|anesthesia|anestesia|numbing injection|local anaesthetic)
                    {saddle} (?:[a-z]+ ){0,3}?(?:feels?|felt) like (?:it|they) (?:belongs?|belonged|is|are) (?:to )?(?:someone|somebody) elses?
                    {saddle} (?:[a-z]+ ){0,2}?(?:i|he|she|they) (?:{cant}|dont|doesnt) (?:feel|sense)
                    {saddle} (?:[a-z]+ ){0,2}?(?:feels?|felt|is|has gone|gone) (?:all |kind of |kinda |sort of )?(?:dull|muffled|muted)
                    (?:tingl[a-z]*|numb[a-z]*|pins and needles|dead) (?:[a-z]+ ){0,3}?(?:right )?(?:where|on the bit|on the part) (?:i|you|he|she|we|they) sits?
                    (?:when|while|after) (?:i|she|he|they) wipes? (?:[a-z]+ ){0,4}?(?:i |she |he |they )?(?:dont|doesnt|cant|{cant}) (?:really )?feel
                    {cant} feel (?:it |anything |much )?when (?:i|she|he|they) (?:sit|sits|sat) (?:down|on)
                    (?:dont|doesnt|didnt|cant|cannot|do not) (?:really |quite |properly |actually )?feel (?:anything|much|it|a thing|the paper) (?:when|while) (?:i|she|he|they) (?:wipe|wipes|wiped)
                    (?:wipe|wipes|wiping|wiped) (?:[a-z]+ ){0,5}?(?:feels?|felt) like (?:someone|somebody) elses?
                    (?:somethings|something is|something s|things are|things s|stuff is) (?:[a-z]+ )?(?:off|wrong|not right|different|weird|numb|funny) down (?:there|below)
                    {cant} (?:feel|sense) .. (?:{saddle}|the (?:toilet |commode )?seat|toilet seat|commode|anything down there|the (?:toilet )?paper|toilet paper|when i wipe|myself (?:wipe|wiping)|it when i wipe|myself when i wipe)
                    (?:altered|strange|weird|funny|odd|different|less|reduced|no|numb|lost|loss of|changed|dull|dont have|dont have any) (?:[a-z]+ )?(?:feeling|sensation|feel) .. (?:when|while|as|after) (?:i )?(?:wipe|wiping|wiped|sit on the toilet|sitting on the toilet|on the toilet|go to the toilet)
                    (?:wiping|wipe|wiped) (?:my bum |my butt |myself )?(?:feels?|felt|is|was) (?:[a-z]+ )?(?:weird|different|strange|numb|odd|funny|off|dull|like nothing)
                    (?:wipe|wiping|wiped) (?:[a-z]+ ){0,10}?(?:someone else ?s?|somebody else ?s?|not my own) (?:bum|butt|arse|backside|bottom)
                    (?:pins and needles|tingl[a-z]*) (?:in|around|round|on|at|between|across|over) (?:my |the |both )?{saddle}
                    # "when i clean myself i dont feel nothing in the zone between the legs", "i dont feel the chair under me, like my bottom is not there"
                    not (?:really |quite )?(?:being )?able to feel (?:the )?(?:toilet )?paper|numb (?:round|around|down) there
                    (?:lost|no|losing|lose|loss of) (?:the |all |any )?(?:feeling|sensation) in (?:his|her|my|their) (?:privates|private parts|bits|genitals|willy|penis|vagina)
                    (?:he|she|they) (?:cant|cannot|can not|doesnt|does not|dont) feel (?:anything|much|a thing|it) when (?:he|she|they) wipes?
                    (?:dont|doesnt|didnt|not|cant) feel (?:nothing|anything|much) (?:in|on|at|around) (?:the |my )?(?:zone|area|part|place|region|skin) (?:in )?between (?:the |my )?legs
                    (?:clean|cleaning|wipe|wiping) (?:myself|me|my bottom|my bum)(?: [a-z]+){0,3}? (?:i )?(?:dont|doesnt|cant|not|didnt) feel
                    (?:dont|doesnt|didnt|cant|not) feel the (?:hard )?(?:chair|seat|toilet seat|saddle|bench|sofa) (?:under|beneath) (?:me|my (?:bum|bottom|butt))
                    like (?:my )?(?:bottom|bum|butt|backside) (?:is not|isnt|wasnt|was not) there
                    saddle (?:anaesthesia|anesthesia|numbness|area numbness)
                    (?:no|lost|loss of|reduced|less|altered|dull|dont have any|dont have) (?:feeling|sensation) down below
                    (?:no|zero|lost (?:all |the )?|lost) (?:feeling|sensation) down (?:there|below)
                    (?:wipe|wiping|wiped) .. (?:it |that |everything |things )?(?:feels?|felt) (?:[a-z]+ )?(?:different|weird|numb|odd|strange|funny|off|dull|like nothing|not all there)
                    (?:no|lost|loss of|reduced|less|altered|dull|dont have any|dont have) (?:full |normal |proper |much |all the |all |any |the )?(?:feeling|sensation) (?:in|around|down|on|at|between) (?:my |the )?{saddle}
                    (?:sitting on|on) the toilet (?:seat )?(?:feels?|felt) (?:weird|numb|different|strange|like nothing)
                    {cant} (?:feel|sense) ... (?:{saddle}|the (?:toilet )?seat|toilet seat)
                    numb[a-z]* .. {saddle}
                    {saddle} (?:[a-z]+ ){0,6}?(?:went|gone|go|goes|going) to sleep (?:and )?(?:its |it )?(?:not going away|wont go away|isnt going away|wont wake up|for (?:hours|days))
                    {saddle} .. (?:gone dead|feels dead|is dead|gone to sleep and|asleep (?:all the time|for days|for hours|for weeks|constantly|since|every day)|permanently asleep)
                    {cant} feel (?:the |my )?(?:chair|seat|saddle|toilet) (?:when|under|beneath|properly)
                    (?:sitting|sat) on (?:my |the )?(?:[a-z]+ )?(?:saddle|seat|chair) (?:[a-z]+ ){0,6}?{cant} feel (?:it|anything|a thing)
                    numb[a-z]* (?:[a-z]+ ){0,3}?(?:in|on|around) the (?:area|bit|part|parts|bits) (?:where )?(?:you|i|one) (?:would )?sit (?:on )?(?:a |the )?(?:horse|saddle|bike)?
                    (?:wipe|wiping|wiped) ... (?:{cant} (?:feel|sense)|numb[a-z]*|feels? (?:[a-z]+ )?(?:weird|different|strange|numb|odd|funny|off|dull))
                    (?:toilet paper|toilet roll|loo roll|loo paper|the paper|tissue) (?:feels?|felt) (?:[a-z]+ )?(?:weird|different|strange|numb|odd|funny|off|dull|like nothing)
                    {saddle} (?:[a-z]+ ){0,3}?(?:has |have )?(?:no|zero|lost (?:all |the )?|reduced|less) (?:feeling|sensation)
                    {saddle} (?:feels?|felt|is|are) (?:[a-z]+ )?(?:like (?:it|they) (?:isnt|arent|is not|are not) (?:mine|there)|like after (?:a|the) (?:dentist|injection|anaesthetic|anesthetic))
                    # numbness told as a feeling or an adjective: "weird dead feeling in my crotch", "tingly crotch", "privates sort of numb ish"
                    (?:[a-z]+ )?(?:dead|numb|numbish|tingly|tingling|fuzzy|prickly|buzzing|rubbery|wooden) (?:feeling|sensation|patch) (?:in|around|on|at|down|across|between|over) (?:my |the |both )?{saddle}
                    (?:feels?|felt|gone|going|went|is|all) (?:[a-z]+ )?dead (?:down there|down below|between (?:my |the )?legs|in (?:my |the )?(?:groin|crotch|privates|private parts|genitals|genital area|saddle area|nether regions))
                    (?:wipe|wiping|wiped|down there|down below|toilet paper|toilet roll|loo roll|loo paper|the paper|tissue) (?:[a-z]+ ){0,3}?(?:feels?|felt) like (?:its |it is |im |i am |i was |its just )?(?:wiping |touching )?(?:someone elses?|somebody elses?|someone else|somebody else|not (?:my|mine|there)|through (?:a glove|cardboard|a towel)|cardboard|rubber|wood|nothing)
                    tingl[a-z]* .. {saddle}
                    {saddle}(?:,? [a-z]+){0,3},? (?:is |are |feels? |feel )?(?:cold and |numb and )?like rubber|like rubber,? no feeling
                    # the numbness of a local anaesthetic: "feels like ive had a dentist injection in my bum cheeks"
                    (?:like|as if) (?:[a-z]+ ){0,4}?(?:dentist|dentists|anaesthetic|anesthetic|novocaine|local|numbing) (?:[a-z]+ ){0,3}?(?:in|on|around|round|down) (?:my |the |both )?{saddle}
                    {cant} feel (?:anything|much|a thing|it) (?:when|if|while) (?:i )?(?:touch|wash|dry) (?:myself|down there|my (?:privates|genitals|bits))
                    (?:cant|no|not|dont|i no) feel (?:it|anything|a thing) (?:when|while|if) (?:i )?(?:clean|wash|wipe|dry) (?:myself|down there|my (?:bum|bottom|behind|privates))
                    {saddle} (?:[a-z]+ ){0,3}?(?:feels?|felt) like (?:ive|i have|i had|im|i am|i was|i) (?:just )?(?:sat|sitting|been sitting) on (?:a |an |some )?(?:bag of |block of )?(?:ice|ice pack|frozen peas)
                    (?:like|as if) (?:im |i am |i was |ive been )?(?:sitting|sat) on (?:a |some )?(?:[a-z]+ ){0,3}?(?:cotton wool|cushion|pillow|padding|sponge|rubber ring)
                    (?:wipe|wiping|wiped) (?:[a-z]+ ){0,4}?(?:feels?|felt) like (?:[a-z]+ ){0,3}?(?:wasnt|isnt|was not|is not|not) (?:there|mine|my own|attached)
                    (?:sensation|feeling) (?:in|around|on|at|down|between) (?:my |the )?{saddle} (?:has |have |is |feels? )?(?:changed|different|gone|weird|reduced|strange|off|less)
                    (?:dead|numb|numbish|tingly|tingling|fuzzy) (?:feeling|sensation),? (?:[a-z]+,? ){0,4}?(?:in|around|on|down|between) (?:my |the )?{saddle}
                    # the area told by where you sit: "the area where you sit on a bike saddle is numb"
                    (?:(?:area|bit|bits|part|parts|place|spot) (?:where |that )?|where )(?:you|i|one|people|youd|id) (?:would |d )?sit (?:[a-z]+ ){0,6}?(?:is |are |feels? |has gone |have gone |went |gone |goes )(?:all |really |completely |totally |a bit |kinda |kind of |sort of |pretty |quite |slightly )?(?:numb|tingly|tingling|dead)
                    (?:(?:area|bit|bits|part|parts|place|spot) (?:where |that )?|where )(?:you|i|one|people|youd|id) (?:would |d )?sit,? (?:[a-z]+,? ){0,8}?(?:{cant} feel|(?:am |im )?not feeling|(?:have |has )?no feeling|dont feel|feel nothing|feel no) (?:anything|a thing|much)?
                    (?:feel|feeling|felt) (?:almost |hardly |barely |practically |basically |next to )?(?:nothing|no feeling|no sensation) down (?:there|below)
                    (?:sitting|sat|sit) on (?:the |my )?(?:loo|toilet|commode|seat|chair|bike|saddle) (?:[a-z]+ ){0,4}?(?:feels?|felt) like (?:[a-z]+ ){0,4}?(?:someone elses?|somebody elses?|(?:its |it is )?not (?:mine|my own|there)|cardboard|nothing)
                    # what touches the seat: "the bits that touch the chair feel numb"
                    (?:area|bit|bits|part|parts|everything) (?:that |which )?(?:touch|touches|touching|rest|rests|presses|press) (?:on )?(?:the |a |my )?(?:[a-z]+ )?(?:chair|seat|saddle|toilet seat) (?:[a-z]+ ){0,2}?(?:is |are |feels? |felt |has gone |have gone |went |gone )(?:all |really |completely |totally |a bit |kinda |kind of |sort of |pretty |quite )?numb
                    # numb when wiping, said the other way round: "numb when i wipe after the loo"
                    numb[a-z]* (?:[a-z]+ ){0,3}?(?:when|while|as|after|if) (?:i )?(?:wipe|wiping|wiped|sit on the (?:toilet|loo)|sitting on the (?:toilet|loo))
                    (?:pins and needles|pins n needles|pins & needles) .. {saddle}
                    (?:feels?|felt) (?:strange|weird|odd|funny|numb|different|dead) when (?:i )?(?:wipe|wiping)|feel nothing (?:when|while|if|as) (?:i )?(?:wipe|wiping|clean|wash)|like (?:im|i am) not touching anything
                    (?:feel|feeling|felt) nothing (?:in|on|around|at) (?:the |my )?(?:part|area|bit|place|spot)s? (?:where|that) (?:i|you|one) sit
                    (?:not much|no|hardly any|barely any|little|not a lot of) (?:feeling|sensation) down (?:there|below)
                    (?:lost|losing|lose) (?:the |all |any )?(?:feeling|sensation) (?:down below|down there)
                    (?:feeling|sensation) (?:is |feels |has been |s )?(?:strange|weird|odd|funny|different|off|wrong|gone) (?:[a-z]+ ){0,2}?(?:in|around|on|at) (?:the |my )?(?:place|area|bit|part|spot)s? (?:where |that )?(?:you|i|one|we) sit
                    (?:dont|didnt|do not|did not) feel (?:anything|a thing|much) (?:round|around) (?:my |the )?{saddle}
                    {saddle} ... (?:numb[a-z]*|tingl[a-z]*|pins and needles)
                    """).unlessNear(words(
                    // a figure of speech: "the tingles drive me nuts" (a pre-workout's)
                    "(?:drives?|driving|drove) (?:me )?nuts|"
                    // gym lore, not numbness: "my mate reckons my bum is asleep", "pt says my glutes are switched off"
                    + "(?:reckons|thinks|says|said|told me|claims) (?:that )?(?:my |his |her |your )?(?:bum|butt|glutes?|backside|arse|bottom) (?:is|are|s|has gone|have gone) (?:asleep|switched off|not firing|lazy|inactive|dormant)"
                    // saddle soreness from cycling, unless the user compares with it ("like after a bike ride, but I havent cycled")
                    + "|(?<!\\b(?:like|as if|as though|havent|hasnt|not|never|without|off|(?:where|bit|part|area) (?:you|i|one|people|youd|id) (?:sit|would sit)|(?:area|part|bit) (?:that )?(?:would )?(?:touch|touches))\\b.{0,40})(?:cycling|cycle|bike|biking|ride|riding|spin|spinning|saddle sore)(?!.{0,120}\\b(?:this is different|this time (?:its|it is) different|but (?:now |this time )?(?:its |it is )?(?:still|different)|still numb|still hasnt|hasnt come back|still cant|off the bike|like (?:my |the )?(?:bum|butt|bottom|backside) (?:isnt|is not|wasnt|was not) there|(?:dont|cant|cannot|can not|couldnt) feel (?:[a-z]+ ){0,3}?at all|havent (?:ridden|cycled|been on the bike)))"
                    // "went to sleep from sitting" is ordinary; "numb, like its asleep" describes the numbness
                    + "|(?<!like (?:its |it is |its gone |it went |theyre |they are |they went )?)(?<!like (?:my |the |his |her )?[a-z]{2,12} (?:is |s |has gone |went |fell )?)(?<!(?:part|bit|area) (?:you|i|he|she|we|one) (?:sit|sits) on (?:is |s |has gone |went |fell )?)(?<!numb,? (?:how (?:do )?you say|like|or|i mean),? )(?<!(?:undercarriage|nether regions|bum|butt|bottom|backside|groin|crotch|privates|genitals|perineum) (?:is |s |feels |feel |felt ))asleep(?! all the time| constantly| for days| for hours| for weeks| since| every| and (?:it )?(?:wont|doesnt))"
                    // the term named, not reported: "my physio mentioned saddle numbness as a warning sign"
                    + "|mention[a-z]*(?! (?:quietly |casually |in passing |only )?(?:that )?(?:he|she|they|i|hes|shes|theyre|his|her|their) )|warning signs?|red flags?|look out for|watch (?:out )?for|what is that|whats that|what does (?:that|it) (?:even )?mean|what (?:do|does) (?:they|it|that|you|people|doctors) mean by|leaflet|poster|pamphlet|booklet"
                    // the term asked about: "what does saddle anaesthesia mean", "my nursing book says ... what does that even mean"
                    + "|(?:anaesthesia|anesthesia) (?:means|mean|meaning)|(?:in )?(?:normal|plain|simple) english|nursing book|textbook|neither of us"
                    + "|(?<!like (?:i |ive |id )?(?:sat|sitting|been sitting) on (?:(?:a |some )?(?:bag|block|pack|bucket) of )?)ice|ice bath|cold water|working|activat[a-z]*|engag[a-z]*|firing|squeez[a-z]*|contract[a-z]*"
                    + "|mind muscle|the burn|pump|target[a-z]*"
                    // but not a comparison with it: "like when youve sat on it too long but it doesnt go away"
                    + "|(?<!like (?:when |after )?(?:youve |you have |you |ive |i have |i )?)(?:sat on it|sitting (?:[a-z]+ ){0,3}too long|sat (?:[a-z]+ ){0,3}too long)(?!.{0,40}\\b(?:doesnt|dont|does not|wont|never) go(?:es)? away)"
                    // numb from a long sit: "my bum went numb on a long flight"
                    + "|long (?:flight|drive|journey|haul|car ride|train ride|coach trip|bus ride)|on (?:a|the) (?:plane|flight|train|coach)|(?<!even on (?:a |the )?)hard (?:[a-z]+ )?(?:chairs?|seats?|benches|bench|bleachers|pews?|floor|stools?)(?!.*\\b(?:dont|doesnt|cant|not) feel (?:the (?:hard )?(?:chair|seat)|where (?:im |i am |it |my [a-z]+ )?(?:touch|touches|touching|sit|sitting|meets)))(?!.{0,80}\\b(?:for (?:[0-9]+|two|three|four|five|a few|several|a couple of) days|days now|all (?:day|week)))(?!.{0,60}\\b(?:doesnt|dont|does not|wont|never) go(?:es)? away)|tractor seat"
                    + "|numb from the (?:exercise bike |spin bike |bike |saddle |hard )?(?:seat|saddle)"
                    // gone as soon as they stand: pressure from the seat, not the nerves
                    + "|(?:gone|normal|fine|ok|back) (?:again )?(?:the second|the moment|as soon as|once|when) (?:i|you) (?:stand|stood|get up|got up)")).ordinaryWhen(MessageFacts::numbFromSitting),

            rule("sexual-dysfunction", EMERGENCY, LONG_AGO_OR_SETTLED, """
                    # "my erection is not working", "nothing works in the bedroom department", "the bedroom side of things has packed up"
                    (?:erection|erections|hard ?on|boner|willy|penis|manhood) (?:is |are |s )?(?:not|no longer|isnt|arent|doesnt|dont|wont|stopped) (?:work|working|happening|coming|the same)
                    (?:nothing|it|things|everything) (?:works|working|happens|happening) (?:in|down) (?:the )?bedroom(?: department)?
                    # "things in the bedroom department just don't work"
                    (?:things|stuff|everything|it) (?:in|down) (?:the )?(?:bedroom|downstairs)(?: department)? (?:just |really |simply |now )?(?:dont|doesnt|wont|do not|does not|will not) work
                    (?:bedroom|sex life|love life|intimacy)(?: side of things| department| stuff)? (?:has |have |s )?(?:packed up|packed in|died|gone weird|gone wrong|stopped working|not working|broken down)
                    # "i dont feel anything down there during sex", "i feel nothing when me and my wife try to have sex", "cant finish when we have sex"
                    (?:dont|didnt|cant|couldnt|not|cannot) (?:really )?feel (?:anything|a thing|much|nothing)(?: down there| down below)? (?:during|in|when|while) (?:we |i |me and (?:my )?[a-z]+ |were |we are )?(?:try to |tried to |are |were )?(?:have |having |make |making |being )?(?:sex|love|intimate|intimacy)
                    (?:feel|felt|feeling) nothing (?:down there |down below )?(?:during|when|while) (?:we |i |me and (?:my )?[a-z]+ |were |we are )?(?:try to |tried to |are |were )?(?:have |having |make |making |being )?(?:sex|love|intimate|intimacy)
                    {cant} (?:finish|come|cum|climax|orgasm) (?:when|while|during) (?:we |i |me and (?:my )?[a-z]+ )?(?:have |having |make |making |are |were )?(?:sex|love|intimate)
                    # trailing off: "now he cannot.. perform"
                    {cant}, perform$
                    # "nothing down there feels the same"
                    nothing down there (?:feels|is) (?:the same|right|normal|like it (?:did|was|used to))|down there (?:doesnt|dont|does not|do not) feel (?:the same|right|normal)
                    # "he hasnt been able to, you know, since then", "always ok in that department ... its just not happening"
                    (?:hasnt|havent|has not|have not|cant|couldnt|not) (?:been able to|managed to|manage to),? you know
                    (?:that|the bedroom|bedroom|downstairs) department[^.?!]{0,130}?(?:not happening|not working|nothing doing|stopped|gone)
                    # "stuff in bed not working since back pain"
                    (?:stuff|things|everything|it all) (?:in bed|down there) (?:not|isnt|arent|stopped|has stopped|no longer) working|not working (?:in bed|down there) since
                    # "things feel different down there in bed, like less sensation", "numb when she touches me there"
                    (?:different|weird|strange|odd|numb|dull) down there (?:in bed|during sex|when we)|(?:less|reduced|lost|no|hardly any) sensation (?:down there )?(?:in bed|during sex|when we)
                    numb when (?:she|he|they|my (?:wife|husband|partner|girlfriend|boyfriend|gf|bf)) touch(?:es|ed)? me (?:there|down there)
                    # "ive got no feeling when we try"
                    (?:no|lost|lose|losing|hardly any|not much|barely any|little) (?:feeling|sensation) (?:down there )?when (?:we|me and (?:my )?[a-z]+|my (?:bf|gf|boyfriend|girlfriend|husband|wife|partner) and i) (?:try|tried|have sex|had sex|are intimate|were intimate|make love|made love|do it|did it|fool around|get intimate)
                    # "since his back pain started he cant perform"
                    since (?:his |my |her |the )?back (?:[a-z]+ ){0,3}?(?:he|i|she) (?:cant|cannot|couldnt|can not|hasnt been able to|havent been able to) perform
                    # "the feeling down there during sex has gone since my back problem started"
                    (?:feeling|sensation) (?:down there |down below )?(?:during|in|when|with|having) (?:{sex}) (?:has |is |s )?(?:gone|changed|different|less|numb|dull|not the same|disappeared)
                    # "erection probs since back pain started"
                    (?:erection|erections|erectile|boner|hard ?on) (?:probs|problems?|issues?|troubles?|gone|stopped) (?:since|after|with|from) (?:my |the |his |this )?(?:[a-z]+ )?back
                    # "havent been able to perform since i did my back in"
                    {cant} (?:properly |really )?perform (?:[a-z]+ ){0,3}?since (?:i |my |the )?(?:[a-z]+ ){0,4}?back
                    # "the drive is there but nothing happens physically"; "not been able to, you know, finish, when me and my boyfriend are together"
                    (?:drive|desire|libido|urge|the want) (?:is )?(?:still )?(?:there|fine|ok) but nothing (?:happens|works|happening)
                    {cant},? (?:(?:um|uh|erm|er|ahem|well|you know),? )?(?:finish|climax|orgasm|perform|get it up),? when (?:me and my|my|im with my|i am with my|were|we are) (?:partner|wife|husband|girlfriend|boyfriend|gf|bf|together|intimate)
                    # "nothings working downstairs since my back went", "erections just gone since monday"
                    nothings (?:working|happening) (?:down there|downstairs|down below)
                    erections? (?:just |have |has |are |have just |all but )?(?:gone|disappeared|stopped|vanished)
                    err?ect(?:ile|ion|ions) (?:dysfunction|problems?|issues?|trouble|difficult[a-z]*)|impoten[a-z]*
                    (?:problems?|issues?|trouble|difficulty|struggl[a-z]*) (?:with )?(?:getting |gettin |keeping |keepin |to get |to keep |staying )?(?:an? )?(?:erections?|hard ?ons?|boners?|it up|hard|erect)
                    {cant} (?:get|stay|keep it) (?:fully |properly |completely |really )?hard|(?:not|no longer) getting hard|wont get hard|(?:i|he) (?:dont|doesnt|do not|does not|dont really) (?:get|stay) hard
                    (?:nothing|things|it|stuff|everything) (?:dont|doesnt|isnt|arent|wont) work[a-z]* (?:properly |right )?(?:down there|down below|downstairs|in the bedroom)
                    (?:erection|erections|erectile|getting it up) (?:problems?|issues?|trouble|difficult[a-z]*)
                    {cant} (?:get|keep|maintain|sustain|have) (?:an? |it )?(?:erection|erections|it up|hard|erect|hard on|hardon|boner)
                    (?:no|lost|losing|loss of|less|reduced|weak|weaker|trouble getting|problems? getting|difficulty getting|struggling to get|cant get) (?:[a-z]+ )?(?:erections?|hard ?ons?(?! (?:the|my|your|his|her|our|their|joints?|knees?|back|spine|body|me|you|him|them|us|it)\\b)|boners?)
                    {cant} (?:feel (?:anything|much|a thing|it|my partner)|orgasm|climax|ejaculate|cum|come) .. (?:during|in|when having|while having|having|with|when) .. sex
                    {cant} feel (?:anything|much|a thing|it) (?:when|while|as|during) (?:i )?(?:orgasm|climax|come|cum|ejaculate|having sex|sex)
                    {cant} (?:finish|come|cum) (?:during|in|when having|with|while having) (?:sex|intercourse)
                    # said shyly or in a second language: "problem with man function", "my man part, it not working", "cant... perform, with my wife"
                    (?:cause|causes|caused|causing|give you|gives you|gave me) ed\\b
                    nothing (?:happens|works|is happening|is working) (?:down there|downstairs|down below)(?: anymore| any more)?
                    nothing (?:down there|downstairs|down below) (?:works|is working|responds|happens)|no (?:response|reaction) (?:at all )?(?:down there|downstairs|down below)
                    (?:bedroom|sexual|sex) (?:function|performance|life) (?:[a-z]+ ){0,2}?(?:(?:not|isnt|arent|no longer|stopped) working|gone(?! (?:way |right |through the roof|up|better|great))|(?:not|isnt) (?:good|ok|okay)|problems?|issues?)
                    morning (?:glory|wood)s? (?:[a-z]+ ){0,3}?(?:gone|disappeared|stopped|vanished|no more|not there)|no (?:more )?morning (?:glory|wood)|lost (?:my )?morning (?:glory|wood)
                    (?:^|, |and |new |sudden )ed\\b(?! sheeran)
                    (?:problems?|issues?|trouble|difficulty) (?:with |in )?(?:my |the )?(?:man|male|manly|men) (?:function|functions|part|parts|bits|thing|things|hood|department|organ)
                    (?:man|male|manly) (?:part|parts|bits|thing|organ|function)(?:,? (?:it|they|he))? (?:is |are )?(?:not|no|isnt|doesnt|dont|wont|no longer|stopped) (?:work|working|function|functioning)
                    (?:^|{cant} )perform,? (?:in bed |sexually )?with (?:my )?(?:wife|husband|partner|girlfriend|boyfriend|missus|hubby|gf|bf)
                    # said of a partner: "my man no fit perform again since him waist start to pain"
                    {cant} perform (?:again|anymore|any more|like before)(?=,|$| since| because| after| and| for)
                    (?:wife|husband|partner|girlfriend|boyfriend|missus|hubby|gf|bf) (?:says|said|thinks|reckons|noticed|has noticed|complains) (?:that )?(?:im|i am|i m) not,? (?:(?:um|uh|erm|er|quite|really),? )?(?:functioning|performing)(?! at work| in the gym| as)
                    (?:wife|husband|partner|girlfriend|boyfriend|missus|hubby|gf|bf) (?:says|said|thinks|reckons|complains) (?:that )?(?:i|he) (?:{cant}|cannot|can not|doesnt|dont) perform
                    (?:lost|losing|lose) (?:the ability|ability) to (?:ejaculate|climax|orgasm|get (?:an )?erection|get hard)|{cant} ejaculate|ejaculat[a-z]* (?:problems?|issues?|stopped|gone)
                    (?:zero|no) function down (?:there|below)
                    {cant},? (?:(?:um|uh|erm|er|ahem|well),? )?(?:finish|climax|orgasm|perform|get it up|stay hard),? with (?:my )?(?:partner|wife|husband|girlfriend|boyfriend|missus|hubby|gf|bf)(?=,|$| anymore| any more| since| and| in bed)
                    things (?:havent|hasnt|arent|isnt|not|have not|has not) (?:been )?working (?:properly |right |well )?(?:downstairs|down there|down below|in the bedroom|in bed)
                    my (?:thing|willy|bits|man bits|member|manhood|little fella|junk|equipment) (?:just )?(?:doesnt|dont|wont|isnt|is not|does not) (?:work|working|rise|get up|stand up)
                    # trailing off: "i couldnt feel anything when... you know. with my partner"
                    {cant} feel (?:anything|much|a thing)(?: when| while| during)?,? (?:you know|if you know what i mean|ahem|um|er|erm),? (?:with|and) (?:my )?(?:partner|wife|husband|girlfriend|boyfriend|missus|hubby|gf|bf)
                    # said politely: "cant finish in bed since my back went", "cant climax when were intimate"
                    {cant},? (?:(?:um|uh|erm|er|ahem|well),? )?(?:finish|come|cum|climax|orgasm|perform|get it up|stay hard) (?:anymore |any more )?(?:during |when having |while having |when |while )?{sex}
                    {cant}, (?:um|uh|erm|er|ahem|you know|ya know|if you know what i mean),? perform
                    # "hes not able to perform, if you get me", "ive not been able to... perform"
                    (?:not (?:been )?able to|unable to|{cant}),? perform,? (?:if you (?:get|know|catch) (?:me|what i mean)|you know|in bed|sexually|anymore|any more|with)
                    (?:it|things|nothing|stuff) (?:doesnt|dont|wont|isnt|stopped) work(?:ing)? (?:properly )?(?:when|if) (?:i|we|he) (?:try|tried|am|are|get|got) (?:[a-z]+ )?with (?:my |his |her )?(?:partner|wife|husband|girlfriend|boyfriend|gf|bf|missus|hubby)
                    (?:no|zero|lost|lost all) (?:feeling|sensation) (?:at all )?(?:when|as|during) (?:i|he|she|they) (?:orgasm|orgasms|climax|climaxes|come|comes|cum|cums|finish|finishes)
                    # "basically no sensation when i... you know, finish", "no feeling when i have sex, down there"
                    (?:basically no|hardly any|barely any|almost no|no real) (?:feeling|sensation) (?:at all )?(?:when|as|during) (?:i|he|she|they)(?:,? (?:um|erm|uh|you know|ya know),?)? (?:orgasm|climax|come|cum|finish)
                    (?:no|zero|lost|lost all|basically no|hardly any|barely any) (?:feeling|sensation) (?:at all )?when (?:i|we|he|she) (?:have|having|make|making) (?:sex|love)
                    (?:feel|felt|feeling) (?:zero|nothing|no feeling) (?:in bed|during sex|when were intimate|in the bedroom)
                    (?:trouble|problems?|issues?|difficulty) with,? (?:um,? |erm,? )?(?:performance|performing)(?=,|$| which| that| since| never| in bed)
                    (?:trouble|problems?|issues?|difficulty|struggling|struggles) (?:with )?performing (?:in bed|sexually|in the bedroom|with (?:my |his |her )?(?:wife|husband|partner|girlfriend|boyfriend|missus|hubby|gf|bf))
                    # "'downstairs' stopped working properly", "things in the bedroom stopped working", "things downstairs dont work like they should"
                    (?:down there|down below|downstairs|(?:things|stuff|everything) (?:down there|down below|downstairs|in the bedroom)) (?:[a-z]+ )?(?:stopped|has stopped|isnt|is not|not|doesnt|dont|wont|no longer|havent been|hasnt been|arent) (?:work|working|function|functioning|co ?operating|playing ball)
                    {cant} feel (?:anything|much|a thing|it)(?: down there)? (?:when|while|during) (?:me and my|my|we|im with my|i am with my|with my) (?:partner|wife|husband|girlfriend|boyfriend|gf|bf|missus|hubby)
                    # "with my partner" only after a word that means climax ("cant come with my wife to the gym" is ordinary)
                    {cant} (?:climax|orgasm|cum|ejaculate) (?:anymore |any more )?with (?:my )?(?:partner|wife|husband|girlfriend|boyfriend|gf|bf|missus|hubby)
                    {sex} (?:[a-z]+ ){0,10}?(?:lost|no|zero|nae) (?:all |the )?(?:feeling|sensation)
                    {sex},? (?:[a-z]+,? ){0,2}?nothing (?:works|happens|is working)
                    (?:problems?|issues?|trouble|difficult(?:y|ies)) (?:in the bedroom(?: department)?|with (?:sex|intimacy|erections?|getting it up)|down there)
                    # "tried to be intimate on wednesday and i had no feeling at all ... and i cant get going either"
                    (?:tried to be intimate|during sex|having sex|were intimate|in bed together) (?:[a-z0-9]+,? ){0,8}?(?:no feeling|numb|{cant} get going|{cant} get it up|nothing happened)
                    nothing (?:work|works|working|is working) (?:down there|down below|downstairs|in bed)|{cant} do it in bed
                    (?:trouble|problems?|issues?|difficulty),? (?:you know|if you know what i mean|ahem|er|um),? in (?:bed|the bedroom)
                    no (?:feeling|sensation) when (?:i |he |she )?(?:ejaculate|ejaculates|orgasm|orgasms|come|comes|climax|climaxes)|getting hard is (?:difficult|hard|a problem|impossible)
                    # "everything in the bedroom department was fine until my back went, now nothing happens at all"
                    (?:bedroom|in bed|intimacy|sex life|love life) (?:[a-z0-9]+,? ){0,12}?now (?:nothing (?:happens|works|is happening)|it (?:doesnt|wont) work|i (?:cant|cannot) (?:get going|perform))
                    (?:no|zero|lost|lost all|nae) (?:all )?(?:feeling|sensation) (?:in|during|when it comes to) {sex}
                    {cant} finish (?:[a-z]+ ){0,2}?(?:and|,) (?:all )?(?:the )?(?:sensation|feeling) (?:is |has |s )?(?:gone|went|disappeared|vanished)
                    {cant} finish (?:anymore |any more )?(?:[a-z]+ ){0,6}?(?:nothing|no feeling|no sensation|numb[a-z]*) down (?:there|below)
                    (?:^|, |and )ed (?=out of nowhere|all of a sudden|suddenly|since|started|has started|is new|now)
                    {cant} (?:orgasm|climax|ejaculate)|{cant} (?:come|cum)(?= anymore| any more| during| when| since| now| properly|,|$)
                    {cant} finish(?= since| anymore| any more| properly| in bed| with)
                    (?:lost|losing|loss of) (?:the |my )?(?:ability|power) to (?:get|have|keep|maintain) (?:an? )?(?:erections?|hard|it up|erect|orgasms?|climax|ejaculate)
                    numb[a-z]* .. (?:during|in|when having|having|while having) sex
                    sex (?:feels?|is|felt|was|has been|has felt) (?:[a-z]+ )?(?:numb|different|weird|like nothing|strange)
                    (?:no|lost|loss of|reduced|less|zero|dont have any|altered) (?:[a-z]+ )?(?:sensation|feeling) .. (?:during|in|when having|when we have|having) sex
                    erections? (?:have |has |are |is )?(?:become |got |gotten |been |getting |gone )?(?:stopped|gone|disappeared|weak|weaker|not happening|softer|rare|few)
                    sexual (?:dysfunction|problems?|issues?|difficult[a-z]*)
                    (?:orgasms?|climax|climaxes|climaxing|ejaculat[a-z]*|coming|cumming) (?:[a-z]+ )?(?:feels?|felt|are|is|has been|have been) (?:[a-z]+ )?(?:numb|different|weird|like nothing|dull|muted|gone|not the same)
                    # "ejaculation is not normal, feel nothing"
                    (?:orgasms?|climax|climaxes|ejaculation|ejaculating|erections?) (?:isnt|is not|arent|are not|not|no longer|hasnt been|havent been|wasnt|werent) (?:normal|right|the same|working|happening|like before)
                    (?:no|lost|reduced|less|zero|numb|weird|altered) (?:[a-z]+ )?(?:sensation|feeling) .. (?:during|in|when having|having) (?:intercourse|sex|orgasm)|numb[a-z]* (?:during|in|when having|having) intercourse
                    nothing (?:happens|works|is working) down there|(?:no|lost|losing) (?:all )?(?:sensation|feeling) when i (?:orgasm|climax|come|cum)
                    # told as feeling gone when intimate: "no feeling down there during intimacy", "zero sensation when im with my gf"
                    (?:no|zero|lost|without any|hardly any) (?:[a-z]+ )?(?:feeling|sensation) (?:down there |down below )?(?:during|when|while) (?:im |i am |were |we are |being )?(?:intima[a-z]*|{sex}|with my (?:gf|bf|girlfriend|boyfriend|wife|husband|partner|missus))
                    (?:manhood|penis|dick|willy|member|junk|todger) (?:is |has )?(?:not|no longer|stopped|isnt|wont|doesnt) (?:rising|rise|standing|stand|getting up|get up|waking up)
                    (?:manhood|penis|dick|willy|member|junk|equipment|old fella|old feller|little fella|old boy|todger|johnson|tackle|little man|fella downstairs) (?:[a-z]+ ){0,2}?(?:stopped working|doesnt work|dont work|wont work|isnt working|not working|no longer works|(?:isnt|is not|not) (?:working|playing ball|cooperating|co operating)(?: either)?)
                    erections? (?:just,? )?(?:dont|wont|arent|do not|never) (?:happen|come|work)(?! (?:in|at|on) (?:the )?(?:gym|morning))|(?:suddenly |randomly )?(?:got|getting|developed|developing) ed(?= out of| since| now| suddenly|,|$)
                    """).unlessNear(words(
                    // another cause named: "my erection problems are from my blood pressure meds"
                    "(?:from|because of|due to|caused by|side effects? of) (?:my |the |taking )?(?:[a-z]+ ){0,2}?(?:meds|medication|medicine|pills|tablets|antidepressants|ssris?"
                    + "|beta blockers|diabetes|age|stress|anxiety|porn|alcohol|drinking)|side effects?"
                    + "|(?:meds|medication|medicine|pills|tablets|antidepressants|ssris?|beta blockers) (?:give|gives|gave|cause|causes|caused)"
                    + "|nothing to do with (?:my )?back|not (?:from|because of|related to) (?:my )?back|unrelated to (?:my )?back")),

            rule("leg-giving-way", EMERGENCY, LONG_AGO_OR_SETTLED, """
                    # "my legs feel like jelly and wont hold me", "knee wont hold me on the stairs", "grandma legs not hold her"
                    (?:legs?|knees?|quads?|thighs?)[^.?!]{0,40}?\\b(?:wont|dont|doesnt|didnt|cant|couldnt|wouldnt|not|no|no longer) (?:really |genuinely |properly |even )?(?:hold|support|carry) (?:me|her|him|them)(?! (?:for long|long enough|up for long|through (?:the|a|my|his|her) (?:last|whole|entire)))\\b
                    # "for your leg to just buckle out of nowhere"
                    {legs} (?:to )?(?:just |keeps? |kept |suddenly )?(?:buckl[a-z]*|collaps[a-z]*) (?:out of nowhere|for no reason|without warning|on (?:me|her|him|the stairs))
                    # "my leg is giving up when i walk", "leg go soft", "fell over because my leg didnt respond"
                    (?:leg|legs|knee|knees) (?:is |are |keeps |keep |kept |just |has |have )?(?:giv(?:e|es|ing) up|gave up|given up)(?! on\\b)
                    (?:leg|legs|knee|knees) (?:go|goes|went|gone|going|turn|turns|turned) (?:all )?(?:soft|floppy)(?! after| from| at the end| by the end| on the last| on)
                    (?:fell|fall|falls|falling|went down|dropped|collapsed) (?:over |down )?(?:because|cause|cos|coz|as|when) (?:my |his |her |the )?(?:leg|legs|knee|knees) (?:didnt|wouldnt|did not|just didnt|wont|doesnt) (?:respond|listen|obey|hold|work)
                    # "legs keep going from under me this week"
                    (?:legs?) (?:keep|keeps|kept|have been|has been) (?:going|giving|giving way|going out) (?:out )?(?:from )?under (?:me|her|him|them)
                    # "quad just switches off when i walk"
                    (?:{legs}|quads?|thighs?|knees?) (?:just |keeps |keep |kind of |sort of )?(?:switches|switched|switching|switch|turns|turned|turning|shuts|shut|shutting|cuts|cutting) off (?:when|while|as|if) (?:i|im|he|she) (?:walk|stand|step|walking|standing|go)
                    # "my leg not obey me after deadlift"
                    {legs} (?:[a-z]+ )?(?:not|no|dont|doesnt|wont|didnt|isnt) (?:obey|obeying|listen|listening) (?:to )?(?:me|him|her)
                    # "wont bear weight on left leg, it just gives"
                    (?:wont|cant|cannot|unable to|doesnt|couldnt) (?:bear|take|put) (?:any )?weight (?:on|through) (?:her |his |my |their |the )?(?:left |right )?(?:leg|foot)
                    {legs} (?:arent|isnt) having (?:any |much )?(?:strength|power)|no (?:strength|power) in (?:both |his |her |my |their )?(?:legs|knees)
                    {legs} .. (?:gave|gives|give|giving|givin|gave out|keeps giving|kept giving|keep giving) (?:way|out)
                    (?:unsteady|wobbly|shaky) (?:[a-z]+ ){0,4}?(?:knees|legs) (?:give|gives|gave|buckle|buckles|buckled)(?=,|$| and| when| sometimes| now)
                    {legs} (?:[a-z]+ )?(?:buckled|buckles|buckle|buckling|collapsed|collapses|collapsing|went from under me|gave from under me|went from underneath me)
                    (?:legs?|knees?) (?:just )?(?:went|go|goes|gone) (?:from under me|from underneath me)
                    {legs} (?:just )?(?:keep |keeps |kept )?(?:going|went|go|goes|gone|give|giving|gave) (?:out )?(?:from )?(?:under|underneath|beneath) (?:me|him|her|them)
                    {legs} ... (?:collapse|collapsing|buckle|buckling|give|giving|go|going|went|gone|fold|folds|folding|folded|crumple|crumples|crumpled) (?:under|beneath|from under|from underneath|out from under) (?:me|him|her|them)
                    {legs} (?:[a-z]+ ){0,3}?(?:isnt|wont|doesnt|dont|arent|not|stopped) (?:do|doing|obey[a-z]*|listen[a-z]*|respond[a-z]*|cooperat[a-z]*) (?:what i (?:tell|want|ask)[a-z]*|to me|properly)
                    # "my knee fold by itself", "cant walk normal"
                    (?:knee|knees|leg|legs) (?:[a-z]+ )?(?:fold|folds|folded|folding|buckles?|gives?) (?:by (?:itself|themselves)|on (?:its|their) own|for no reason)
                    # "my right one keeps collapsing"
                    (?:right|left) (?:one|leg|knee) (?:keeps|kept|keep) (?:collapsing|buckling|giving way|giving out|folding)
                    """).unlessNear(words("wall ?sits?|the burn|burn was too much|(?:frozen|icy|slippery|frosty|muddy|wet|greasy|snowy) (?:[a-z]+ )?(?:yard|path|pavement|ground|floor|road|drive|driveway|steps?|field|grass|deck|slope|car park)|after (?:a |my )?(?:massive |big |heavy |brutal |hard |huge |killer |tough )?(?:leg day|legs day)|(?:chair|table|stool|bench|bed|sofa|seat|ladder) legs? (?:gave|gives|give|snapped|broke|collapsed)|at (?:true |absolute |complete |total |technical )?failure|safeties|safety (?:bars|arms|pins|straps)|failed (?:my |the |a )?(?:last |final )?rep|(?:and )?they didnt|slipped (?:on|in) (?:the |some )?(?:mud|ice|wet|grass|floor|leaves)|(?:just |only )?wobbly (?:from|after) (?:the )?(?:squats|lunges|leg day|legs day|the gym|training|my workout)|(?:instructor|coach|trainer|pt) said|gonna make|cant do (?:any )?more reps|after (?:about |around )?[0-9]+ (?:squats|reps|lunges|burpees)|too heavy|to failure|ego lift[a-z]*")),

            rule("foot-drop", EMERGENCY, LONG_AGO_OR_SETTLED, """
                    # "flip flops keep falling off my left foot, cant grip them"
                    (?:flip ?flops?|sandals?|slippers?|slides|shoes?|crocs) (?:keeps? |kept |always |just )?(?:falling|slipping|flying|coming|fall|falls|fell|slip|slips|slipped) off (?:my |his |her )?(?:left |right )?(?:foot|feet)
                    # "my toes on the left dont point up when i try, like the foot is floppy"
                    (?:toes|foot) (?:on the (?:left|right) )?(?:dont|doesnt|wont|cant|do not|will not) (?:point|pull|come|lift) up|(?:the |my |his |her )?foot (?:is|feels|has gone|went) (?:all )?floppy|floppy foot
                    # "my left foot drags now"
                    (?:left |right )?(?:foot|toes|leg) (?:now |still |has started to |started to |keeps |kind of |sort of )?(?:drags|dragging|catches on|catching on|scuffs|scuffing|slaps|slapping)(?! (?:after|from|at the end|when (?:im|i am) tired))
                    # "my ankle wont pull up so im kind of high stepping"
                    (?:ankle|foot|toes) (?:wont|doesnt|cant|cannot|wouldnt|isnt|will not|does not) (?:pull|lift|come|go|point|bend) up
                    high ?stepping|high step(?:ping)? (?:so|to|walk|gait)|(?:lift|lifting|raise|raising) my (?:knee|leg) (?:really |extra |very )?high (?:so|to) (?:i dont|not to) (?:trip|catch|drag)
                    # "cant go up onto tiptoe on her right side anymore", "dragging his right foot"
                    {cant} (?:go|get|stand|rise|push) (?:up )?(?:onto|on to|on) (?:my |her |his |their )?(?:tip ?toes?|toes)
                    dragging (?:my|his|her|their) (?:right |left )?(?:foot|leg)(?! (?:after|from|at the end))
                    (?:drag|drags|dragged|dragging) (?:my|his|her|their|the) (?:right |left )?(?:foot|leg|toes)(?! (?:after|from|at the end|around|along|to|out of|into))
                    (?:cant|cannot|couldnt|unable to|not able to) (?:lift|raise|pull up|point up) (?:my|his|her|their) (?:toes|foot|feet)(?! (?:off|onto|up onto|over))
                    # "tried to go up on tiptoes on my right leg and just couldnt"
                    (?:go|stand|get|rise|push) (?:up )?on (?:to )?(?:my )?(?:tip ?toes|toes|heels) (?:[a-z]+ ){0,5}?(?:and )?(?:just )?(?:couldnt|cant|could not|wasnt able|unable)
                    foot ?drop|drop ?foot|dropped foot
                    # "my toes on the right dont lift, i keep catching them on the carpet"
                    (?:toes|foot|feet) (?:on (?:the|my) (?:left|right)(?: side)? )?(?:dont|doesnt|wont|cant|wont|do not|does not) (?:lift|come up|clear)
                    (?:keep |keeps |kept )?catching (?:them|it|my toes?|my foot|my feet) on (?:the )?(?:carpet|floor|stairs|steps|kerb|curb|rug|pavement)
                    {foot} (?:just )?(?:didnt|doesnt|dont|wont|wouldnt|isnt|cant|couldnt) (?:lift|come up|clear)(?: (?:the|off|properly|anymore|any more|on|when|as|over|up)|,|$)
                    (?:leg|legs) (?:has been|have been|is|are|keeps|keep|started|been) (?:[a-z]+ )?dragging(?! (?:a bit |a little )?(?:after|from|following|during|at the end))
                    (?:leg|foot) dragging(?= since| for| all| when| and| now| again|,|$)
                    {foot} (?:[a-z]+ ){0,3}?(?:slaps?|slapping|slapped|drags?|dragging|dragged|flops?|flopping|floppy|drops?|dropping|catches|catching|scuffs?|scuffing|hangs|hanging|wont lift|doesnt lift|wont come up|doesnt come up|wont flex|wont point)
                    (?:dragging|drag|drags|scuffing|scuff|catching|catch|catches) my (?:left |right |big )?(?:foot|toes?|leg)
                    (?:tripping|trip|trips|tripped) (?:over|on) my (?:own )?(?:left |right )?(?:foot|feet|toes)
                    (?:keep|keeps|kept|been|always|started) stubbing (?:my |his |her |their )?(?:left |right )?(?:foot|toes?)(?! on (?:it|the|a|that|this|things|stuff|furniture|[a-z]+s\\b))
                    (?:keep|keeps|kept|been|always|constantly|started) tripping(?! over (?:my |the |a |our )?(?:dog|dogs|cat|cats|kids?|toys?|shoe ?laces?|laces|words|cables?|leads?|rug|stuff|things))|tripping (?:a lot|all the time|because|over nothing|constantly|up)
                    {cant} (?:[a-z]+ )?(?:lift|raise|pick up|point|flex|move|pull up|control|wiggle) (?:my |the |both |either |his |her |their )?(?:left |right )?(?:foot|feet|toes|ankle|ankles|big toe|leg|legs)
                    {cant} (?:lift|raise|pick up|pull up|bring up) (?:up )?(?:the )?(?:front|toes|top|ball) of (?:my |his |her |their |the )?(?:left |right )?foot
                    {cant} (?:walk|stand) (?:on (?:my |his |her |their )?(?:heels|toes|tip ?toes|tiptoes)|properly(?! in (?:heels|these|new|my new|flip flops|sandals|boots|ski boots|high heels|stilettos))|without (?:falling|holding|support|help))
                    {cant} walk straight
                    {cant} (?:stand|balance|hop) on (?:my )?(?:one|left|right|bad|affected) (?:leg|foot)(?= anymore| any more| now| since| without|,|$)
                    {cant} (?:push off|push up|go up|rise up|get up|stand up) (?:with |on |onto |from )?(?:my )?(?:left |right )?(?:foot|toes|tiptoes|tip toes|leg)
                    {foot} (?:[a-z]+ ){0,2}?(?:wont|doesnt|cant|isnt|wouldnt) (?:move|moving|lift|lifting|flex|flexing|bend|work|working|respond)
                    (?:keep|keeps|kept|been|started|always) (?:stumbling|falling over)
                    # the heel or toe walk a physio asks for: "tried walking on my heels and i cant do it on the left"
                    (?:walk|walking|walked|stand|standing|balance|balancing) on (?:my |the )?(?:heels?|toes|tip ?toes|tiptoes) (?:[a-z]+ ){0,10}?(?:{cant} (?:do it|do that|manage|do them)|i cant(?=,| on (?:the |my )?(?:left|right|one|bad|other)| at all|$)|impossible|wont work|doesnt work|(?:i |just )?(?:fall|fell|topple|toppled) over)
                    {cant} (?:do|manage) (?:a |the |any )?(?:heel|toe|tiptoe|tip toe) (?:walk|walks|walking|stand|stands)
                    (?:heel|toe|tiptoe|tip toe) (?:walk|walks|walking|standing) (?:is |was |has been |s )?(?:impossible|not possible|a no go|beyond me)
                    """).unlessNear(words("dream[a-z]*|nightmare|tangled (?:up )?in (?:the |my )?(?:duvet|sheets|covers|blanket)|leg day|legs day|doms|toddler|learning to walk|learnt to walk|learned to walk|very high|high enough|as high as|hurdles?|mobility|flexib[a-z]*|high kicks?"
                    + "|(?:broke|broken|stubbed|bruised|crushed) (?:my |a |his |her )?(?:big )?toe|dropp(?:ed|ing) (?:a |the |my )?(?:plate|weight|dumbbell|kettlebell|bar|barbell) on"
                    // a clumsy moment: "tripped over my own feet on the dance floor at a wedding"
                    + "|danc[a-z]*|dance floor|wedding|party|drunk|pints?|drinks|everyone laughed"
                    // sore legs after a big session: "did 100 swings, couldnt walk properly for three days"
                    + "|(?:did|after|doing|done) (?:about |around |like )?[0-9]+ (?:kettlebell |kb |walking |jump |goblet )?(?:swings|squats|lunges|burpees|step ups|reps)")),

            rule("leg-weakness", EMERGENCY, LONG_AGO_OR_SETTLED, """
                    # "my leg no have force after gym"
                    (?:leg|legs|foot|knee) (?:no|not|dont|doesnt|has no|have no|got no) (?:have |has )?(?:any )?(?:force|strength|power)\\b
                    # "the strength in my right leg just went, had to hold the wall"
                    (?:strength|power|force) (?:in|of) (?:my|his|her|both|the|one) (?:right |left |[a-z]+ )?(?:legs?|foot|feet) (?:just |has |had |completely |suddenly |kind of )?(?:went|gone|goes|disappeared|vanished|left|dropped|is gone|isnt there|not there|gave out|gives out)
                    # "my right quad is weak all of a sudden, cant get up a step leading with that leg"
                    (?:quad|thigh|leg|calf|shin|foot) (?:is|went|has gone|feels|got) (?:really |so |very )?weak (?:all of a sudden|suddenly|out of nowhere|overnight)
                    {cant} (?:get|step|go) up (?:a|the|one) (?:step|stair|kerb|curb) (?:leading )?with (?:that|my (?:right|left)|the (?:right|left)|this) (?:leg|foot)
                    # "my legs have gone funny, not painful, just not working right", "cant get out of his chair without us lifting him", "my left is noticeably weaker than last month"
                    (?:legs?|feet) (?:have |has )?(?:gone|going|are|is|feel|feels) (?:all )?funny,? (?:[a-z]+,? ){0,5}?(?:not working|wobble|wobbly)|(?:legs?|feet) (?:just )?not working (?:right|properly)
                    (?:cant|cannot|couldnt|could not) get (?:up )?(?:out of|off) (?:his|her|my|the) (?:chair|bed|sofa|armchair) without (?:us|me|someone|help) (?:lifting|helping|pulling)
                    (?:noticeably |much |a lot |definitely |clearly )?weaker than (?:last|a|the last) (?:time|month|week|visit|session|appointment)|(?:ankle |knee )?reflex(?:es)? (?:is |are |has |have )?(?:gone|absent|missing|disappeared)
                    (?:left|right) (?:side|leg|foot) (?:feels|felt) less than (?:the )?(?:right|left|other)
                    # second-language: "leg no strong", "my legs not strong since 2 days"
                    (?:legs?|foot|feet) (?:is |are |has |have |feel |feels )?(?:no|not|no more|not more|not anymore) (?:so |very |enough )?(?:strong|strength|power|force)(?! enough (?:to|for) (?:squat|deadlift|lift|do|run))
                    # "sudden weakness both legs"
                    (?:sudden|new|weird|strange) weakness (?:in )?(?:both|my|his|her|the|one|left|right) (?:[a-z]+ )?(?:legs?|foot|feet|thighs?)
                    # "walking like a drunk, legs all wobbly and weak"
                    walking like (?:a |im |i am |i was |ive been |someone )?(?:drunk|a drunk)(?: person| man| woman)?
                    # Taglish word order: "nanghihina yung dalawang legs ko" (getting weak the both legs my)
                    (?:getting|got|gone|going) weak (?:the |my |her |his )?(?:both |two )?{limbs}
                    # "my leg no have force after gym"
                    legs? (?:no have|has no|have no|got no|no got|dont have|doesnt have) (?:any )?(?:force|power|strength)(?! (?:left )?(?:after|from|at the end of|on the last))
                    # "my two legs are not strong again since monday, i need to hold the wall to walk"
                    {limbs} (?:[a-z]+ ){0,2}?(?:are |is )?not (?:strong|working|moving) (?:again|anymore|any more)
                    {limbs} (?:no|not|dont|doesnt|has no|have no) (?:have )?(?:any )?(?:force|strength|power)(?! to (?:lift|squat|push))
                    (?:need|needs|have|has|had) to hold (?:on to |onto )?(?:the |a )?(?:wall|walls|furniture) to (?:walk|stand|get around)
                    # "when i stand up from the sofa i must push with my hands", "feel weak, not normal tired"
                    (?:stand|get|getting|standing) up (?:from|off|out of) (?:the |a |my )?(?:sofa|chair|couch|bed|toilet|floor|seat) (?:[a-z]+ ){0,2}?(?:i |she |he )?(?:must|have to|has to|need to|needs to|had to|got to) (?:push|use) (?:up )?(?:with )?(?:my|his|her) (?:hands|arms)
                    weak,? (?:but )?not (?:the )?(?:normal|usual|regular|ordinary) (?:tired|tiredness|weak)
                    (?:quad|quads|leg|calf|foot|shin) (?:[a-z]+ )?(?:doesnt|wont|dont|isnt|has stopped|stopped) (?:fire|firing|work|working)(?: properly)? (?:anymore|any more|since)
                    (?:weak|weakness|weaker|weakening|no strength|zero strength|zero power|lost (?:all |most |some |the |a lot |much )?(?:of )?(?:my |the )?strength|losing strength|loss of strength|lost (?:all |most |some )?power|losing power|no power) .. (?:in|of|down) (?:my |both |one |the |either )?(?:[a-z]+ )?{limbs}
                    {limbs} .. (?:weak|weaker|weakening|weakness|wont hold (?:me|her|him|them)|wont support (?:me|her|him|them)|dont hold (?:me|her|him|them)|cant hold (?:me|her|him|them)|not holding (?:me|her|him|them)|wont take my weight|cant take my weight|wont hold my weight|cant hold my weight|wont bear (?:my )?weight|cant bear (?:my )?weight|not working|dont work|doesnt work|wont work|stopped working|arent working|isnt working)
                    weak (?:legs?|feet|foot|thighs)
                    {cant} (?:get|stand|come) up (?:out of|from) (?:a |the |my )?(?:squat|lunge|kneel[a-z]*|crouch) (?:[a-z]+ ){0,3}?(?:even )?(?:with )?(?:no weight|bodyweight|body weight|no load|without (?:any )?weight)
                    # "my left quad has no power at all"
                    (?:quad|quads|quadricep|quadriceps) (?:[a-z]+ ){0,2}?(?:has|have|had|got) (?:no|zero|lost (?:its |all |the )?) ?(?:power|strength)
                    {cant} (?:get up|stand up|rise|get out|climb) (?:from|off|of|out of|up) (?:a |the |my )?(?:chair|sofa|couch|seat|toilet|bed|floor|stairs) without (?:using my arms|help|holding on|pushing|pulling)
                    {limbs} (?:[a-z]+ ){0,2}?(?:has|have|had|got) (?:no|lost (?:its |all |the )?|little|less|zero) (?:power|strength)
                    {limbs} (?:[a-z]+ ){0,2}?(?:wont|doesnt|dont|cant|couldnt|wouldnt) (?:lift|move|push|bend|straighten|hold me|support me|bear (?:my )?weight|take (?:my )?weight)
                    {limbs} (?:[a-z]+ ){0,2}?(?:feel|feels|felt|are|is|like|turned|turn|go|gone|going|keep going|keeps going) (?:like |to )?(?:jelly|jello|noodles|spaghetti|cotton wool)(?!(?: [a-z]+){0,3} (?:after|from|post|during|doing|on) (?:the |my |a |that |this )?(?:[a-z]+ )?(?:squats?|leg day|legs day|workout|session|class|lunges|run|training|gym|deadlifts?|leg press|spin|hike|leg session|stair ?climber|stair ?master|step machine|stepper|stairs|cardio|treadmill|bike|rower|hiit|circuits?|bootcamp|dance class|zumba))
                    {limbs} (?:[a-z]+ ){0,2}?(?:just )?(?:wont|wouldnt|cant|couldnt) (?:do it|do anything|respond|hold me up)(?: [a-z]+){0,4}?(?:,| and) (?:[a-z]+ ){0,2}?(?:zero|no|lost|without any|hardly any) (?:strength|power)
                    {limbs} (?:[a-z]+ ){0,2}?(?:feel|feels|felt|are|is|went|gone|go) (?:all )?(?:heavy and wobbly|wobbly and heavy|like jelly|jelly like)(?= (?:since|started|out of nowhere|and i (?:havent|didnt))|,)
                    (?:unsteady|wobbly) on my (?:feet|legs)(?!,? (?:though|tho|but|although) (?:ive|i have|i) (?:never|not) (?:actually |ever )?(?:fallen|had a fall))|walking like (?:im |i am )?(?:drunk|a drunk)
                    (?:too weak|not strong enough) to (?:walk|stand|climb|get up|lift (?:it|my leg|my foot))
                    """).unlessNear(Pattern.compile(
                    // tired legs after training, or wanting stronger legs, are ordinary, unless the user says
                    // they are worsening or it is one leg
                    // or weaker than the rest: "physio says my legs are weak compared to my upper body"
                    "weak(?:er)? (?:compared|relative) to|weaker than (?:my )?(?:upper|arms|top half|the other|they should)|"
                    // lifelong, not new: "a bit weaker than my right, always has been since i was a kid"
                    + "(?:always (?:has been|have been|been|was)|ever) (?:like (?:that|this) )?since (?:i was )?(?:a )?(?:kid|child|childhood|boy|girl|teenager|baby|birth)|"
                    + "weak link|(?:been|the case) for years|(?:ever )?since i was a (?:kid|child|lad|lass|boy|girl|teenager|nipper)|"
                    // or a leg injury: "my leg feels weak from the knee injury i had last month"
                    + "(?:from|because of|due to|after|since) (?:the |my |a |that )?(?:[a-z]+ )?(?:knee|ankle|hip|hamstring|calf|quad|acl|achilles|meniscus)"
                    + " (?:injury|surgery|op|operation|sprain|strain|tear|replacement|reconstruction)"
                    // "my ankle is weak since i twisted it playing basketball last year"
                    + "|(?:ankle|knee|hip|achilles) (?:is |has been |feels |felt |was )?(?:a bit |still |always )?weak (?:ever )?(?:since|after|from) (?:i )?(?:twisted|sprained|rolled|broke|fractured|injured|hurt|tore|did) (?:it|my ankle|my knee|my hip|my achilles)|"
                    + "(?:after|from) (?:a few |some |too many |[0-9]+ |two |three |four )?(?:pints|beers|drinks|glasses of wine|shots|cocktails)|(?<!like (?:a |im |i am |i was )?)drunk|tipsy|hung ?over|hangover|"
                    + "^(?!.*\\b(?:worse|worsening|weaker|getting|more and more|spreading|suddenly|sudden|new|both|left"
                    + "|one leg|right(?!$)|still|floppy|numb|since|went|gone|giving|walking like|when i walk|when walking|while walking|to walk|barely walk|buckl[a-z]*|drag[a-z]*|trip[a-z]*|fall[a-z]*|fell)\\b).*\\b(?:strengthen[a-z]*|"
                    + "(?:after|from|since|following|post|during|when|while|doing|on|(?:at )?the end of) (?:[a-z0-9]+ ){0,3}(?:leg day|legs day|workout|work out"
                    + "|training|session|(?:last |final )?sets?|squat[a-z]*|gym|run|running|lift[a-z]*|deadlift[a-z]*|exercis[a-z]*|cycling|hike|hiking|lunges"
                    + "|class|spin|walk|game|match|race|marathon|flu|illness|covid|virus|cold|bug)|leg day|doms|(?<!\\bnot (?:normal |usual |regular |ordinary |the normal |the usual )?)tired|fatigued?|exhausted"
                    // steady for years: "82 and a bit wobbly on my feet, no falls, just cautious"
                    + "|no falls|cautious|always been|(?:with|from) (?:old )?age|same as (?:always|ever)|uses a (?:stick|cane|walker|frame)"
                    + "|weak link|(?:been|the case) for years)\\b")).tiredLegsWhen(words("weak|weakness|weaker|jelly|jello|noodles|spaghetti|wobbly|shaky|heavy")),

            rule("leg-numbness", EMERGENCY, LONG_AGO_OR_SETTLED, """
                    # "both legs have gone sort of woolly from the knees down"
                    {legs} (?:have |has )?(?:gone |feel |feels |felt |are |is |went )(?:sort of |kind of |all |a bit |really )?woolly
                    # "my left leg ... is numb and now the right one started too"
                    numb (?:[a-z]+ ){0,3}?(?:and )?now the (?:right|left|other) (?:one|leg|foot) (?:started|is starting|has started|is going|too|as well)
                    # "the feeling in my foot went on tuesday"
                    (?:feeling|sensation) in (?:my |his |her |their |the )?(?:left |right )?{legs} (?:went|has gone|is gone|disappeared|vanished|just went)
                    # "the left one is numb from the knee down since saturday"
                    (?:numb|dead|no feeling|tingling|pins and needles) from (?:the |my )?(?:knee|knees|hip|hips|thigh|waist|shin|calf|ankle) (?:down|downwards)
                    # "legs felt like wet noodles ... and both are numb now"
                    {legs} (?:[a-z]+ ){0,10}?both (?:are|feel|felt|went|have gone|gone|now) (?:[a-z]+ )?numb
                    # softened: "both my legs have felt kind of numb and clumsy"
                    {legs} (?:have |has )?(?:felt|feel|feels|feeling|been feeling|been) (?:kind of |kinda |sort of |a bit |a little |quite |really |very |weirdly |strangely )+(?:numb|dead(?! ?lift))
                    # both legs crawling: "both my leg from the knee down feel like many ants walking"
                    both (?:my |his |her )?(?:legs?|feet|foot|calves|shins) (?:[a-z]+ ){0,5}?(?:feel|feels|felt|feeling) like (?:many |lots of |little |tiny |a lot of )?(?:ants|insects|bugs|pins and needles)
                    numb[a-z]* .. (?:in|down|into|through|along|on|of|around|across|to) (?:[a-z]+ ){0,2}?{legs}
                    # no preposition: "numbness both leg after gym, worse today"
                    numb(?:ness)? (?:in )?both (?:my )?(?:legs?|feet|foot)
                    # "her feet feel like theyre not hers, both of them numb"
                    (?:legs|feet) (?:[a-z]+ ){0,3}?(?:feel|feels|felt|feeling) like (?:theyre|they are|they were) (?:not|nt) (?:mine|hers|his|theirs|my own|her own|his own|attached)
                    # (not "single leg deadlift", nor tired "legs dead, voice gone")
                    {legs} .. (?:numb[a-z]*|dead(?! ?lift)(?!(?<=\\blegs (?:are |were )?dead)(?=,|$| on| after| from| haha| lol| tho| though| but| at the))|no feeling|lost (?:all )?(?:feeling|sensation)|have no feeling|has no feeling)
                    {cant} (?:feel|sense) (?!(?:any |much )?(?:pain|discomfort|soreness|stiffness))(?:[a-z]+ ){0,5}?{legs}
                    # a "dead leg" from a knock wears off; one that stays is numbness
                    dead (?:leg|legs|foot|feet) (?:[a-z]+ ){0,6}?(?:(?:isnt|wont|not|hasnt|doesnt) (?:going|go|gone|wearing|wear|worn) (?:away|off)|for (?:[0-9]+|two|three|four|five|several|a few|few) (?:days|weeks)|(?:[0-9]+|two|three|four|five|several|a few) (?:days|weeks) (?:now|later|on))
                    {legs} (?:[a-z]+ ){0,2}?(?:feels?|felt) like (?:cotton wool|wood|rubber|a block of wood|(?:it|they) (?:isnt|arent) there)
                    # "both my legs feel kind of fuzzy and far away", "my feet feel like theyre in thick socks"
                    {legs} (?:[a-z]+ ){0,2}?(?:feels?|felt|feeling) (?:kind of |kinda |sort of |all |a bit |really |weirdly |strangely )?(?:fuzzy|far away|distant|muffled)
                    {legs} (?:[a-z]+ ){0,2}?(?:feels?|felt|feeling) like (?:theyre|they are|they were|its|it is|im|i am|i was) (?:in|wearing|inside) (?:[a-z]+ )?(?:socks|gloves|wool|cotton wool|wellies|boots)
                    pins and needles (?:but )?in both (?:legs|feet|at once)
                    {legs} (?:[a-z]+ ){0,2}?(?:feels?|felt) like (?:its|it is|theyre|they are) not (?:mine|there|my own|attached)
                    # "legs feel like they dont belong to me", "my legs both feel like not mine"
                    {legs} (?:[a-z]+ ){0,3}?(?:like|feel like|feels like) (?:they |it )?(?:dont |doesnt |do not |does not |not |no )(?:belong to (?:me|her|him)|mine|my own)
                    # "numbness in my leg is spreading", "left leg fell asleep yesterday and still not awake"
                    numb(?:ness)? (?:in (?:my|his|her|the) (?:left |right )?{legs} )?(?:is |has been |keeps |kept )?(?:spreading|getting worse|moving up|creeping up|going up)
                    {legs} (?:[a-z]+ ){0,3}?(?:fell|went|gone|has gone) (?:to sleep|asleep) (?:[a-z]+ ){0,4}?(?:still|and) (?:not|isnt|hasnt|wont|doesnt) (?:awake|woken|wake|waking)
                    # "my calf on one side has gone numb and weak"
                    {legs} (?:[a-z]+ ){0,5}?(?:has |have |is |are )?(?:gone|going|gotten|got|become|becoming|turned) (?:(?:all|really|completely|totally|a bit|kind of|sort of|kinda|sorta|a little|quite|pretty|weirdly|strangely) )*numb
                    # numbness that moves: "numbness has spread from my bum down to my toes"
                    numb[a-z]* (?:has |is |keeps |kept )?(?:spread|spreading|spreads|travel[a-z]*|moved|moving|going|gone|went|creeping|crept|crawling) (?:[a-z]+ ){0,6}?{legs}
                    {legs} (?:[a-z]+ ){0,12}?(?:its|it is|theyre|they are|both) still (?:[a-z]+ )?(?:numb|dead)
                    (?:no|lost|losing|loss of|reduced|less|altered|dont have any|dont have|without|weird|strange) (?:[a-z]+ )?(?:feeling|sensation) .. (?:in|of|down|on) (?:[a-z]+ ){0,2}?{legs}
                    numb (?:both |my |the |left |right |in both )?(?:legs?|feet|foot|thighs?|toes|shins?|calf|calves)
                    (?:both|my) (?:legs|feet) .. (?:tingl[a-z]*|pins and needles)
                    (?:tingl[a-z]*|pins and needles) .. (?:in|down|through) (?:both|my) (?:legs|feet)
                    (?:tingl[a-z]*|pins and needles) (?:in )?both (?:my |his |her )?(?:legs|feet)
                    {legs} (?:has |have |is |are )?(?:gone |went |feels? |felt )?(?:dead(?! ?lift)(?!(?<=\\blegs (?:are |were )?dead)(?=,|$| on| after| from| haha| lol| tho| though| but| at the))|like (?:it|they) (?:belongs?|belonged) to someone else|like (?:it|they) (?:isnt|arent) (?:mine|there))
                    numb (?:patch|area|spot|strip) .. {legs}
                    (?:the )?(?:feeling|sensation) in (?:my |both )?{legs} (?:is |has |keeps )?(?:going|gone|fading|disappearing|reduced|weird|strange|different|changed|less)
                    {legs},? (?:its|it has|it is|theyve|they have|theyre|they are) (?:gone |going |become |got |getting )?(?:[a-z]+ )?(?:weak|numb|dead)
                    {legs} .. (?:asleep|gone to sleep|like (?:its|theyre) asleep) (?:all the time|constantly|for (?:days|hours|weeks)|since|and (?:it )?(?:just )?(?:wont|doesnt|will not|does not) wake up|every day)
                    {cant} feel (?:the )?(?:floor|ground|pedals?|carpet) (?:under|beneath|with|through) (?:my )?(?:[a-z]+ )?{foot}
                    """).unlessNear(words("jokingly|numb to (?:any|all|every) (?:form|kind|type|sort)s?|numb to (?:cardio|running|the idea|criticism)|(?:edge|bench|pad|seat|rim) (?:[a-z]+ )?dug in|dug into|barefoot|(?:cold|freezing|icy) (?:gym |kitchen |bathroom )?(?:floor|tiles)|(?:sit|sitting|sat) on the (?:toilet|loo) (?:[a-z]+ ){0,3}?(?:too long|for ages|for too long|for an hour)|neuropath[a-z]*|podiatrist|legs? up the wall|(?:been )?numb for (?:about |over |nearly |around )?(?:[0-9]+|ten|many|several|five|two|three|four) years|harmless (?:nerve )?(?:thing|condition|issue|problem)|meralgia[a-z]*|(?:lying|lay|laid|sleeping|slept|sat|sitting) on (?:them|my legs|my feet) for (?:hours|ages|a while)|(?:cat|dog|puppy|kitten|baby|toddler) (?:[a-z]+ ){0,3}?(?:sleeps|slept|sleeping|lying|lay|lies|sat|sitting|sits) on (?:my |his |her )?(?:legs?|feet|lap)|vibration plate|power plate|literally broken|running up and down|totally spent|(?:legs|theyre|they are|they were) (?:just |totally |completely )?spent|cardio fatigue|figurative[a-z]*|metaphorical[a-z]*|anything but tired|just the cold|(?:checking|check|checked) (?:my legs |them )?for numbness|(?:i )?thought (?:[a-z]+ ){0,4}?(?:were|was) (?:going |getting )?(?:numb|dead)|(?:scrolling|reading|sat|sitting) on the (?:loo|toilet)(?!.{0,60}\\b(?:still|hours|days|since|anymore)\\b)|then fine|numb tired|(?:they|legs|both) (?:still )?work (?:fine|ok|okay|normally)|(?:sitting|sat) on (?:the |a )?(?:train|plane|bus|flight|coach)|dead (?:sore|tired|stiff|achy|heavy|good|easy)|numb,? (?:with|from) (?:boredom|the cold|cold)|(?:cant|couldnt) feel my legs (?:after|from) (?:that |the |a |my |this )?(?:[a-z]+ )?(?:class|session|workout|leg day|legs day|spin|run|squats|hike|ride|game|match|circuit)(?![^.?!]*\\b(?:still|since|days|anymore)\\b)"
                    + "|nothing (?:is |s |feels |went )?numb|no numbness|not numb|(?:legs?|feet) (?:work|are|feel|working|fine)(?: [a-z]+)? (?:fine|ok|okay|normal|great)"
                    + "|asleep(?! all the time| constantly| for days| for hours| for weeks| since| every| and (?:it )?(?:wont|doesnt))(?!.*\\b(?:wont|doesnt|hasnt|isnt|not|never) (?:go|goes|gone|going|wear|wears|wearing|worn) (?:away|off))|cross ?legged|crossed my legs|sat on it|ice|ice pack|ice bath|cold (?:water|bath|plunge|shower|pack|weather|outside)|(?:sat|sitting|sit|been sitting) on (?:it|them)"
                    + "|(?:diabetic|diabetes|neuropathy)(?=.*\\b(?:hasnt changed|not changed|nothing new|for years|same as always|stable|unchanged)\\b)"
                    + "|in (?:a|the) good way|(?:dead|sore|wrecked|jelly) after yesterday|(?:she|he|they|i) means? (?:[a-z]+ )?tired|means tired|(?:calls|says) (?:it |them )?numb|in the cold|its freezing|leg day|sitting (?:[a-z]+ ){0,4}too long|sat (?:[a-z]+ ){0,4}too long|kneeling"
                    // a knee in the thigh: "got a dead leg in five-a-side"; "my legs are dead weight when we dance"
                    + "|dead ?weight|dead tired|dead beat|dead on my feet|(?:a|the) dead leg|dead legged|knee (?:to|in|into) (?:the|my) (?:thigh|leg|quad)"
                    + "|(?:from|because of|due to) (?:the )?cold|(?:in|during) (?:the )?winter|winter (?:run[a-z]*|walk[a-z]*|hik[a-z]*|cycl[a-z]*)|freezing|frost[a-z]*"
                    + "|(?:tight|new|ski|climbing|cycling|work) (?:shoes|boots|trainers)|(?:shoes|boots|trainers|laces) (?:are |were |too )*tight|laced (?:up )?(?:too |really |so |very )?tight"
                    // "legs felt dead after the hike" is tiredness
                    + "|(?:numb|dead) (?:after|from|following) (?:a |the |my )?(?:long |hard )?(?:bike ride|ride|cycle|cycling|spin class|spin)(?!.*\\b(?:still|days|weeks|since|anymore)\\b)"
                    + "|dead (?:after|from|following) (?:the |my |a |that |this |all |those )?(?:[a-z]+ )?(?:hike|hiking|run|runs|running|walk|walking"
                    + "|workout|training|session|squats?|game|match|race|marathon|gym|cycling|ride|class|sprints?|lunges)"
                    + "(?!.*\\b(?:still|numb|days|weeks|since|anymore)\\b)"
                    + "|(?:after|following) (?:the |my |a |that |this |all |those )?(?:[a-z]+ )?(?:hike|hiking|run|runs|running|walk|walking|workout|training"
                    + "|session|squats?|game|match|race|marathon|gym|cycling|ride|class|sprints?|lunges|leg day) (?:[a-z]+ ){0,4}?dead"
                    + "(?!.*\\b(?:still|numb|days|weeks|since|anymore)\\b)")).tiredLegsWhen(words("dead")).ordinaryWhen(facts -> facts.numbFromSitting() || facts.thighNerveNamed()),

            rule("major-trauma", EMERGENCY, LONG_AGO, """
                    # "a bit of a tumble from the hay loft, roughly twice my height"
                    (?:tumble|fall|fell|came off|slipped|dropped) (?:[a-z]+ ){0,2}?(?:from|off|out of) (?:the |a |our )?(?:hay ?loft|hayloft|loft hatch|mezzanine|hay ?stack|haystack|silo|hay bales?)|(?:roughly |about |nearly |almost |at least )?(?:twice|double) my (?:own )?height
                    # "he dumped the bar on me, came down across my lower back", "got flung onto the court", "skydiving hard landing", "motocross crash"
                    (?:dumped|dropped|lost) the (?:bar|barbell) (?:on|onto) me|(?:bar|barbell) (?:came down|landed|fell|dropped) (?:across|on|onto) (?:my )?(?:lower |low )?back
                    (?:flung|thrown|slammed|smashed) (?:onto|into|on) the (?:court|floor|ground|pitch|track|boards|wall|deck|ice)
                    (?:skydiv[a-z]*|parachut[a-z]*|paraglid[a-z]*|base jump[a-z]*) (?:[a-z]+ ){0,2}?(?:hard |bad |heavy |rough )landing|(?:hard|bad|heavy|rough) landing (?:skydiving|parachuting|paragliding|on my jump)
                    (?:motocross|mx|enduro|dirt bike|dirtbike|speedway) (?:crash|spill|off|accident)
                    # "went over the front of my own skis at speed", "ate it on a red run", "came off the mtb", "lowsided the motorbike at about 60"
                    went over the (?:front of (?:my |the |his |her )?(?:own )?)?(?:skis|board|handlebars|bars|bonnet)|(?:ate|eaten|eat) it (?:on|at|off|down) (?:a|the) (?:red|black|blue|double black) run
                    (?:came|fell|come|thrown|flew) off (?:the |my |a |his |her )?(?:mtb|bmx|mountain bike|road bike|dirt bike|push bike)
                    (?:low ?sided|high ?sided|lowsided|highsided|dropped|binned|crashed|laid down) (?:the |my |a |his |her )?(?:motor ?bike|motorcycle|bike|scooter) (?:at|doing) (?:about |around |like )?[2-9][0-9]
                    # "got rolled by the quad, it went over on top of me", "kicked square in the lower back by a cow", "caught an edge, slammed down on my tailbone"
                    (?:rolled|pinned|trapped|crushed) (?:by|under) (?:the |a |my |his |her )?(?:quad|atv|tractor|quad bike|motorbike|horse|car|mower|ride on mower)|went over on top of (?:me|him|her)
                    kicked (?:[a-z]+ )?in the (?:lower |low |small of the |middle of the )?back by (?:a|the|one of the|our) (?:[a-z]+ )?(?:cow|horse|bull|mule|steer|heifer|donkey|mare|stallion|pony)
                    caught an edge[^.?!]{0,40}?(?:slammed|smashed|landed|went down|crashed|came down) (?:[a-z]+ ){0,2}?(?:on|onto) (?:my |the )?(?:tailbone|coccyx|back|spine|bum|butt|arse)
                    # "wiped out on scooter doing 50"
                    (?:wiped out|crashed|came off|fell off|binned it|stacked it) (?:on |off )?(?:my |a |the |his |her )?(?:e )?(?:scooter|moped|motorbike|motorcycle|bike|quad) (?:[a-z]+ ){0,2}?(?:doing|at|going) (?:about |like |around )?[2-9][0-9]
                    # "skiing last week hit a tree"
                    (?:skiing|snowboarding|sledging|sledding|tobogganing|mountain biking|on my bike|riding) (?:[a-z]+ ){0,4}?(?:hit|crashed into|ran into|went into|smashed into|slammed into) (?:a |the )?tree
                    # "came down back first on rocks", "got driven into the turf back first"
                    (?:came down|landed|fell|went down|crashed|slammed|hit the (?:ground|deck|floor|rocks?)|driven into the [a-z]+|thrown|flung) (?:hard )?back first
                    # "slipped off the top of the stepladder"
                    (?:slipped|fell|came|tumbled|toppled) (?:off|from) (?:the |a )?top (?:of|step of|rung of) (?:the |a |his |her |my )?(?:stepladder|step ladder|ladder|steps)
                    # "caught in a double tackle and folded backwards"
                    (?:folded|bent|snapped|got folded|got bent) (?:me |him |her )?(?:right |completely )?(?:backwards|back on (?:myself|himself|herself)|in half the wrong way)|double tackle[a-z]*|(?:double|triple) teamed (?:in|at) (?:the )?(?:tackle|ruck|maul)
                    # "crashed my moped on a wet road", "went off the side and fell on my back onto the patio"
                    (?:crashed|crash|wrecked|came off|fell off|dropped|binned|stacked|totalled) (?:my |his |her |the )?(?:moped|motorbike|motorcycle|scooter|quad|quad bike|dirt bike|e bike|ebike|car|van)(?! (?:game|in the game|on (?:the )?(?:playstation|xbox|ps[0-9]|switch|computer|game)|in gran))
                    (?:off|over) the (?:side|edge) (?:of (?:the |a )?[a-z]+ )?and (?:fell|landed|came down|crashed) (?:[a-z]+ ){0,4}?(?:on|onto)
                    # sport collisions: "got shoved into the advertising boards", "caught by a shoulder right in the small of my back",
                    # "whole pack collapsed on top of me", "people landing on top of me", "came down on the frame with my back"
                    (?:shoved|pushed|thrown|slammed|smashed|checked|barged|flung|clattered|driven|bodychecked|body checked) (?:hard |straight |head first |back first )?into (?:the )?(?:advertising |pitch side |pitchside )?(?:boards|hoardings|wall|post|goalpost|fence|barrier|railings?|rail)
                    (?:caught|hit|smashed|clattered|speared|flattened|smacked|nailed|got) (?:by |with )?(?:a |his |their |someones |the )?(?:shoulder|knee|elbow|boot|head|forearm) (?:right |square |straight |full )?(?:in|into|on|to) (?:the small of |the middle of |the base of )?(?:my |the )?(?:lower |low |mid )?(?:back|spine)
                    (?:pack|scrum|pile|maul|ruck|players?|guys?|lads?|blokes?|fella|prop|forward|opponent|people|everyone|bodies|riders|bikes|the lot|whole team) (?:[a-z]+ )?(?:collapsed|landed|land|lands|landing|fell|falling|piled|piling|came down|come down) (?:on top of|onto|on) (?:me|him|her)(?! (?:on|in) (?:the )?(?:sofa|couch|bed|trampoline|mat|crash mat))
                    (?:came down|landed|fell|crashed) (?:hard |awkwardly |wrong |badly |flat )?(?:on|onto) (?:the |a )?(?:frame|edge|springs?|bar|rail|railing|step|steps|kerb|curb|rocks?|wall|metal [a-z]+|concrete)(?: of (?:the |a )?[a-z]+)? (?:with|on) (?:my |his |her )?(?:lower |low )?(?:back|spine)
                    # "the car went into a lamppost on tuesday. airbags went off", "i was the passenger when my friends car went into a lamppost"
                    (?:i was|was|im) (?:the |a )?(?:front |back |rear )?(?:seat )?passenger (?:when|in|as) (?:[a-z]+ ){0,4}?(?:car|van|bus|taxi|lorry|truck) (?:went|crashed|ploughed|smashed|hit|was hit|got hit|rolled|flipped|spun)
                    air ?bags? (?:went off|deployed|go off|came out|blew)|(?:car|van|bus|taxi|lorry|truck) (?:went|crashed|ploughed|smashed|slammed|spun) (?:straight )?into (?:a |the |another )?(?:lamppost|lamp post|wall|tree|post|barrier|ditch|car|lorry|truck|van|bus|pole|hedge)
                    # "she was in the car when the bus went into it"
                    (?:car|van|bus|taxi|lorry|truck) (?:went|crashed|ploughed|smashed|slammed) (?:straight |right )?into (?:it|us|them|her|him|me|(?:the (?:back|side) of )?(?:our|my|her|his|their) car)(?= |,|$)
                    # "hurt my back in a tractor rollover"
                    (?:tractor|quad|quad bike|atv|car|truck|lorry|van|jeep|ute|buggy) (?:rollover|roll over|rolled over|flipped over|flipped|overturned|tipped over)|rolled (?:the|my|a|his|her) (?:tractor|quad|quad bike|atv|car|truck|van|jeep|ute)
                    # "fall from 2nd floor balcony"
                    (?:fall|fell|falled|fallen|jumped) (?:from|off) (?:the |a |his |her |my )?(?:[0-9]+(?:st|nd|rd|th)? |first |second |third |upstairs )?(?:floor )?(?:balcony|window|roof|scaffold|scaffolding|mezzanine)
                    # "motorbike spill last nite", "the guy at work dropped a pallet on me"
                    (?:motorbike|motorcycle|moped|scooter|quad bike|dirt bike|motocross) (?:spill|wipe ?out|off)(?! (?:road|track))
                    (?:dropped|fell|came down|collapsed|toppled|landed) (?:a |the |an )?(?:pallet|crate|beam|girder|engine|car|wall|shelf|shelving|rack|racking|tree|branch|load|roll of [a-z]+) (?:on|onto) (?:me|my back|top of me|him|his back|her|her back)
                    # "came off, landed on the drive on his back, about 8 or 9 feet"
                    landed (?:[a-z]+ ){0,5}?(?:on|onto) (?:my |his |her |their )?back,? (?:from )?(?:about |around |maybe |like |roughly )?(?:(?:[2-9]|[1-9][0-9])(?: or [0-9]+)? (?:metres|meters|m)|(?:[6-9]|[1-9][0-9]|six|seven|eight|nine|ten|twelve)(?: or [0-9]+)? (?:feet|foot|ft))
                    # "went flying off his e-bike", "went flying and landed full on my back"
                    (?:went|sent|was sent|got sent|were sent) flying (?:off|over|from) (?:the |my |his |her |a )?(?:[a-z]+ ){0,2}?(?:bike|e bike|ebike|bicycle|motorbike|scooter|horse|board|skateboard|snowboard|trampoline|quad)
                    (?:went flying|flew|launched|got launched|was launched) (?:[a-z]+ ){0,4}?(?:and )?landed (?:full |flat |right |straight |hard |square )?(?:on|onto) (?:my |his |her )?(?:back|spine)
                    # "fell out of the back of the minibus when the step collapsed"
                    (?:fell|fallen|tumbled|thrown|came) out of (?:the back of )?(?:a |the |her |his |my )?(?:minibus|bus|van|truck|lorry|car|window|tree|loft|bunk|wheelchair lift|ambulance)
                    # "seat belt bruise right across me from a crash"
                    seat ?belt (?:bruise|bruising|burn|mark|marks|injury)
                    # "shoulder charge in hockey back hurts since", "checked into the boards"
                    (?:shoulder charge[a-z]*|body ?check(?:ed)?|checked into the boards|boarded|spear tackle[a-z]*|speared) (?:[a-z]+ ){0,4}?(?:in|at|during|playing) (?:[a-z]+ )?(?:hockey|rugby|football|lacrosse|match|game)
                    # an Italian motorbike fall: "caduto dalla moto ... a 60 all ora"
                    (?:fell|came) off (?:the |my )?motorbike (?:[a-z]+ ){0,4}?(?:at )?[3-9][0-9](?: an hour| kmh| kph| mph| km h)?
                    # "took a massive slam snowboarding, hit a rail with my back"
                    (?:hit|smacked|slammed into|slammed|landed on|caught) (?:the (?:edge|corner|side) of )?(?:a |the )?(?:rail|box|kicker|rock|tree|post|bollard|kerb|curb|edge of the (?:ramp|pool|bath|step)) (?:with|on|across) (?:my |his |her )?(?:back|spine|lower back)
                    (?:massive|huge|big|nasty|hard|heavy|proper) (?:slam|stack|wipeout|wipe out|bail|crash) (?:[a-z]+ )?(?:snowboard[a-z]*|skiing|skateboard[a-z]*|on the slopes|mountain biking|mtb|bmx|on my board)
                    # "we had a crash on the motorway, like 70mph", "wrote my car off on black ice", "spun into the barrier"
                    (?:i|we|he|she|they|ive|weve) (?:had|have had|was in|were in) (?:a |an )?(?:bad |big |nasty |serious |massive |huge |little |small )?(?:crash|collision|smash|pile ?up|prang|shunt|accident) (?:on|in|at) (?:the )?(?:motorway|road|highway|freeway|dual carriageway|roundabout|junction|m[0-9]+|a[0-9]+|bend|way|interstate)
                    (?:crash|crashed|collision|smash|accident|pile ?up|prang|hit|wiped out|wipe out|came off|fell off) (?:[a-z]+,? ){0,8}?(?:[3-9][0-9]|1[0-9][0-9]) ?(?:mph|kmh|km h|kph|km an hour|miles an hour)
                    # second-language: "i had accident with the car on the motorway", "my bike went under a van"
                    (?:had|have had|was in|were in) (?:an? )?(?:bad |big |serious |car |road )?accident (?:with|in) (?:the |my |a |our )?(?:car|motorbike|motorcycle|moto|scooter|van|truck|lorry|bus)
                    went under (?:a |the )(?:van|car|bus|lorry|truck|tractor)
                    wrote (?:my |the |our |his |her |their )?(?:car|van|truck|motor|motorbike|bike|pickup) off|(?:spun|skidded|slid) (?:off the road )?into (?:the |a )?(?:barrier|wall|tree|ditch|verge|crash barrier|central reservation)
                    # "ladder slipped and i fell", "went through a floor onto the level below", "dived in the shallow end", "slammed ... takedown onto my back"
                    ladder (?:slipped|gave way|went|collapsed|tipped|fell|buckled|slid)(?: [a-z]+){0,4},? (?:and )?(?:i|he|she|they) (?:fell|came down|dropped|went down|landed)
                    (?:went|fell|dropped|crashed) through (?:a |the )?(?:[a-z]+ )?(?:floor|ceiling|roof) (?:[a-z]+ ){0,4}?(?:onto|on to|to|into) (?:the )?(?:level|floor|ground|storey) below
                    (?:dived|dove|dive|diving|jumped|jump) (?:head first |headfirst )?(?:in|into) (?:the )?shallow
                    (?:slammed|suplexed|spiked|dumped|body ?slammed|driven) (?:[a-z]+ ){0,8}?(?:right |straight |flat )?(?:onto|on to|into) (?:my |the )?(?:back|spine|neck|head)
                    (?:takedown|throw|slam|suplex) (?:[a-z]+ ){0,3}?(?:right |straight |flat )?(?:onto|on to) (?:my |the )?(?:back|spine|neck|head)
                    # "bin lorry clipped my car, car spun", "went over the bars", "flipped off a jump", "backflip off the shed roof onto concrete", "fell from the top of the pyramid"
                    (?:clipped|smashed into|ploughed into|plowed into|rammed|t ?boned|side ?swiped) (?:my|our|his|her|their|the) (?:car|van|bike|motorbike)|(?:car|van) (?:spun|flipped|rolled|rolled over|was written off)
                    went over (?:the |my |his |her )?(?:handle ?bars|bars)|(?:flipped|flew|fell|came|thrown) off (?:a |the )?(?:jump|ramp|kicker)
                    off (?:the |a )?(?:shed |house |garage )?roof (?:onto|on to|and (?:landed|hit))
                    (?:fell|fallen|falling|dropped|came down) from (?:the )?top of (?:the |a )?(?:[a-z]+ )?(?:pyramid|stunt|wall|stairs|ladder|frame|bunk|tree)
                    landed (?:on (?:his|her|my|their) back )?(?:off|over) the edge (?:onto|on to) (?:the )?(?:floor|ground|concrete)
                    # "off the horsebox ramp, right off the top onto tarmac", "proper drop onto the patio"
                    off the top (?:onto|on to|and onto|and on to|down onto)|(?:proper|big|long|sheer|huge|massive) drop (?:onto|on to|down to|down onto)
                    # "hit a tree back first", "fell off the top of the climbing frame", "got bucked off and landed on a fence post", "someone rear end my car"
                    (?:hit|smacked|slammed into|smashed into|crashed into|went into) (?:a |the )?(?:tree|rock|boulder|lamp ?post|fence post|barrier)(?: back first| at speed| hard| backwards)
                    (?:fell|falling|fallen|came|come|tumbled) off (?:the )?(?:very )?top of (?:the |a |my )?[a-z]+
                    (?:bucked|thrown|tossed|flung) off (?:[a-z]+ ){0,3}?and landed (?:on|onto)
                    # a throw or a launch that ended on the back: "got thrown hard at judo and landed flat on his back",
                    # "got sacked hard at football practice and landed on his lower back", "overrotated a backflip and landed on my back"
                    (?:thrown|threw (?:me|him|her)|flipped|flew|flung|tossed|launched|knocked (?:flying|flat|over|down)|sacked|slammed|suplex(?:ed)?|body ?slammed|jumped (?:off|from)|came off|bailed|over ?rotated|misjudged|(?:got )?kick(?:ed)?)\\b[^.?!]{0,60}?\\b(?:land|landed|landing|fall|fell) (?:[a-z]+ ){0,3}?(?:on|onto) (?:my |his |her |their |the )?(?:lower |low |upper |mid )?(?:back|spine)\\b
                    # hit by a vehicle or an animal: "got knocked flying by a reversing van", "got smashed by a car on my bike", "got doored"
                    (?:knocked|hit|struck|clipped|smashed|ran over|run over|taken out|wiped out|sent flying|thrown|rammed|mowed down|knocked flying|knocked flat|knocked over|knocked down) (?:[a-z]+ ){0,2}?by (?:a |the |an )?(?:reversing |passing |speeding |moving |parked |delivery )?(?:car|van|bus|lorry|truck|taxi|cab|motorbike|motorcycle|cyclist|tractor|forklift|cow|bull|horse)\\b(?! of)
                    got doored|(?:car|van|lorry|truck|taxi|bus) door opened (?:on|into|in front of) (?:me|him|her)
                    # "the bus i was in crash", "had a crash with my car on the highway", "bicycle crash with a car"
                    (?:bus|car|taxi|cab|minibus|coach|van|train|tram|jeepney|tuk ?tuk|matatu|danfo|okada) (?:i|we|she|he|they) (?:was|were) (?:in|on|riding|driving) (?:crash|crashed|had an accident|flipped|rolled|hit)
                    (?:had|was in|were in|got in|got into) (?:a |an )?(?:bad |big |serious |small |minor )?(?:crash|collision|smash|prang) (?:with|in) (?:my |the |a |our |his |her )?(?:car|motorbike|motorcycle|bike|bicycle|scooter|van|truck|lorry|bus)
                    (?:bicycle|bike|cycle|cycling|taxi|cab|minibus|coach|tram|train|jeepney|tuk ?tuk|matatu|danfo|okada|e ?scooter|boat|jet ?ski) (?:crash|accident|collision|smash|wreck|pile ?up)
                    crashed (?:his |her |my |their |the )?(?:bicycle|bike|motorbike|scooter|car|van|quad|e ?bike) (?:[a-z]+ )?into (?:a |the |another )?(?:car|van|bus|lorry|truck|wall|tree|post|barrier|ditch|pole|fence)
                    (?:since|after|from) (?:the|my|our) (?:car |bike |motorbike |road |motorway |highway )?(?:crash|collision|smash|pile ?up)\\b
                    # sport collisions: "goalie collision", "collision in football match", "goalkeeper smash into me and i fall on my back"
                    (?:goalie|goalkeeper|keeper|defender|opponent|player|tackle|football|footy|rugby|soccer|hockey|basketball|netball|match|game) (?:[a-z]+ ){0,3}?(?:collision|collided|clash of heads|smash(?:ed)? into (?:me|him|her))
                    collision (?:in|during|at|with) (?:a |the |my |our )?(?:[a-z]+ )?(?:match|game|football|rugby|training|practice|hockey|goalie|goalkeeper|keeper|player)
                    # running into someone: "clattered the keeper at footy", "smashed into their centre back in the game"
                    (?:clattered|crashed into|smashed into|slammed into|ran into|collided with|clashed with|went into) (?:the |a |their |our |his |her )?(?:keeper|goalie|goalkeeper|defender|centre back|center back|full back|fullback|prop|winger|striker|linebacker|opponent|other player) (?:at|in|during|playing|on|when|while)\\b
                    # a long fall: "fell down 2 flights of stairs", "fell off near the top of the lead wall, about 6m", "fell from the terrace ... around 10 feet"
                    (?:fell|fallen|tumbled|went|came|rolled) down (?:a |the |two |three |[2-9] |an entire |a whole |whole |full |an entire )?(?:flights?|flight) of (?:stairs|steps)
                    (?:fell|fall|falls|fallen|falling|came off|slipped off|tumbled|came down)\\b[^.?!]{0,50}?\\b(?:about |around |maybe |like |roughly |nearly |almost |over |at least |a good |some )?(?:(?:[2-9]|[1-9][0-9])(?:\\.[0-9])? ?(?:m|metres?|meters?|mtrs?|meter)|(?:[6-9]|[1-9][0-9]) ?(?:ft|feet|foot))\\b
                    (?:fell|fallen|falling|came|went|dropped|tumbled) (?:down )?(?:from|out of|off|through) (?:the |a |my |his |her )?(?:loft|hay ?loft|loft hatch|attic|mezzanine|balcony|terrace|scaffold[a-z]*|loading (?:dock|bay)|top bunk|bunk bed|hatch)
                    # "took a massive hit in ice hockey", "huge hit in footy"
                    (?:massive|huge|big|heavy|hard|nasty|bad|big old) (?:hit|knock|check|bodycheck|body check|collision) (?:in|at|during|playing) (?:an? |the )?(?:[a-z]+ )?(?:hockey|rugby|football|footy|league|union|afl|lacrosse|match|game|scrum|ruck|derby)
                    # "my mare bucked me off at the yard"
                    (?:mare|horse|pony|gelding|stallion|cob|bull|bronco|mule|camel) (?:[a-z]+ ){0,2}?(?:bucked|threw|chucked|flung|tossed|dumped|launched|unseated) (?:me|him|her|them)\\b
                    # "got taken out by a two footed tackle straight into my lower back"
                    (?:tackle|challenge|late hit|cheap shot|two footer|spear|shoulder charge) (?:straight |right |square |full )?(?:in|into) (?:the small of |the middle of |the base of )?(?:my|his|her) (?:lower |low |mid )?(?:back|spine)
                    rear end (?:my|our|his|her|the back of)
                    # "bloke flattened me in a tackle"
                    (?:flattened|floored|decked|levelled|leveled|smashed|clattered|wiped out|wiped) (?:me|him|her) (?:in|with) (?:a |the )?(?:[a-z]+ )?(?:tackle|collision|hit|challenge)
                    # a blow in a fight or a match: "kickboxing guy kneed me in back really hard"
                    (?:kneed|kicked|elbowed|stamped on|stomped on|booted|punched) (?:me )?(?:in|on) (?:the |my )?(?:lower |upper )?(?:back|spine)(?: [a-z]+)? (?:really |so |very |super )?(?:hard|badly|full force|full on)
                    # "dumped by a wave ... slammed back first onto the sandbar", "knocked over by a cow", "fell through a rotten floorboard"
                    (?:slammed|smashed|thrown|dumped|driven|pile ?driven) (?:back first |backwards |back down |spine first )?(?:onto|into) (?:the |a )?(?:sandbar|sand bar|reef|rocks?|sea ?bed|seabed|bottom)
                    (?:knocked (?:over|down)|trampled|kicked|crushed|pinned|charged|head ?butted|butted|flattened) by (?:a |the |an )?(?:cow|bull|horse|steer|heifer|bullock|cattle|ram|stag|pony)
                    fell through (?:a |the )?(?:[a-z]+ )?(?:floor|floorboards?|ceiling|roof|loft hatch|skylight|hatch)
                    # a tackle that put the back into the floor, or a pile of bodies: "went down hard under three men"
                    (?:got|was|been|were) tackled (?:[a-z0-9]+,? ){0,8}?(?:hit|landed|fell|came down|slammed) (?:on |with )?(?:my |his |her )?(?:back|spine)
                    went down (?:hard |heavily )?under (?:[a-z0-9]+ )?(?:men|players|guys|lads|bodies|blokes|people|forwards)
                    (?:came|come|coming|fell|fallen|flew|flown|thrown|got thrown|was thrown|knocked|got knocked|tumbled|bucked|got bucked|peeled|bounced|went) (?:off|from) (?:my |a |the |his |her )?(?:[a-z0-9]+ ){0,4}?(?:(?<=thrown (?:from |out of )?(?:the |a |my |our |his |her )?)car|bike|bicycle|motorbike|motorcycle|motor bike|dirt bike|horse|pony|(?<!mechanical )bull|bronco|mule|camel|scooter|moped|quad|atv|ladder|roof|scaffold[a-z]*|wall|climbing wall|tree|trampoline|skateboard|board|balcony|ebike|e bike|stage|platform|cliff|ledge|truck|lorry|van|pickup|trailer|tractor|bus|step ?ladder)(?! (?:slowly|at low speed|while stopped|standing still))
                    (?:fell|fall|fallen|falling|tumbled|slipped|came down|dropped(?! (?:my|the|a|an|her|his|their|our|it|them) )) .. (?:from|off|down) (?:[a-z]+ ){0,4}?(?:ladder|roof|(?<!(?:chair|stool|sofa|bed|standing|sitting|bench|step|knee|waist) )height|stairs|staircase|steps|balcony|scaffold[a-z]*|cliff|tree|horse|loft|attic|first floor|second floor|bunk|flight of stairs|wall)(?! on my (?:{bum}))
                    (?:car|road|traffic|motorbike|motorcycle|bike|cycling|skiing|ski|snowboard[a-z]*|rugby|climbing|riding|horse riding|work|workplace|bus|truck|lorry|high speed|serious|bad|major|head on|scooter|moped|quad|atv|trampoline|e ?bike|tractor|forklift|bmx|mtb|horse|okada|rickshaw|tuk ?tuk|football|soccer|hockey|ice hockey|basketball|netball|lacrosse|sports?|match) (?:crash|accident|collision|wreck|smash|pile ?up|prang)
                    crashed (?:my |the |a |our )?(?:car|bike|motorbike|motorcycle|scooter|van)
                    (?:fell|fallen|dropped|came off|slipped) (?:about |around |over |nearly |like |almost )?(?:(?:[2-9]|[1-9][0-9]|two|three|four|five|six|seven|eight|nine|ten|several) (?:metres|meters|m|storeys|stories|floors)|(?:[6-9]|[1-9][0-9]|six|seven|eight|nine|ten|twelve|fifteen|twenty) (?:feet|foot|ft))
                    (?:crashed|wiped out|came off|flew off|got thrown|was thrown|bailed|got flattened|got clattered|got smashed|got taken out|took a (?:big|massive|huge|heavy|hard) hit)[^.?!]{0,40}?landed (?:right |straight |flat |hard |badly |square )?(?:on|onto) (?:my )?(?:back|spine|tailbone|neck|head)
                    accident in (?:the |my |a |our )?(?:car|van|bus|truck|lorry|motorbike|taxi)
                    # "a passenger in a taxi that crashed last week"
                    (?:car|taxi|cab|bus|van|uber|minibus|coach|lorry|truck) (?:that|which|she was in|he was in|i was in|they were in) (?:[a-z]+ )?(?:crashed|was hit|got hit|was rear ended|got rear ended|rolled|flipped|overturned)
                    (?:laid out|knocked out|floored|decked|levelled|leveled|flattened|poleaxed) by (?:a |the |an )?(?:[a-z]+ )?(?:tackle|hit|collision|linebacker|player|defender|forward|prop)
                    (?:car|truck|van|jeep|quad|atv|vehicle|tractor|lorry|bus) (?:[a-z]+ )?(?:rolled|flipped|overturned|turned over|rolled over|went over)(?! the| a| my)
                    (?:crashed|smashed|slammed|flew|skied|rode|cycled|drove|skidded|slid|went|sledged|sledded) (?:straight |right |head first |headfirst |hard )?into (?:a |the )?(?:tree|wall|rock|rocks|barrier|fence|post|lamp ?post|pole|pylon|lift pylon|car|van|truck|lorry|bus|ditch|another skier)
                    (?:forklift|pallet truck|tractor|digger|quad|motorbike|reversing [a-z]+) (?:[a-z]+ )?(?:hit|ran into|reversed into|backed into|drove into|crashed into|smashed into|pinned) me
                    (?:car|vehicle|van|truck|lorry|bus|someone|driver|taxi) (?:[a-z]+ )?(?:hit|ran into|crashed into|smashed into|went into|drove into|ploughed into|plowed into|rammed|reversed into) (?:the back of |the side of )?(?:me|us|my)
                    (?:hit|struck|knocked down|knocked over|run over|ran over|clipped|rammed|wiped out) by (?:a |the |an )?(?:car|truck|lorry|bus|van|vehicle|motorbike|motorcycle|cyclist|bike|train|tram)(?! of)
                    (?<!(?:car|van|truck|bike|house|phone|it) )(?:got|was|been|were) (?:hit(?!(?: (?:in|on) (?:the |my |his |her )?[a-z]+)? (?:by|with) (?:a |the )?[a-z]+ of\\b)(?!(?: (?:in|on) (?:the |my |his |her )?[a-z]+)? (?:by|with) (?:a |the )?(?:[a-z]+ )?(?:ball|football|frisbee|shuttlecock|pillow|snowball|stray|wave|wall|realisation|realization|bout|feeling|sense|flu|cold|bug|virus|craving|urge|pang|hunger|fatigue|tiredness|dizz[a-z]*|nausea|fine|bill|ban|fee|charge|ticket|penalty|question))|run over|knocked down|rear ended|t boned)
                    (?:was|been|were|had) in (?:an?|the) (?:[a-z]+ )?(?:accident|crash|collision|wreck|pile ?up)
                    # the other driver named first: "someone rear-ended her car at the lights"
                    (?:someone|somebody|a car|a driver|a van|a lorry|a truck|a bus|a taxi) (?:rear ?ended|t ?boned|crashed into|smashed into|ploughed into) (?:her|his|their|him)\\b
                    rear ?ended|t ?boned|whiplash|road traffic accident|rta
                    (?:smashed|crashed|ploughed|plowed|slammed|drove|ran|went) (?:straight |right )?into the (?:side|back|front) of (?:my|our) (?:car|van|truck|bike)
                    (?:bad|big|nasty|heavy|hard|serious|massive|huge|awful|terrible|horrible) (?:[a-z]+ )?(?:fall|tumble|crash|accident|wipeout|wipe out)
                    fell (?:hard|badly|heavily|awkwardly|really hard|straight|flat) (?:on|onto) (?:my |the )?(?:head|neck)
                    (?:tackled|speared|slammed|body ?slammed|dumped|suplexed|thrown|flipped|knocked) ... (?:on|onto) (?:my )?(?:back|head|neck|spine)
                    # a hard tackle without the landing: "got tackled really hard in rugby"
                    (?:got|was|been|being|get) (?:body ?slammed|suplexed|pile ?driven|speared|power ?bombed|spear tackled)
                    (?:tackled|speared|clattered|flattened|blindsided|sacked|smashed|body ?slammed|hit) (?:by (?:a |the |an )?[a-z]+ )?(?:really |so |very |super )?(?:hard|badly|heavily|late and hard|at full speed|full force|from behind)
                    # off something, or onto the head or neck; a fall from standing onto the back is "fall-onto-spine" (urgent)
                    (?:fell|fallen|came|come|thrown|flew|flipped|dropped) off (?!(?:a |the |my |her |his )?(?:step ?stool|stool|chair|sofa|couch|bed|kerb|curb|bottom step|low wall|bench|box|footstool)\\b)(?:[a-z0-9]+ ){0,4}?(?:onto|on to) (?:my )?(?:back|spine|tailbone|coccyx|neck|head)
                    (?:fell|fallen|landed|dropped|came down|thrown|crashed|flew|flipped) (?:[a-z0-9]+ ){0,4}?(?:onto|on to|on) (?:my )?(?:neck|head)
                    (?:collided|collision) with (?:a |the |an )?(?:car|van|truck|lorry|bus|cyclist|another (?:player|car|skier|rider)|wall|tree)
                    landed (?:flat |hard |straight |right )?on my (?:back|head|neck|spine) (?:from|off) (?:a |the )?(?:quite |really |so |very |pretty )?(?:height|top|roof|ladder|wall|tree|horse|bike|trampoline|bars|rings|high up|up high|really high|so high|way up|high)
                    # a collision with a player, or a hit to the back: "collided with a lad in 5-a-side", "took a helmet right to my back"
                    (?:collided|collide|collides|colliding|clashed|crashed|slammed|smashed|ploughed|plowed|clattered|barrelled|barreled) (?:head on |heads |full on )?(?:with|into) (?:a |the |an |another |some |one )?(?:[a-z]+ )?(?:lad|guy|bloke|player|opponent|man|fella|defender|attacker|keeper|goalie|goalkeeper|winger|forward|teammate)
                    (?:scrum|ruck|maul|pile ?up) (?:[a-z]+ )?(?:collapsed|came down|fell) (?:on|onto) (?:top of )?me
                    (?:smashed|crashed|slammed|clattered) into (?:the other |another |a |the )?(?:guy|player|lad|bloke|keeper|goalie|defender)s? (?:knee|head|shoulder|hip|boot|elbow)
                    (?:guy|lad|player|bloke|man|someone|somebody|defender|opponent|keeper|goalie|skier|snowboarder|cyclist|rider|biker) (?:[a-z]+ )?(?:collide|collided|collides|crash|crashed|crashes|smash|smashed|slammed|ran|ploughed) (?:into|with|in to) me
                    (?:fly|flew|flying|thrown|was thrown) (?:[a-z]+ ){0,3}?and (?:land|landed|landing) (?:flat |hard |right )?on (?:my )?(?:back|spine|head|neck)
                    (?:collided|collision) with (?:a |the |an |another |some )?(?:[a-z]+ )?(?:lad|guy|bloke|player|opponent|defender|attacker|keeper|goalie|goalkeeper|teammate|team mate|someone|somebody|man|fella|forward|winger|prop|linebacker)
                    (?:came|went|fell|flew|got thrown|was thrown) (?:flying )?off (?:[a-z]+ ){0,5}?from (?:really |very |quite |pretty |so )?high(?: up)?
                    (?:got |was |been )?trampled|at the bottom of (?:the |a )?(?:pile ?up|pile|ruck|scrum|maul|it)|(?:big |massive |huge )?pile ?up at (?:[a-z]+ ){0,2}?(?:rugby|football|training|practice|match|game)
                    (?:someone|somebody|a guy|a lad|a player|a bloke|half the team|he|they) landed (?:right |straight )?on (?:me|top of me|my back)
                    (?:took|got|copped) a (?:proper |big |massive |huge |hard |nasty )?hit (?:in|at|playing|during) (?:rugby|football|hockey|training|the match|the game)
                    car (?:flip|flipped|flips|rolled|rolled over|overturned|flip over|went over)|dropped (?:about |like |around )?(?:a few|several|[0-9]+(?: [0-9]+)?) ?(?:m|metres|meters|feet|ft)\\b
                    (?:got |was |been )?speared|(?:fall|fell|fallen|tumbled|tumble) down (?:the )?(?:last |bottom |top )?(?:1[0-9]|[2-9][0-9]|ten|twelve|fifteen|twenty|a flight of|a whole flight of) (?:stairs|steps)
                    from (?:a )?(?:good|fair|decent|great|real) height|a fall of (?:about |perhaps |maybe |around |like |nearly )?(?:[2-9]|two|three|four|five) ?(?:m|metres|meters|ft|feet)\\b
                    got undercut|jack ?knif[a-z]*|from (?:like |about |around |maybe )?(?:[2-9]|1[0-9]|two|three|four|five) ?(?:m|metres|meters|ft|feet) (?:up|high)
                    # "got clattered in his walking football match, some lad ran straight into him"
                    (?:got|been|was|get|getting) (?:absolutely |properly |totally )?clattered
                    (?:lad|guy|bloke|player|man|fella|someone|somebody|opponent|defender) (?:[a-z]+ )?(?:ran|charged|crashed|smashed|ploughed|barrelled|slammed) (?:straight |right |full pelt |full speed |full force )?into (?:him|her|me|them)
                    (?:helmet|knee|elbow|shoulder|boot|head) (?:hit|hits|smashed|slammed|struck|caught) (?:me )?(?:in |on )?(?:my |the )(?:lower |low |upper |mid )?(?:back|spine)
                    (?:got |was |been )?(?:slammed|thrown|body slammed|suplexed) (?:hard |down )?(?:in|by|during|on) (?:a |the )?(?:[a-z]+ )?(?:throw|takedown|tackle|bout|fight)
                    (?:took|taken|got|copped|caught) (?:a |an )?(?:(?:horrendous|massive|huge|hard|nasty|full|big|heavy|brutal|proper|serious|bad|direct|flying|sickening|horrible|awful) )?(?:helmet|knee|elbow|shoulder|boot|cleat|head) (?:right |straight |full force |hard |square )?(?:to|in|into|on) (?:my |the small of my |the )?(?:lower |low |upper |mid )?(?:back|spine)
                    (?:fell|fall|fallen|falling|tumbled|came down|dropped) ... (?:from|off) (?:the |a |her |his |my |their )?(?:balcony|roof|ladder|scaffold[a-z]*|cliff|loft)(?! on my)
                    (?:fell|fallen|dropped|came down) (?:[a-z]+,? ){0,10}?(?:about |around |like |maybe |nearly |over |almost )?(?:[2-9]|two|three|four|five|six|seven|eight|nine|ten) (?:metres|meters)\\b
                    fell (?:through|out of|out|from|off) (?:a |the |my )?(?:[a-z]+ )?(?:loft|loft hatch|attic|ceiling|floor|roof|window|hatch|hay ?loft|hayloft|bunk bed|top bunk|scaffold[a-z]*|tree|lorry|truck|van)
                    fell (?:about |around |over |nearly )?(?:[0-9]+|a few|few|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|several) (?:metres|meters|m|feet|foot|ft|storeys|stories|floors|flights) (?:[a-z]+ )?(?:off|from|onto|down|through|into)
                    crashed (?:my |the |a |our )?(?:[a-z]+ )?(?:car|bike|mtb|bmx|motorbike|motorcycle|scooter|van|quad|truck)|crashed (?:hard|badly|at speed|out hard)
                    (?:car|van|bike|motorbike|motorcycle|vehicle|truck) (?:got |was |is |has been )?(?:written off|totalled|totaled|wrecked|smashed up|a write off)
                    (?:rolled|flipped|wrapped|wrote off|totalled|totaled|wrecked) (?:my |the |our |a )?(?:[a-z]+ )?(?:car|van|truck|quad|atv|jeep|motorbike|bike)
                    (?:went|flew|go|gone) over (?:the )?(?:handlebars|handle bars|bars)|wiped out (?:hard|badly|at speed|on my (?:bike|board|skis))
                    motor (?:vehicle|car|bike|cycle) (?:accident|crash|collision)|mva|mvc|car smash|(?:hit|struck) by (?:a |the )?(?:falling|heavy)
                    (?:fell|fall|fallen|tumbled|slipped) (?:all the way |right )?down (?:the |a |an |some )?(?:stairs|steps|staircase|flight|escalator|hole|ditch|embankment|bank|cliff|hill|slope|mountain|ravine|gully)(?! on my (?:{bum}))
                    crashed (?:while|when) [a-z]+ing|hit and run|(?:dived|dove|jumped) (?:head first )?into (?:a |the )?shallow
                    had (?:an?|a bad|a serious|a nasty|a big) (?:(?!small |little |minor |tiny |slight )[a-z]+ )?accident(?! in my| in the)
                    (?:fell|fall|fallen|tumbled|slipped) (?:all the way |right )?down (?:the |a |some )?(?:[a-z]+ ){0,3}?(?:stairs|steps|staircase|flight)(?! on my (?:{bum}))
                    (?:tripped|slipped|stumbled|lost my footing|lost my balance)(?: and| then|,)? (?:went|came|tumbled|rolled|bounced) (?:all the way |right )?down (?:the |some |a flight of )?(?:[a-z]+ ){0,2}?(?:stairs|steps|staircase)(?! on my (?:{bum}))
                    # thrown or trampled by an animal: "horse threw me", "got bucked off by the pony"
                    (?:horse|pony|(?<!mechanical )bull|bronco|mule|donkey|camel|cow) (?:[a-z]+ ){0,3}?(?:threw|throws|thrown|bucked|flung|tossed|chucked|dumped|launched|kicked|trampled|rolled on|fell on) (?:me|my)
                    (?:thrown|bucked|flung|tossed|launched|kicked|trampled|crushed) (?:off |from )?by (?:a |the |my |his |her |one of the |one of (?:my|our|the) )?(?:[a-z]+ )?(?:horses?|pony|ponies|bulls?|bronco|mule|donkey|camel|cows?)
                    # a big hit in contact sport: "got speared into the ground", "took a massive hit in rugby"
                    (?:speared|slammed|driven|dumped|pile ?driven|smashed|planted|spear tackled|drilled) (?:[a-z]+ ){0,5}?(?:into|onto|on) (?:the )?(?:cage |hard |concrete |gym )?(?:ground|floor|deck|turf|mat|pitch|concrete|tarmac|ice|boards|canvas)
                    (?:took|taken|got|had|copped|caught) (?:a |one )?(?:[a-z]+ )?(?:massive|huge|big|hard|heavy|nasty|bad|brutal|monster|horrible) (?:tackle|collision|impact|(?:hit|knock|blow|smash)(?= (?:in|at|playing|during) (?:the |a )?(?:rugby|football|footy|hockey|game|match|training|practice|judo|wrestling|mma|bjj|boxing|afl|nfl|league|union|tackle|ruck|scrum|lineout)))
                    (?:drove|driven|smashed|slammed|planted|dumped|threw|drilled|speared) me (?:[a-z]+ )?(?:into|onto) (?:the )?(?:ground|floor|deck|turf|mat|pitch|concrete|tarmac)
                    # several players on top: "two lads landed right on my back", "sandwiched in a tackle"
                    (?:two|three|four|a couple of|several|[2-9]) (?:lads|guys|players|blokes|men|people|of them|of the lads) (?:[a-z]+ )?(?:landed|fell|piled|came down|jumped) (?:right |straight |square |full )?(?:on|onto) (?:top of )?(?:me|my back|my spine)
                    sandwiched (?:in|between) (?:a |the |two )?(?:tackle|players|lads|guys|scrum|ruck)
                    (?:binned it|stacked it|came a cropper|wrecked)[^.?!]{0,40}?landed (?:right |straight |flat |hard |badly |square )?(?:on|onto) (?:my )?(?:back|spine|tailbone|neck|head)
                    # "got tackled in rugby, back hurt bad"
                    (?:got|was|been|getting|get) tackled (?:[a-z]+ ){0,3}?(?:in|at|playing|during) (?:rugby|football|footy|a match|a game|the match|the game|league|training|practice|american football|afl|nfl)
                    # "went into the goalpost hard in a football match"
                    (?:went|ran|crashed|smashed|slammed|flew|collided|bashed|clattered) (?:[a-z]+ )?into (?:the |a )?(?:goal ?posts?|posts?|crossbar|uprights?|hoardings?|barriers?|boards) (?:really |so |very )?(?:hard|at full speed|full speed|at speed|full pelt|back first)
                    # crushed by a heavy load: "a pallet of boxes fell on me"
                    (?:decked|decking|fell|fallen|dropped|came off|come off) (?:out )?(?:from )?(?:about |around |like |maybe |nearly |over )?[0-9]+ ?(?:m|metres|meters|ft|feet|foot)\\b
                    (?:forklift|tractor|quad|atv|car|van|truck|lorry|digger|jeep|motorbike|mower|ride on) (?:[a-z]+ )?(?:tipped|rolled|flipped|overturned|turned over|went over)
                    (?:fell|came down|dropped|fallen|tumbled) (?:a |one |two |a whole |a full |an entire |the whole )?(?:storey|story|floor|flight of stairs)
                    (?:okada|keke|danfo|car|bus|motorbike|motorcycle|bike|truck|lorry|van|taxi|scooter) (?:[a-z]+ )?(?:jam|jammed|hit|knocked|knock|ran over|run over|bashed|struck) me
                    (?:pallet|shelf|shelving|shelves|wall|tree|branch|beam|girder|crate|rack|racking|ceiling|wardrobe|cabinet|bookcase|load|stack|pile|boxes|machine|forklift|car|van|bar|barbell|pipe|slab|door|gate|tv|fridge) (?:[a-z]+ ){0,3}?(?:fell|dropped|collapsed|came down|toppled|landed|tipped|crashed|rolled) (?:on|onto|down on) (?:top of )?(?:me|my)
                    (?:crushed|pinned|trapped|buried|squashed|sandwiched) (?:under|beneath|by|between|against)
                    (?:crushed|flattened|squashed|buried) in (?:a |the )?(?:scrum|ruck|maul|pile ?up)
                    # a collision in sport: "a mate clattered into me at 5-a-side", "checked into the boards", "his knee went straight into my lower back at full speed"
                    (?:knee|elbow|shoulder|head|boot|helmet|hip) (?:[a-z]+ )?(?:went|smashed|slammed|crashed|drove|rammed|ploughed|plowed|drilled) (?:straight |right |full force |hard )?into (?:my |the small of my )?(?:lower |low |upper |mid )?(?:back|spine)
                    (?:clattered|crashed|slammed|smashed|ploughed|plowed|barrelled|barreled|careered|flew|charged) (?:right |straight |full pelt |full speed )?into me
                    (?:he|she|they|player|defender|guy|lad|bloke|back|tackler|prop|forward|winger|keeper|goalie|opponent|fridge|someone|somebody) (?:went|came|ran|clattered|smashed) (?:straight |right |clean )through me
                    (?:bike|cyclist|me|motorbike|scooter|pedestrian|my bike) (?:vs|versus|v) (?:a |the )?(?:car|van|truck|lorry|bus|taxi)
                    (?:smashed|flattened|clattered|hammered|creamed|poleaxed|taken out|wiped out|crunched) (?:in|by) (?:a |the )?(?:huge |big |massive |hard )?(?:[a-z]+ )?(?:tackle|collision|hit|ruck|scrum)
                    (?:went in|collided|clashed|smashed into each other) (?:head on |head to head )?(?:at full (?:pace|speed|tilt)|full pelt)
                    # "got clattered by a striker running full pelt", "big tackle in rugby sat", "clattered from the side", "kneed me hard in the lower back"
                    (?:clattered|tackled|smashed|flattened|taken out|cleaned out|hit|blindsided) (?:from the side|from behind|side on|late)
                    (?:kneed|elbowed|kicked|booted|speared|drove|drilled) (?:me )?(?:really |so |very |super )?(?:hard|full force|at full speed|full pelt) (?:in|into|on) (?:the |my )(?:small of (?:my |the )?)?(?:lower |low |mid |upper )?(?:back|spine)
                    (?:tackled|clattered|flattened|smashed|hit|taken out|wiped out|cleaned out|crunched) by (?:a |the |an |some )?(?:[a-z]+ ){0,3}?(?:at )?(?:full pelt|full speed|full tilt|full pace|full force|flat out)
                    (?:big|massive|huge|hard|heavy|nasty|bad|brutal|monster|horrible|proper|full on|head on) (?:tackle|collision)(?= in| at| playing| during| on| yesterday| last| sat| saturday| sunday|,|$)
                    (?:rugby|football|hockey|league|union) tackle(?= on| in| at| playing| yesterday| last| sat| saturday| sunday| today| tonight|,|$)
                    had a head ?on|head ?on (?:crash|collision|smash|with)|airbags? (?:went off|deployed|came out|blew|went)
                    (?:in a|a|the) (?:car )?roll ?over(?! (?:in bed|onto))|(?:car|van|truck|lorry|bus|taxi|driver) (?:[a-z]+ )?clipped me
                    (?:fell|fallen|dropped|came off|come off) (?:[a-z]+ ){0,6}?(?:like|about|around|maybe|over|nearly|almost) [2-9] ?m\\b|(?:fell|fallen) off (?:a |the )?loading (?:dock|bay)
                    (?:skiing|ski|snowboard(?:ing)?|mtb|mountain bike|bmx|motorbike|dirt bike|horse riding) (?:wipe ?out|crash|accident)|slipped (?:off|from) (?:the |a |my |her |his )?(?:step ?ladder|ladder|roof|scaffold[a-z]*|balcony)|(?:went|flew|tumbled|cartwheeled) head over heels
                    (?:took|had) a (?:[a-z]+ )?(?:tumble|fall|spill) (?:off|from) (?:the |a |my )?(?:[a-z]+ ){0,2}?(?:roof|ladder|balcony|scaffold[a-z]*|wall|tree|horse|bike|motorbike|loft|stairs)
                    (?:took|take|taking) (?:the )?(?:full |whole |brunt of the )?(?:impact|force|brunt) (?:on|with|of it on) my (?:lower |low )?(?:back|spine)
                    (?:got|was|been|get|getting) (?:taken out|clattered|flattened|cleaned out|wiped out|decked|sandwiched|levelled|leveled|creamed|poleaxed) by (?:a |the |an |some |this |one )?(?:[a-z]+ )?(?:lad|guy|bloke|player|defender|keeper|goalie|man|fella|forward|prop|winger|tackle|challenge|opponent|kid)
                    # "got clattered in football today", "got flattened at rugby"
                    (?:got|was|been|getting|get) (?:absolutely |properly |totally |completely )?(?:clattered|flattened|taken out|cleaned out|creamed|poleaxed|decked|levelled|leveled|steamrolled|blindsided|sandwiched) (?:[a-z]+ ){0,2}?(?:in|at|playing|during) (?:rugby|football|footy|a match|a game|the match|the game|league|training|practice|hockey|american football|afl|nfl|the scrum|a tackle)
                    # off the top of something: "fell off the top of the ramp and landed flat on my back"
                    (?:fell|fallen|came|come|flew|dropped|tumbled) off (?:the )?(?:very )?top of (?:the |a |my )?(?:[a-z]+ ){0,2}?(?:ramp|half ?pipe|wall|ladder|stairs|slide|climbing frame|bunk|frame|bouldering wall|boulder|rock|cliff|shed|van|truck|lorry|car|stack|scaffold[a-z]*)
                    (?:stacked|binned|crashed|wrapped) (?:my |the )?(?:mtb|bike|mountain bike|motorbike|quad|scooter) (?:[a-z]+ ){0,2}?(?:into|on|round|around) (?:a |the )?(?:tree|wall|rock|car|post|fence)
                    # players landing on top: "got tackled and two of them landed on me"
                    (?:two|three|four|a few|several|both|all|a couple|half) of (?:them|the (?:[a-z]+ )?(?:team|pack|forwards|players|lads|guys)) (?:[a-z]+ )?(?:landed|fell|piled|came down|jumped) (?:on|onto) (?:top of )?me
                    (?:tackled|tackle|scrum|ruck|maul|pile ?up)[^.?!]{0,40}?(?:landed|fell|piled|came down) (?:on|onto) (?:top of )?me
                    (?:folded|bent|snapped|crushed) in half (?:by|in|during|under)
                    (?:got|was|been|getting) (?:folded|bent|snapped|crushed) in half|(?:scrum|ruck|maul) (?:[a-z]+ )?collapsed
                    # "went off the side and onto the patio from a height", "fell off from high"
                    (?:fell|fallen|dropped|came off|come off|thrown|jumped) (?:off |down )?from (?:very |so |really |quite |too )?high\\b
                    (?:landed|fell|went|came|dropped|thrown|flew|tumbled|crashed) (?:[a-z]+,? ){0,8}?from (?:a |quite a |a fair |a big |a great |some )?height
                    (?:landed|came down|fell) (?:[a-z]+ ){0,3}?on (?:my|the) (?:back|spine|head|neck) (?:[a-z]+ ){0,4}?from (?:pretty |quite |really |so |very )?(?:high|high up|a height)
                    (?:had to be |was |got )(?:helped|carried|stretchered) off(?: the (?:pitch|field|court|ice|mat))?(?= with my back| holding my back|,|$| and)
                    (?:checked|check|slammed|smashed|hit|thrown|driven|crashed|went|flew) (?:[a-z]+ )?into the boards|boarded from behind|(?:got |was )boarded (?:[a-z]+ ){0,2}?(?:hard|from behind|badly)
                    """).unlessNear(words("felt (?:like )?(?:[a-z]+ ){0,2}?hit by a (?:truck|bus|train|lorry)|(?:like|as if|as though) (?:[a-z]+ ){0,3}?(?:hit|run over|knocked down|flattened|steamrolled|mowed down) by (?:a |an |the )?(?:truck|bus|train|lorry|steamroller|tractor|tank|freight train|juggernaut)|jokingly|(?:dog|cat|puppy|kitten|great dane|labrador|spaniel|greyhound|pet)s? (?:[a-z]+ ){0,3}?(?:hit by|run over)|(?:fell|fallen|stepped|slipped) off (?:a |the )?(?:kerb|curb)\\b|(?:in|on|playing) (?:gran turismo|mario kart|forza|fifa|a video game|the playstation|the xbox|the ps5|a simulator|sim racing)|gaming chair|paintball[a-z]*|airsoft|nerf|laser tag|laser quest|(?:toddler|baby|kid|child|son|daughter|grandson|granddaughter|dog|puppy|cat)s? (?:jump|jumped|jumping|climbed|climbing|bounced|bouncing|landed|landing) (?:on|onto) (?:me|my)|(?:looked|look|looks|seemed) like i (?:was|d been|had been|were)|(?:grandson|granddaughter|grandkids?|grandchild(?:ren)?|toddler|kids?|child|little one|dog|puppy) (?:[a-z]+ )?(?:barrell?ed|ran|crashed|charged|bumped|jumped) into me|savings|pension|investments?|portfolio|shares|stocks?|the market|crypto|bitcoin|prices?|sales|grades|ratings|with (?:a )?(?:big |loud |huge |massive |almighty |great )?(?:crash|bang|clatter)|(?:watched|saw|witnessed|seen) (?:a |the )?(?:[a-z]+ )?(?:crash|accident|fall)|(?:bus|train|tram) step|(?:exercise|spin|stationary|static|gym) bike"
                    // a gadget's alert: "my apple watch said hard fall detected when i dropped onto the bench"
                    + "|fall detect[a-z]*"
                    // a fall from the first rung is a minor fall (osteoporosis-fall weighs it)
                    + "|(?:only|just) a (?:small|little|short|minor|tiny) (?:fall|drop)|(?:bottom|first|lowest|last|final) (?:one |two |three |few |couple of |[0-9] )?(?:rungs?|steps?|stairs?)|bottom (?:rung |step )?of the (?:ladder|steps|step ?ladder)|(?:only |just )?(?:like |about )?(?:one|two|three|a couple of|[1-3]) rungs?"
                    + "|(?:a |one |two |three |a couple of |couple of |a few |few )(?:steps|stairs)|no (?:pain|problems|issues) since|(?:back|spine) (?:was not|wasnt|wasn t|didnt get|never got|was never) (?:hurt|injured)"
                    + "|didnt hurt (?:my )?back|(?:twisted|sprained|rolled|broke) (?:my |her |his |their )?(?:ankle|wrist|knee|arm|hip)|last (?:summer|winter|spring|autumn)"
                    + "|(?:wasnt|was not|werent|not) (?:even )?going (?:fast|quick|quickly)|(?<!crossing the road )(?<!crossing the street )(?<!on foot )(?:at )?(?:low|slow|walking) (?:speed|pace)"
                    // a crash someone watched, read or heard about: "watched a documentary about a motorbike crash"
                    + "|(?:documentary|film|movie|show|series|episode|video|clip|podcast|article|news story|story|book|reel|tiktok|programme|program)"
                    + " (?:about|on|of|showing|where|with) (?:[a-z]+ ){0,4}?(?:crash|accident|fall|collision|wreck)|on (?:tv|the news|youtube|telly)|in a (?:film|movie)|in (?:the |a |my )?video game|in (?:the |a |my )?game(?=(?: [a-z]+){0,3} (?:lol|haha|online)\\b|,? (?:not real|obviously|lol))|gaming|playstation|xbox|gta|forza|mario ?kart|sim racing|simulator|(?<!\\bi )(?:was|is|its|been) (?:a |an )(?:absolute |total |complete |bit of a |right )?(?:car crash|train wreck)(?! victim)|(?:hit|struck|smacked|whacked) (?:in the back |on the back )?(?:with|by) (?:a |the )?(?:foot|rugby|basket|tennis|cricket|golf|soccer|beach|netball|dodge)?ball|(?:foam|soft|sponge|nerf|inflatable|blow up) (?:[a-z]+ ){0,2}?(?:ball|noodle|sword|bat|toy)|pool noodle|mosh ?pit|moshing|(?:feels?|felt|feeling) like (?:its|it has|it s|ive|i have|i|im|i am) (?:been |being )?(?:folded|bent|snapped) in half|dodge ?ball|(?:^|, )like a (?:truck|bus|train|lorry|steamroller|tractor) (?:hit|ran over) me|(?:feel|feels|felt|feeling|ache|aches|ached|aching|achy|hurt|hurts|sore) like (?:[a-z]+ ){0,6}?(?:hit|run over|a truck|a bus|a train|crash|car crash|accident|trampled|beaten up|kicked)|off the back of a lorry|(?:scared|afraid|worried|fear|terrified|nervous) (?:of|about|that) (?:[a-z]+ ){0,3}?"
                    + "(?:fall|falling|falls|crash|crashing|crashes|getting|being|an?)|(?:avoid|prevent)[a-z]* (?:[a-z]+ ){0,2}?"
                    + "(?:falls?|falling|crash[a-z]*|accidents?)"
                    // a thing that fell on someone lying down: "my phone fell off the shelf onto my back, tiny bruise"
                    + "|(?:bar|barbell|weights?|plates?|dumbbells?) (?:[a-z]+ ){0,3}?(?:with )?(?:a )?(?:massive |huge |big |loud )?(?:crash|bang)|jumped out of my skin|car crash of a (?:week|day|month|year|term|exam)|crashed (?:hard |out |early )?(?:after|on the (?:sofa|couch)|in bed|into bed|asleep|out)|slept|sleep|nap|napped|(?:about |at )?[0-5] ?(?:mph|kmh|km h)|clip(?:ping)? out|bruised ego|(?:nearly|almost) (?:dropped|fell|landed|came off)"
                    + "|(?:like|as if) (?:i |ive |id )?(?:got |been |was |d been )?(?:hit|run over) by a (?:[a-z]+ ){0,2}?(?:bus|truck|train|lorry|tractor|steamroller)"
                    + "|(?:my |a |the )?(?:phone|book|remote|bottle|water bottle|shoe|ball|cup|mug|pillow|toy|cat|kitten|mirror|picture|frame|clock|poster|sign|shelf|plate|glass) (?:(?:at|in|on) (?:the |my )?[a-z]+ )?(?:fell|dropped|slipped|rolled|came) (?:off|out of|from)|tiny bruise"
                    // a bump, not a crash: "reversed into us in the car park, barely a tap"
                    + "|nobody (?:was )?hurt|no one (?:was )?hurt|noone (?:was )?hurt|outside the gym|on the road outside"
                    // somebody else's crash on the way: "a car crash on the m25 made me an hour late"
                    + "|(?<!\\bin (?:a |an |the )?(?:car |bad |big |minor |small )?)(?:crash|accident|pile ?up|collision) (?:[a-z0-9]+ ){0,4}?(?:made|making|left|kept) (?:me|us) (?:[a-z]+ ){0,2}?late|stuck in (?:the )?traffic|tailback|diversion"
                    + "|barely a (?:tap|bump|touch|nudge|scrape)|(?:just|only) a (?:tap|nudge|scrape)|(?:didnt|did not|not) even (?:mark|dent|scratch)|no pain anywhere"
                    // a figure of speech: "crushed by exams this month"
                    + "|crushed by (?:the |my |all (?:the |my )?)?(?:exams?|work|deadlines?|stress|life|revision|uni|school|workload|bills|debt|grief|week|month|news|results)"
                    // gym talk: "got absolutely crushed by leg day"
                    + "|crushed by (?:the |my |that |todays |this )?(?:leg day|legs day|workout|session|class|training|squats|spin class|pt|trainer|programme|program|wod|hiit)"
                    // not the real thing: "like ive been kicked by a horse (not literally)"
                    + "|not literally|figurative[a-z]*|metaphorical[a-z]*")).ordinaryWhen(facts -> (facts.backIsWell() && !facts.wellOnTheirWord()) || facts.traumaCleared()),

            rule("chest-pain", EMERGENCY, LONG_AGO_OR_SETTLED, """
                    # "this tight band round my chest"
                    (?:tight |heavy |squeezing |crushing )?band (?:round|around|across) (?:my |the |his |her |their )?chest
                    # "feeling of squeeze in the chest", "heart side pain"
                    (?:feeling|sensation) of (?:a )?(?:[a-z]+ )?(?:squeeze|squeezing|pressure|tightness|heaviness|crushing|weight|band|vice|vise) (?:in|across|on|around) (?:my |the )?chest
                    (?:heart|left chest) side (?:[a-z]+ )?(?:pain|hurts?|hurting|ache|aching|tight)
                    # eased by rest is how heart pain behaves: "pain in the middle of my chest that spreads into my back and left arm, it goes off when i stop"
                    (?:pain|pressure|tightness|ache|heaviness|squeezing) (?:in|on|across) (?:the (?:middle of )?(?:my )?|my )?chest (?:[a-z]+,? ){0,12}?(?:goes|went|eases|eased|settles|settled|wears|wore|stops|stopped)(?: off| away| down)? (?:when|once|after|as soon as|if) (?:i )?(?:stop|stopped|rest|rested|resting|sit down|sat down|a rest)
                    # not the furniture: "my chest of drawers is too heavy"
                    chest(?! of drawers| freezer) .. (?:pain|pains|hurts?|hurting|tight|tightness|tightening|pressure|heavy|heaviness|crushing|squeez[a-z]*|burning|ache|aches|aching|discomfort|feels? funny|feels? weird)
                    (?:pain|pains|tightness|pressure|heaviness|ache|aching|discomfort|squeezing|crushing|burning) (?:[a-z]+ )?(?:in|across|on|around|through|into) (?:my |the |his |her |their )?chest
                    (?:pain|pressure|tight[a-z]*|ache|aching|crushing) .. (?:breast ?bone|sternum)|(?:breast ?bone|sternum) .. (?:pain|hurts|ache|aching|tight)
                    (?:tight|heavy|crushing|squeezing|pressing|weird|funny|strange|burning) (?:[a-z]+ ){0,2}?(?:feeling|sensation) (?:in|across|on|around|through) (?:my |the |his |her |their )?chest
                    tight chest|chest tightness|heart attack|(?:pain|ache|aching) in my heart|heart (?:pain|hurts)
                    chest(?! of drawers| freezer) ... (?:squeez[a-z]*|crush[a-z]*|pressure|tight[a-z]*|heavy|heaviness|vice|vise)
                    # the chest described first: "a tight crushing chest", "heavy squeezing chest" (not "heavy chest day")
                    (?:tight|crushing|squeezing|heavy|pressing|painful|burning|aching)(?:,? (?:and )?(?:tight|crushing|squeezing|heavy|pressing|painful|burning|aching))? chest(?! (?:day|press|presses|fly|flys|flyes|flies|workout|session|muscles?|and (?:back|tris|triceps|shoulders?|bis|biceps) day))
                    (?:back|shoulder blades?|spine|pain|ache) .. (?:going|goes|went|spreading|spreads|radiat[a-z]*|shoot[a-z]*|moving|moves|travel[a-z]*|wrapping|wraps) (?:[a-z]+ )?(?:into|to|through|through to|round to|around to|towards) (?:my |the |his |her |their )?(?:chest|left arm|jaw)
                    (?:elephant|weight|something heavy|a brick|a band|a vice|a vise|someone|someones|somebody|somebodys) (?:[a-z]+ ){0,3}?(?:on|around|across|crushing|squeezing|sitting on|standing on) (?:my |me )?chest
                    # "like a band squeezing", "a stab in my chest"
                    like (?:a |an )?(?:tight )?(?:band|belt|strap|vice|vise|rope) (?:[a-z]+ )?(?:squeez[a-z]*|tighten[a-z]*|crush[a-z]*|around|round)(?! (?:[a-z]+ )?(?:my |the |his |her )?(?:head|forehead|temples?|skull|knee|wrist|arm|ankle|thigh|calf|waist))
                    (?:stab|stabs|stabbing|jab|jabs|sharp pain|knife) (?:[a-z]+ )?(?:in|into|through|across) (?:my |the |his |her )?chest
                    chest (?:feels?|felt|is) (?:[a-z]+ )?like (?:an? |someone |somebody |something )(?:[a-z]+ ){0,4}?(?:sitting|standing|pressing|squeezing|crushing|on it|in a vice)
                    # back and chest named together: "tearing pain in my back and chest", "chest and back pain", "upper back pain, left arm and chest"
                    (?:back ?(?:pain|ache)|back hurts?),? (?:[a-z]+ ){0,2}?(?:left arm|jaw|arm) (?:and|,|\\+) (?:my |the )?chest
                    (?:pain|pains|ache|aching|tightness|pressure|agony|hurts?|hurting) (?:[a-z]+ ){0,2}?(?:in|across|through|between) (?:my |the )?(?:[a-z]+ )?(?:back|spine|shoulder blades) (?:and|\\+|plus|into|to) (?:my |the )?chest
                    (?:pain|ache|aching|tightness|pressure) (?:[a-z]+ ){0,4}?(?:back|spine) and (?:across|in|into|through|on) (?:my |the )?chest
                    chest (?:and|\\+|plus) (?:my |the )?(?:[a-z]+ )?back (?:pain|pains|ache|aching|hurts?|hurting|tightness|agony)
                    (?:tearing|ripping|torn|ripped) (?:[a-z]+ ){0,2}?(?:pain|sensation|feeling|agony) (?:[a-z]+ ){0,10}?(?:chest|shoulder blades|through to my back|through my back)
                    # a tearing back pain with faintness: "sudden tearing pain in my back and i feel faint"
                    (?:tearing|ripping) (?:[a-z]+ ){0,2}?(?:pain|sensation|feeling|agony) (?:[a-z]+ ){0,8}?(?:faint|fainted|passing out|pass out|passed out|collapse|collapsed|clammy)
                    """).unlessNear(Pattern.compile(
                    // sore pecs after bench or chest day are ordinary; tightness, pressure, sweating or a sudden onset are not
                    // (tight after bench is ordinary; tight since this morning, or "is it from bench?", is not)
                    "^(?!.*\\b(?:pressure|crushing|squeez[a-z]*|heavy|heaviness|sweat[a-z]*|clammy|sick|nause[a-z]*"
                    + "|breath[a-z]*|arm|jaw|tearing|ripping|sudden[a-z]*|since (?:this morning|last night|an hour|[a-z]+ hours?)"
                    + "|(?:is|could|can) (?:it|this|that) (?:just |only )?(?:be )?(?:(?:a |an )?(?:[a-z]+ ){0,3}?(?:from|because of|due to))"
                    // asked whether it is only a muscle: "chest pain and back pain together, is it a muscle?"
                    + "|(?:is|could|can|might) (?:it|this|that) (?:just |only )?(?:be )?(?:a |an )?(?:pulled )?(?:muscle|muscular|strain))\\b).*\\b(?:sore|soreness|doms|pecs?|pectorals?|bench[a-z]*"
                    + "|push ?ups?|press ?ups?|flys?|flyes|dips|stretch[a-z]*|muscles?|muscular|chest day"
                    // a cold or a cough: "my chest gets tight when i have a cold"
                    + "|a cold|colds|cough|coughing|flu|chest infection|cold air|asthma|inhaler|hay ?fever|allergies|anxious|anxiety|panic|stressed|heartburn|indigestion"
                    // the chest as a muscle group trained: "is doing only arms and chest useful for back pain?"
                    + "|(?:arms?|shoulders?|tris|triceps|bis|biceps|legs) (?:and|or) chest|chest (?:and|or) (?:arms?|shoulders?|tris|triceps|bis|biceps|legs))\\b"
                    // the bar resting on it: "pressure in my chest during bench, the bar was literally on my chest"
                    + "|\\bthe bar (?:[a-z]+ ){0,3}?(?:on|across|resting on|sitting on|pinned|pinning) (?:me|my chest)\\b"
                    // a fright: "nearly gave me a heart attack lol"
                    + "|\\b(?:nearly|almost|practically|near enough) (?:gave|give|giving|had|having) (?:me |him |her |us )?(?:a )?heart attack"
                    // a broken heart, or a sign on the wall: "stabbing pain in my heart when i saw my ex, emotionally", "a chest pain sign"
                    + "|\\bthought (?:i was|i d been|id been|i had been) having a heart attack|\\bturned out to be (?:a )?(?:panic|anxiety)"
                    + "|\\b(?:emotionally|heartbreak|heartbroken|my ex|(?:sign|poster|notice) on the wall|(?:which|that) (?:ive|i have|i) never had)\\b")),

            rule("breathlessness", EMERGENCY, LONG_AGO_OR_SETTLED, """
                    # "i keep having to stop for breath on the stairs"
                    (?:stop|stopping|pause|pausing) for (?:breath|air) (?:on|going up|climbing|halfway up) (?:the )?stairs
                    (?:stop|stopping|pause|pausing) for (?:breath|air) (?:[a-z]+ ){0,2}?(?:walking|getting to|to get to|going to)
                    # "wheezing and out of breath"
                    wheez[a-z]* (?:and |, ?)?(?:[a-z]+ )?(?:out of breath|breathless|short of breath|puffed out|winded)|(?:out of breath|breathless|short of breath|puffed out) (?:and |, ?)wheez[a-z]*
                    # "catching my breath just talking"
                    (?:catching|catch|out of) (?:my |his |her )?breath (?:just )?(?:talking|sitting|sitting still|walking to|lying)
                    (?:difficult|difficulty|hard|trouble|problem|problems|struggle|struggling) (?:for |to |with |in )?(?:breathe|breathing|breath)(?! (?:through|out through|in through|into|during (?:the |my )?(?:lift|squat|set|rep)))
                    (?:more|very|really|so) breathless (?:than usual|than normal|even|at rest|sitting)
                    short(?:ness)? (?:of|o) breath|short of breathe
                    # second-language word order: "breath short", "my breath is short"
                    (?:my |his |her )?breath (?:is |very |so |too |getting |become |becomes )*short(?! (?:rest|break|pause|sets?|intervals?))
                    (?:breathing|breathes|breathe) (?:very |really |so |too )?(?:fast|quickly|rapidly|heavily|hard)(?= and| now|,|$)|(?:fast|rapid|quick) breathing
                    {cant} (?:[a-z]+ )?(?:catch (?:my |his |her |their )?breath|breathe|breath|breathing|get (?:my |a |enough |a full |a proper |a deep |any )?(?:breath|air)|take a (?:deep |full |proper )?breath)
                    breathless[a-z]*|gasping|struggling for (?:breath|air)|fighting for (?:breath|air)
                    # "i feel no air", as a second language puts it
                    (?:feel|have|got|get|getting) no (?:air|breath)\\b
                    (?:breathing|breath) (?:is |feels |has been |was )?(?:really |very |so |quite |a bit |super )?(?:difficult|hard|laboured|labored|painful|shallow|tight|restricted)
                    (?:breathing|breathing in|breathing out|inhaling|deep breaths?|taking a breath) (?:hurts|is painful|is sore|kills|is agony)
                    (?:every|each) (?:breath|breathe) (?:in |out )?(?:is|feels like) (?:a |such a |an )?(?:struggle|effort|fight|battle)
                    hurts to breathe|hurts to (?:take a (?:deep |full |big )?breath|breathe in|inhale)|short of air|(?:cant|can t) get (?:my )?breath|(?:pain|hurts|painful) (?:[a-z]+ ){0,4}?(?:when|whenever|every time) (?:i )?(?:breathe|breath|take a (?:deep )?breath|inhale)
                    (?:out of (?:breath|puff)|puffed out|winded|breathless|puffing and panting|panting|puffing) .. (?:at rest|resting|sitting|lying|doing nothing|all the time|talking|for no reason|no reason|just sitting|walking slowly|walking (?:to|round|around|across) (?:the )?[a-z]+)
                    (?:suddenly|sudden|new) (?:[a-z]+ )?(?:short of breath|out of breath|breathless[a-z]*|winded)
                    # puffed by next to nothing: "out of breath just walking to the kitchen", "breathless so easily now"
                    (?:out of (?:breath|puff)|puffed out|puffed|winded|breathless|short of breath|puffing and panting|puffing|panting) (?:[a-z]+ ){0,2}?(?:just|even|only|simply) (?:from |by |when |while )?(?:[a-z]+ )?(?:walking|walk|talking|standing|standing up|getting up|getting dressed|showering|sitting|lying|going to the|climbing|going up|doing the stairs|moving)
                    (?:out of (?:breath|puff)|puffed out|puffed|winded|breathless) (?:[a-z]+ ){0,2}?(?:climbing|going up|walking up|doing) (?:one|a single|a|the first|half a) (?:flight|set) of stairs
                    (?:out of (?:breath|puff)|puffed out|winded|breathless) (?:so |really |very |too )?(?:easily|quickly)(?= now| lately| these days| recently| since|,|$)
                    (?:{cant}|dont|cant) (?:get|take in) enough air|struggling to get air|gasping for (?:air|breath)|(?:air|breath) hunger
                    """).unlessNear(Pattern.compile(
                    // puffed after a run or a sprint, or "I'm unfit", is ordinary, unless it is new, sudden or at rest
                    "^(?!.*\\b(?:new|sudden|suddenly|worse|worsening|rest|resting|sitting|lying|nothing|talking"
                    + "|since(?! i was (?:a )?(?:kid|child|teenager|baby)| childhood)|anymore|stairs|walking|racing|pounding|hasnt settled|wont settle|not settling|not settled)\\b)(?!.*\\bchest\\b(?<!no chest)(?<!on my chest))(?!.*\\b(?<!no )chest (?:pain|tight))"
                    + ".*\\b(?:unfit|out of shape|fitness|cardio|workouts?|during (?:my |a |the )?(?:[a-z]+ )?(?:sets?|session|training|class)|(?:not|wasnt|werent|isnt) used to (?:it|exercise|exercising|the class|training)|run|runs|running|jog[a-z]*"
                    + "|sprints?|sprinting|hiit|rower|rowing|burpees|circuits?|spin|metcons?|wods?|crossfit|amrap|emom|conditioning|laugh[a-z]*|giggl[a-z]*|excite[a-z]*"
                    + "|stair ?master|stepper|step ?mill|elliptical|cross ?trainer|assault bike|air bike"
                    // known asthma: "breathless doing my exercises because i have asthma, well controlled"
                    + "|asthma[a-z]*|inhaler|overweight|always (?:have|had|has|been))\\b")),

            // ---------------------------------------------------------------- URGENT
            rule("fever", URGENT, LONG_AGO_OR_SETTLED, """
                    # "back pain, temp, shaking. 3 days."
                    (?:back pain|backache|back ache|bad back),? (?:a )?(?:temp|temperature|fever|high temp),? (?:and )?(?:shaking|shivering|chills|sweats|shivers)
                    nightsweats?|night ?sweating
                    # "every day im hot then freezing"
                    (?:hot|boiling|burning up|sweating) (?:[a-z]+ ){0,2}?(?:then|and then|but then) (?:[a-z]+ )?(?:freezing|cold|shivering|shivery)
                    # "im freezing cold but hot"
                    (?:freezing|cold|shivering) (?:[a-z]+ ){0,2}?(?:but|and|then|yet) (?:also |really |so )?(?:hot|boiling|burning up|sweating|sweaty)
                    # "drenched sheets nightly"
                    (?:drenched|soaked|soaking|drenching) (?:the |my |his |her )?sheets|sheets (?:are |were |get |got )?(?:drenched|soaked|soaking)
                    fe[ae]?ve?r[a-z]*|fiever[a-z]*|fevor[a-z]*|fevar[a-z]*|feavor[a-z]*
                    shiver (?:and|&) hot|hot (?:and|&) shiver
                    febrile|chills|chils|shivers|shivery|shivering|rigors|night sweat[a-z]*|running hot|temp(?:erature)? (?:keeps |is |has been |keeps on )?spik[a-z]*
                    temp(?:erature)? (?:is |s |has been |keeps )?(?:going )?(?:up|high|raised|through the roof)|cold sweats?|hot and cold|hot then cold
                    temp(?:erature)?s? (?:has |have |s |keeps? |been |has been |have been )*(?:going )?up and down
                    (?:running|got|have|had|with|has|developed|spiked|spiking|getting) (?:a )?(?:high |slight |mild |raised |bit of a )?temp(?:e?r[ae]?ture)?s?
                    high temp(?:e?r[ae]?ture)?s?
                    (?:and|with|plus) (?:a )?(?:high |raised |slight |bit of a )?temperature(?! (?:of the|in the|outside|drop|change|control|of (?:the )?(?:room|gym|water|pool|bath)))
                    temp(?:e?r[ae]?ture)?s? (?:of|is|was|has been|reading|at|hit|hitting|up to) .. [0-9]+
                    (?:3[89]|40)[0-9]? ?(?:c|degrees? c|degrees? celsius|celsius)|10[0-4][0-9]? ?(?:f|degrees? f|fahrenheit)
                    # "38.5 temp" (the point is dropped), "temp of 39"
                    (?:3[89]|40|10[0-4])[0-9]? ?(?:c |f |degrees? )?(?:temp|temperature|fever)
                    temp(?:erature)?s? (?:of |is |was |at |reading |hit |hitting |up to |around )?(?:3[89]|40|10[0-4])[0-9]?\\b
                    flu ?like|fluey|flu symptoms|(?:hot|sweaty) and (?:shivery|shaky|clammy)|clammy and (?:hot|shivery)|teeth (?:are )?chattering
                    sweat(?:ing|s)? (?:buckets|like mad|profusely) .. (?:night|bed|sleep)
                    (?:got|have|feel like i have|feel like ive got|coming down with|caught) (?:the |a )?(?:flu|fever)(?! (?:jab|vaccine|vaccination|shot|injection))(?!,? (?:but |with )?(?:no|without (?:a |any )?) ?(?:fever|temp|temperature))
                    (?:kidney|spinal|spine|bone|disc|disk|urine|urinary|bladder|water) infection|utis?|pyelonephritis|discitis|osteomyelitis|(?:epidural|spinal|spine|back) abscess|sepsis
                    (?:temps|temperatures) (?:of|over|above|around)
                    (?:sweats|sweating|sweaty|drenched|soaked|soaking) .. (?:at night|in the night|in bed|overnight|every night|during the night|at nite)
                    (?:wake|woke|waking|wakes) up .. (?:sweating|drenched|soaked|soaking|in a sweat|sweaty|wet with sweat)
                    burning up|feel(?:ing)? (?:hot|cold) and (?:cold|hot)
                    (?:thermometer|temp|temperature) (?:said|says|showed|shows|read|reads|was|is|at|of) (?:[a-z]+ )?(?:3[89]|40)[0-9]?\\b
                    (?:getting|having|had|got|get) (?:the |these |night |cold )?sweats
                    # "last 3 nights ive woken up drenched, had to change the sheets"
                    (?:woke|woken|wake|waking|wakes) (?:up )?(?:drenched|soaked|soaking|wet through|dripping)(?! (?:in|with|from|by) (?:the |a )?(?:rain|dog|baby|milk|coffee|tea|water|drink|bottle|sprinkler|leak|roof))
                    sweating (?:thru|through) (?:my |the )?(?:pjs|pyjamas|pajamas|sheets|nightie|clothes)
                    # night sweats told by the bedding: "sheets soaked every morning, pyjamas too"
                    (?:sheets|pyjamas|pajamas|pjs|nightie|nightdress|pillow|pillows) (?:are |were |is |was |get |got |keep getting )?(?:soaked|drenched|soaking|wet through|dripping)(?! (?:with|in|from) (?:pee|wee|urine))
                    (?:have|got|with|fighting|developed|picked up) (?:an |some )?infection(?! in my (?:finger|toe|eye|ear|tooth|nail))
                    """).unlessNear(words("booster|skipped (?:lunch|breakfast|dinner|a meal|meals)|low (?:blood )?sugar|hypo|(?:hadnt|had not|didnt|did not) eat(?:en)?(?: anything| all day| since)?|(?:after|had) a snack|nightmare|bad dream|(?:only|just) (?:the )?once(?=,|\\s*$| thankfully| luckily| though| tho| lol)|a one off|(?:covid|flu) (?:jab|shot|vaccine)|vaccin[a-z]*|gave me (?:the )?chills (?:how|when|watching|listening|hearing|seeing)|chills (?:how|of) (?:good|great|amazing)|muscle fever|muscular fever|febra musculara|muskelkater|spicy|curry|chill?i|hot food|(?:temperature|temp) (?:has been |is |s |been |was )?(?:back to |always |completely )?normal|normal (?:temperature|temp)|horror (?:films?|movies?)|scary (?:films?|movies?)|concerts?|gigs?|festival|goosebumps|ice bath|cold water|cold plunge|cold shower|cold bath|swim[a-z]*|outside|weather|heat ?wave|sauna|hot yoga|bikram"
                    // measured normal: "thought i had a fever but the thermometer said 36.8" (read "368")
                    + "|(?:thermometer|temp|temperature) (?:said|says|showed|shows|read|reads|was|is|only) (?:only |just )?(?:3[5-7][0-9]?|9[5-8][0-9]?)\\b"
                    + "|rain|raining|rained|rainstorm|downpour|until i warmed up|once i warmed up|drizzle|minus [0-9]+|forgot my (?:coat|jacket)|without (?:a |my )?(?:coat|jacket)|bus stop|[0-9]+ degrees? water"
                    // a cold room: "the aircon in my gym is freezing, literally got chills"
                    + "|air ?con|air conditioning|aircon|(?:gym|room|office|house|studio|hall) (?:is|was) (?:freezing|so cold|really cold|ice cold)"
                    + "|heating|too hot|hot room|(?:flat|house|room|bedroom|apartment|place)s? (?:(?:is|was|gets|s) )?(?:so |really |too |always )?(?:boiling|roasting|sweltering|stuffy|like an oven|like a sauna)|(?:thick|heavy|winter|warm|hot|high tog) duvet|(?:hot|sweaty|warm|sweating) (?:under|in) (?:the |my )?duvet|the heat|summer|in my (?:shoes|boots|socks)|(?:feet|hands|palms) (?:get |are )?(?:cold )?sweat[a-z]*"
                    + "|hay ?fever|sweat(?:ing|ed)? (?:over|about|on) (?:my |the |a |an |his |her )?(?!night|bed|sleep)[a-z]+|sweaty (?:and (?:shaky|tired|red|out of breath) )?(?:legs |arms |hands )?(?:after|from|during) (?:a |the |my )?(?:[a-z]+ ){0,2}?(?:ride|run|workout|session|class|walk|hike|game|match|spin|training|gym)|chills (?:running |going )?(?:up|down) (?:my |his |her )?spine|(?:get|got|gets|getting|give me|gives me|gave me) (?:the )?chills when|butterflies|nervous|nerves|chills (?:watching|listening|hearing|reading)|(?:showers?|water|pool|sea|it) (?:was|were|is) (?:freezing|ice cold|so cold)|chills (?:from|down (?:my|his|her) spine|when (?:i|he|she|we|they) (?:hear|listen|watch)[a-z]*)|chills (?:when|as|after) (?:i |we )?(?:hit|got|saw|did|finished|locked|pulled|smashed|set|won)\\b|what a feeling|goosebumps|music|song"
                    // fever as a figure of speech: "a real fever for fitness", "fever pitch", "cabin fever"
                    + "|(?:feverish|fever) (?:with|from|of) (?:excitement|anticipation|nerves|enthusiasm|motivation|inspiration|energy)|fever for (?!(?:[0-9]+|a|an|one|two|three|four|five|six|seven|few|several|couple|the|days|weeks|hours|nights|ages|over|about|almost|nearly|since|most)\\b)|fever (?:pitch|dream|tree)|fever (?:[a-z]+ )?class|(?:cabin|spring|gym|football|basketball|soccer|rugby|cricket|world cup|saturday night|disco|olympic|lifting|training|fitness|gold|election|bieber) fever"))
                    .ordinaryWhen(facts -> facts.chilledByTheRoom() || facts.sweatsOfTheMenopause() || facts.sweatsOfAHotRoom() || facts.feverOver()),

            rule("weight-loss", URGENT, LONG_AGO_OR_SETTLED, """
                    # "not trying to lose weight but i have, about 6 kilos since the summer"
                    (?:not|never|wasnt|werent|im not|i wasnt) trying to lose (?:weight|any)(?: weight)?,? but (?:i have|ive|i did|she has|he has|it is|its happening|it keeps|im still|i still|i am)
                    # "belt is on last hole now, no diet no sport"
                    belt (?:is |s )?(?:now )?(?:on|at|down to) (?:the |its |my )?(?:last|tightest|smallest|final) (?:hole|notch)(?: now)?,? (?:and |but )?(?:i )?(?:{unexplained})
                    # "9lb down since september, no diet"
                    [0-9]+ ?(?:lb|lbs|kg|kgs|pounds|stone|st) (?:down|lighter|gone|off) (?:since|in) [a-z0-9 ,]{0,30}?(?:{unexplained})
                    # "scale keeps going down on my cut even though ive bumped calories twice", "eating maintenance and still losing"
                    (?:scale|weight|scales) (?:keeps|keep|is still|still) (?:going|dropping|coming) down (?:[a-z]+ ){0,4}?(?:even though|although|despite) (?:ive |i have |i |me )?(?:bumped|upped|raised|increased|eating more|adding)
                    (?:eating|at|on) maintenance (?:[a-z]+ ){0,2}?(?:and|but) (?:im |i am |i )?(?:still|keep|keeps) (?:losing|dropping)
                    # "down a belt notch and a half without trying"
                    (?:down|dropped|lost|gone down|went down) (?:a |one |two |three |[0-9]+ )?(?:belt notch(?:es)?|notch(?:es)? (?:on|in) (?:my |the )?belt|dress sizes?|trouser sizes?|jeans sizes?|clothes sizes?)(?: and a half)?,? (?:{unexplained})
                    # "belt's dropped two notches and im not dieting"
                    belt (?:has |s )?(?:dropped|gone down|come down|moved|tightened) (?:a |one |two |three |[0-9]+ )?(?:notch(?:es)?|holes?)(?: and a half)?,? (?:and |but )?(?:{unexplained})
                    # "lost my appetite and 6kg"
                    lost (?:my |his |her |all )?appetite (?:and|,) (?:about |nearly |over |like )?(?:[0-9]+ ?(?:kg|kgs|kilos?|lbs?|pounds|stone)|weight|a lot of weight)
                    # "dropped a weight class without even cutting", "5kg has gone from somewhere ... diets the same"
                    dropped (?:a|one|two) weight class(?:es)? (?:[a-z0-9]+,? ){0,6}?(?:{unexplained})
                    [0-9]+ ?(?:kg|kgs|kilos?|lbs?|pounds|stone) (?:has |have )?(?:gone|disappeared|vanished|come off) (?:from )?(?:somewhere|nowhere|on its own|by itself)
                    # "lost my appetite, 6kg down"
                    (?:lost|losing|lose|no|no real|off) (?:my )?appetite,? (?:[a-z0-9]+,? ){0,4}?(?:[0-9]+ ?(?:kg|kgs|kilos?|lbs?|pounds|stone|st)) (?:down|lost|off|lighter)
                    (?:[0-9]+ ?(?:kg|kgs|kilos?|lbs?|pounds|stone|st)) (?:down|lost|off|lighter),? (?:[a-z0-9]+,? ){0,4}?(?:lost|losing|lose|no|off) (?:my )?appetite
                    # losing weight while trying to gain: "lost 7kg without trying, actually ive been trying to bulk"
                    (?:lost|losing|dropped|dropping|down) (?:[a-z0-9]+ ){0,5}?(?:weight|[0-9]+ ?(?:kg|kgs|kilos?|lbs?|pounds|stone|st)),? (?:[a-z0-9]+,? ){0,8}?(?:trying|tried|been trying|meant|supposed) to (?:bulk|gain|put on|build)
                    # "lose 8 kilo in 2 month, no diet", "dropped two sizes in two months", "lost lot of weight, she eats same as always"
                    (?:lose|lost|losing|dropped|drop) [0-9]+ ?(?:kilo|kilos|kg|kgs|pounds|lbs|stone|pound)s? in (?:[0-9]+|a|one|two|three|few) (?:months?|weeks?)(?=,? (?:no|not|without|and i (?:havent|wasnt|didnt)))
                    (?:dropped|gone down|lost) (?:[0-9]|two|three|a|a few|several) (?:dress |jean |clothes |trouser )?sizes?(?= in| since| without| and i (?:havent|am not|wasnt))
                    (?:lost|losing) (?:a )?(?:lot|lots|loads|bunch) of weight(?: [a-z]+){0,3},? (?:she|he|i|they) (?:eats?|is eating|am eating|eat) (?:the )?same
                    (?:lost|losing) weight,? (?:and )?(?:no|poor|lost|losing) appetite
                    # pidgin: "people dey tell me say i don slim well well but i no do anything"
                    (?:i|he|she) don slim
                    # "clothes getting baggy, not dieting"
                    (?:clothes|trousers|jeans|pants|shirts|belt) (?:are |is |getting |have got |got |feel |feeling |keep getting )?(?:so |really |all )?(?:baggy|loose|looser|too big|hanging off me)(?=,? (?:not|no|and i (?:havent|am not|dont|didnt)|without|even though i|but i (?:havent|am not|dont|didnt)))
                    # "losing weight w/o cutting"
                    (?:losing|lost|dropping|dropped|shedding) (?:[a-z0-9]+ )?(?:weight|kilos|kg|pounds|lbs) without (?:cutting|trying|dieting|meaning to)
                    belts? (?:need|needs|needed|needing) (?:new |extra |more )?holes|(?:new|extra|another) holes? in (?:my )?belt
                    (?:lost (?:my |the )?|no |poor |zero )appetite and (?:[a-z]+ ){0,2}?(?:losing |lost |dropping |dropped )?(?:[a-z]+ ){0,4}?weight
                    (?:scale|scales|the scales|my weight) (?:[a-z]+ )?(?:keeps|keep|kept|is|are|has been|have been|been) (?:going|dropping|coming|creeping) down(?= even| but| although| though| despite| and i)
                    {unexplained},? (?:[a-z]+ ){0,3}?(?:the )?(?:scale|scales|weight) (?:keeps?|is|has been) (?:going (?:down|off)|coming (?:down|off)|dropping|falling)
                    (?:scale|scales|my weight|weight) (?:keeps? |kept |is |has been )?(?:dropping|falling|going down|coming down),? (?:[a-z0-9]+,? ){0,8}?{unexplained}
                    (?:lost|losing|dropped|dropping) (?:[a-z]+ )?weight,? (?:and )?(?:no|lost (?:her |his |my )?|poor|zero|off (?:her|his|my)) (?:appetite|food)
                    (?:lost|losing|dropped|shed) (?:loads|a lot|heaps|tons|so much|a ton|lots)(?: of weight)?,? (?:[a-z0-9]+ ){0,4}?{unexplained}
                    (?:look|looks|looking) (?:so |much |a lot |really )?(?:thinner|skinnier|gaunt)(?:,| and)? (?:[a-z]+ ){0,2}?{unexplained}
                    (?:unexplained|unintentional|unintended|unexpected|mysterious|sudden|rapid|unexplainable) weight ?loss
                    weight ?loss ... (?:without trying|for no reason|unexplained|not trying|i cant explain|no reason|not dieting|{unexplained})
                    (?:thinner|skinnier|lighter|weight off|weight (?:loss|down|dropping|falling|going down|coming off)) ... (?:{unexplained})
                    (?:lost|losing|lose|dropped|dropping|shed|shedding|drop|down|minus) (?:[a-z0-9]+ ){0,5}?(?:weight|stone|stones|[0-9]*(?:st|kg|kgs|kilos?|kilograms?|lbs?|pounds?)|a dress size|(?:dress|pant|pants|trouser|jean|jeans|clothes|waist) sizes?),? (?:[a-z0-9]+,? ){0,6}?(?:{unexplained})
                    weights? .. (?:falling|dropping|melting|coming) off
                    weight (?:go|goes|going|went|gone) down (?:by itself|on its own|without (?:me )?trying)
                    appetite (?:is |s |has )?gone,? (?:and )?(?:im |i am |been )?(?:losing|dropping|lost) (?:weight|kilos|pounds|lbs)
                    (?:looks?|looking) thinner (?:every|each) time
                    # losing while trying to gain: "on a bulk but the scale keeps going down"
                    (?:bulk|bulking|surplus|eating more than ever|(?:put|putting|gain|gaining|build|building) on (?:size|mass|weight|muscle)|(?:gain|gaining|build|building) (?:size|mass|weight|muscle)) (?:[a-z]+ ){0,5}?(?:scale|scales|weight) (?:keeps |is |has been |just |still )?(?:going down|dropping|falling|coming off)
                    (?:my )?(?:bulk|bulking|gaining phase|surplus) (?:isnt|is not|aint|not|wont|doesnt) (?:working|happening),? (?:[a-z]+ ){0,2}?(?:lost|dropped|down|losing|dropping) (?:[a-z0-9]+ ){0,2}?(?:weight|[0-9]+ ?(?:kg|kgs|kilos?|lbs?|pounds|stone|st))
                    (?:weight|stone|stones|[0-9]*(?:st|kg|kgs|kilos?|kilograms|lbs?|pounds?)|dress sizes?) (?:[a-z0-9]+ ){0,6}?(?:{unexplained})
                    # the loss, then the reason after a comma: "dropped a stone since summer, not dieting"
                    (?:lost|losing|dropped|dropping|shed|shedding|down) (?:[a-z0-9]+ ){0,3}?(?:weight|stone|stones|[0-9]*(?:st|kg|kgs|kilos?|kilograms|lbs?|pounds?)|(?:a |one |two |three |[0-9] )?(?:dress|jean|jeans|pant|pants|trouser|clothes|waist) sizes?) (?:[a-z0-9]+,? ){0,20}?(?:{unexplained})
                    (?:weight|[a-z]+) (?:keeps|is|has been|been|just keeps|keep|seems to be|am) (?:reducing|decreasing|getting less|thinning|getting thin|getting thinner|getting skinny|getting skinnier) (?:[a-z0-9]+,? ){0,10}?(?:{unexplained}|so fast|very fast|too fast|quickly|rapidly)
                    (?:thinning|getting thin|getting thinner|slimming down) (?:[a-z]+ ){0,3}?(?:{unexplained})
                    # "my weight has reduced from 78 to 70 kg in this time, i was not doing any diet"
                    weight (?:has |have |is |was )?(?:reduced|dropped|gone down|come down|decreased|fallen) (?:[a-z0-9]+,? ){0,12}?(?:{unexplained})
                    (?:dropped|gone|went|fallen|fell|come|came|down) (?:down )?from [0-9]+ (?:kg |kgs |kilos |lbs |pounds |st )?to [0-9]+ ?(?:kg|kgs|kilos?|lbs?|pounds|st|stone),? (?:[a-z0-9]+,? ){0,8}?(?:{unexplained})
                    # "11 pounds lighter than at christmas, which is odd because ive been comfort eating"
                    (?:[0-9]+|a|half a|a few) ?(?:kg|kgs|kilos?|lbs?|pounds|stone|st) lighter (?:than|since) (?:[a-z0-9]+,? ){0,10}?(?:odd|strange|weird|eating more|comfort eating|{unexplained})
                    weight (?:keeps|is|has been|been|just keeps|keep|seems to be) (?:dropping|falling|going down|coming off|plummeting|dropping off) (?:[a-z0-9]+,? ){0,10}?(?:{unexplained})
                    (?:no|lost (?:my )?|losing (?:my )?|loss of|poor|reduced|off my) (?:appetite|food) .. (?:losing|lost|dropping|dropped|shedding) (?:[a-z0-9]+ ){0,2}?(?:weight|stone|kg|kilos|pounds|lbs)
                    (?:losing|lost|dropping|dropped|shedding) (?:[a-z0-9]+ ){0,3}?(?:weight|stone|kg|kilos|pounds|lbs) .. (?:no appetite|lost my appetite|loss of appetite|off my food|poor appetite|not hungry|never hungry|not eating much|cant eat|cant face food)
                    (?:clothes|trousers|jeans|pants|shirts?|belt) (?:are |is |have been |keep )?(?:just |all |kind of |basically )?(?:hanging off (?:me|her|him|them)|falling off (?:me|her|him|them)|falling down|falling off|swimming on (?:me|her|him|them))
                    weight (?:is |s |has been |keeps |just )?(?:dropping|falling|coming off|going down|dropping off) (?:really |very |so |super )?(?:fast|rapidly|quickly)
                    (?:losing|lost|dropping|dropped) (?:[a-z0-9]+ ){0,3}?weight (?:really |very |so )?(?:rapidly|fast|quickly|dramatically)|(?:rapid|dramatic|sudden|drastic) weight ?loss
                    clothes (?:are |keep )?(?:falling off|hanging off|(?:really |so )?loose|baggy) .. (?:not dieting|without dieting|not trying|no reason|without trying|dont know why)
                    (?:lost|losing|lose|dropped|dropping) (?:[a-z0-9]+ ){0,3}?(?:weight|stone|kg|kilos|pounds|lbs) .. (?:no appetite|not hungry|off my food|off food|not eating|lost my appetite|appetite)
                    (?:no|lost|losing|loss of|lost my|poor) appetite .. (?:weight|thinner|lighter|clothes (?:are )?loose)
                    (?:not hungry|no appetite|off my food|lost my appetite)(?: much)?(?: lately| recently)?,? (?:and )?(?:[a-z]+ ){0,2}?(?:lost|losing|dropped) (?:[a-z0-9]+ ){0,2}?weight
                    (?:weigh|weighing) (?:[0-9]+|a few|several|[a-z]+) ?(?:kg|kgs|kilos?|lbs?|pounds|stone) less than (?:in |at |last )?(?:[a-z]+)
                    # a big loss said plainly, no diet named: "ive lost a lot of weight and have back pain"
                    (?:lost|losing|dropped|dropping|shed) (?:a lot of|loads of|so much|heaps of|tons of|a ton of|a load of|lots of|a scary amount of) weight(?![^.?!]{0,60}\\b(?:diet[a-z]*|keto|fasting|slimming|calorie[a-z]*|cutting|on purpose|intentionally|trying|running|gym|exercis[a-z]*|ozempic|wegovy|mounjaro|surgery))
                    # the "no reason" first: "not eating any less but ive lost a stone", "not dieting but lost a stone"
                    (?:{unexplained}) (?:[a-z0-9]+ ){0,8}?(?:lost|losing|(?<!to )lose|dropped|dropping|down|shed|shedding) (?:[a-z0-9]+ ){0,3}?(?:weight|stone|stones|kg|kgs|kilos?|lbs?|pounds|[0-9]+ ?(?:kg|kgs|kilos?|lbs?|st|stone|pounds?)|(?:a |one |two |three |[0-9] )?(?:dress|jean|jeans|pant|pants|trouser|clothes|waist) sizes?)
                    # clothes that got loose: "clothes are getting loose and i havent changed anything", "belt needs a new hole"
                    (?:belt (?:needs|need) (?:a )?new (?:hole|notch)|new (?:hole|notch) in my belt|(?:hole|notch) tighter on my belt|tighten(?:ing|ed)? my belt),? (?:[a-z0-9]+,? ){0,8}?(?:{unexplained})
                    (?:clothes|trousers|jeans|pants|belt|shirts?|jumpers?|dresses|waistband) (?:[a-z]+ ){0,3}?(?:loose|looser|baggy|baggier|hanging off me|falling off me|too big) (?:[a-z0-9]+ ){0,6}?(?:{unexplained})
                    """).unlessNear(words("keto|(?:for|before) (?:my |the |a |our )?(?:[a-z]+ )?(?:wedding|holiday|honeymoon|photoshoot|weigh in|comp|competition|show|fight|beach)|(?:since|after) (?:i )?(?:started|starting|joining|joined|began|beginning) (?:the |at the |going to the )?(?:gym|training|running|lifting|exercis[a-z]*|working out|weights|classes)|eating (?:more )?health(?:y|ier|ily)|good sign|(?:fine|ok|okay|good|safe|allowed|healthy) (?:for me )?to lose (?:weight|[0-9]+ ?(?:kg|kgs|kilos?|lbs?|pounds|stone))|(?:want|need|hoping|plan) to lose|(?:tummy|stomach|sickness) bug|gastro|food poisoning|norovirus|\\bup (?:[0-9]+|a|half a|a few|a couple of) ?(?:kg|kgs|kilos?|lbs?|pounds|stone|st)|(?:gained|put on|putting on|gaining) (?:[0-9]+ ?(?:kg|kgs|kilos?|lbs?|pounds|stone)|weight|a (?:few|couple of) (?:kg|kilos|pounds?))"
                    + "|wallet|bank (?:account|balance)|purse|savings|crash diet[a-z]*|dieted|how much protein|protein (?:per|a) (?:kg|kilo|pound|lb|day)|macros|want to|wanna|(?<!(?:not|didnt|dont|never|wasnt|without|not really|not even|havent been|hasnt been|not been) )trying to(?! (?:bulk|gain|put on|build|eat more))|(?<!(?:not|didnt|dont|never|wasnt|without|not really|not even) )try to|hoping to|hope to|like to|goal|plan to|how to|how do i"
                    + "|how can i|(?<!not )on purpose|gastric (?:sleeve|bypass|band)|bariatric|weight loss (?:surgery|op|operation|jab|injections?)|deliberately|intentionally|calorie|(?<!(?:without|without even|not|no|im not|not even|im not even) )cutting|divorce|break ?up|bereavement|(?<!giving (?:him|her|me|them) )grief|(?<!(?:not|no|isnt|wasnt|without) )stress|(?<!(?:not|isnt|wasnt) )stressed|exams|food poisoning|stomach bug|(?<!(?:not|no|isnt|wasnt|without|any|w o) )diet(?:ing)? (?:and|plan)|since (?:i )?start[a-z]*"
                    + "|(?<!(?:not|no|without|nor) (?:doing )?(?:any |more |much |extra )?)cardio|more active|(?:running|walking|cycling|training|exercising|moving) (?:a lot |loads |much )?more"
                    // the gym's weight: "bent over with the weight yesterday and out of nowhere a sharp pain"
                    + "|(?:with|lifting|holding|lifted|held|carrying|under|picked up|picking up) (?:the |a |my |that |this )?(?:heavy )?weights?(?! (?:loss|off|down|dropping|falling))"))
                    .ordinaryWhen(MessageFacts::weightFromABug),

            rule("cancer", URGENT, LONG_AGO_IF_BACK_WELL, """
                    # "my doctor said my back pain could be linked to my previous cancer and ordered a scan"
                    (?:doctor|gp|consultant|oncologist|specialist) (?:said|thinks|says|wants|is worried|worries) (?:[a-z]+ ){0,6}?(?:linked to|related to|from|because of|due to|coming from) (?:my )?(?:previous|old|past|earlier) (?:cancer|tumou?r)
                    # "had thyroid ca, radiation all done"
                    (?:thyroid|testicular|uterine|womb|throat|oesophageal|esophageal|stomach|liver|pancreatic|pancreas|brain|blood|lymph|renal) ca(?= |,|$)
                    (?:radiation|radiotherapy|chemo|chemotherapy|rads) (?:is |all |now |finally )?(?:done|finished|over|completed)
                    # "my aunt had breast cancer and now says her back hurts all the time": their history matters now their back hurts
                    (?:had|has|have|got|with|beat|survived|treated for) (?:[a-z]+ )?(?:cancer|a tumou?r|tumou?rs|lymphoma|leuka?emia|myeloma) (?:[a-z0-9]+ ){0,6}?(?:and |but )?now (?:[a-z]+ ){0,3}?(?:her|his|their) (?:lower |low )?back (?:hurts|is hurting|aches|is aching|is sore|is bad|is painful|pain)
                    # blood cancers told by their initials: "i have CLL thats just being watched"
                    (?:i have|ive got|i got|diagnosed with|have|has|with|had) (?:[a-z]+ )?(?:cll|aml|cml)(?= |,|$)
                    # "had prostate treatment a few years back"
                    prostate (?:treatment|removed|removal)|(?:treatment|treated) (?:for|on) (?:my |his |the )?prostate
                    cancers?|cancerous
                    tum[ou]u?rs?|tumers?
                    malignan[a-z]*|metasta[a-z]*|lymphoma|leuka?emia|myeloma|melanoma|sarcoma|carcinoma|mesothelioma|glioma
                    chemo[a-z]*|kemo|keemo|radiotherapy|radiation (?:therapy|treatment)|oncolog[a-z]*|in remission|mastectomy|lumpectomy
                    the big c|bone mets|(?:spinal|spine|bone|lung|liver|brain) mets|mets (?:in|to|on) (?:my |the )?(?:spine|bones?|back)|metastases|secondaries|growth on my spine|lump on my spine|(?:spinal|spine) (?:lesion|mass|growth)
                    (?:spinal|spine|bone|bony|liver|lung|brain) mets|mets (?:in|on|to) (?:my )?(?:spine|bones?|back|vertebra[a-z]*)
                    (?:has |had |its |it |cancer |it has |cancer has )?spread to (?:my )?(?:bones?|spine|vertebra[a-z]*|liver|lungs?|lymph nodes|brain)
                    (?:had|having|getting|finished|course of|rounds? of|doing|undergoing|after|post|started) (?:[a-z]+ )?(?:radiation|radiotherapy|rads|immunotherapy for)
                    tamoxifen|letrozole|anastrozole|exemestane|arimidex|herceptin|trastuzumab|zoladex|goserelin|enzalutamide|abiraterone|bicalutamide|keytruda|pembrolizumab
                    (?:lesion|lesions|shadow|mass|growth|(?<!(?<!hot )(?:sore|tender|painful|achy|tight|stiff|bruised|red|itchy) )spots?|lump) (?:on|near|in|by|next to|around|pressing on) (?:my )?(?:spine|vertebra[a-z]*|spinal cord|bones?)(?! (?:that |which )?(?:hurts|is (?:tender|sore|painful)|tender|sore|aches|feels))
                    (?:growth|mass) (?:on|in|taken off|taken out of|removed from|cut out of|out of|off) (?:my |her |his |their |the )?(?:kidney|lung|lungs|breast|bowel|liver|prostate|pancreas|bladder|ovary|ovaries|brain)
                    # found, not yet named: "theres a lump on my lung theyre keeping an eye on"
                    (?:lump|shadow|nodule|lesion) (?:on|in) (?:my |her |his |their |the )?(?:kidney|lung|lungs|liver|bowel|pancreas|prostate|bladder|ovary|ovaries|brain)
                    the (?:bad |nasty |dangerous )?kind that (?:spreads|can spread)|(?:turned out|was|were) (?:to be )?the bad kind|(?:for|with|had) (?:the )?bad cells
                    hodgkins?|neoplasm|breast lump|biops(?:y|ies)|(?:breast|prostate|lung|bowel|colon|colorectal|kidney|bladder|skin|bone|ovarian|cervical) ca\\b
                    (?:scan|mri|x ?ray|ct|ct scan|pet scan|bone scan) (?:showed|found|picked up|revealed|shows|spotted) (?:something|a (?:mass|shadow|lesion|growth|spot|lump|tumou?r))
                    """).unlessNear(Pattern.compile(
                    // a benign growth away from the spine: "a tumour on my thyroid that is benign"
                    "^(?!.*\\b(?:spin[a-z]*|vertebr[a-z]*|spinal cord|bones?)\\b).*\\b(?:benign|non ?cancerous|not cancerous)\\b|"
                    // feared, not found: "thinks his back pain is a tumour lol, hes had an mri"
                    + "\\b(?:thinks|thought|worries|worried|convinced|scared|afraid|fears?|paranoid) (?:[a-z]+ ){0,6}?(?:is |its |was |be |has |have |had |of )?(?:a |an )?(?:tumou?r|cancer)\\b|"
                    // a pet's: "our old spaniel had a tumour removed last week"
                    + "\\b(?:dog|dogs|spaniel|labrador|terrier|puppy|cat|cats|kitten|pet|horse|pony|retriever|collie)\\b(?!.*\\b(?:i|my) (?:had|have|was diagnosed)\\b)|"
                    + "\\b(?:family history|runs in (?:the|my|our) family|in (?:my|the|our) family|(?:both |either |each )?sides? of (?:my|the|our) family|genetic|screening|screened|scare|risk"
                    // the star sign: "my star signs cancer", "typical cancerian"
                    // a distant relative's: "her uncle had cancer", "my tita had a tumor in her spine"
                    + "|(?:uncle|aunt|auntie|aunty|tita|tito|cousin|great ?(?:grand)?[a-z]+|grandparents?|boss|colleague|coworker|neighbou?r|teacher|coach)s? (?:[a-z]+ ){0,3}?(?:had|has|died|passed|was diagnosed)(?!.*\\b(?:is asking|asked me|wants to know|can (?:she|he) do|should (?:she|he)|for (?:her|his) back"
                    // unless their back hurts now: "my aunt had a tumour in the spine years ago, she has back pain again"
                    + "|(?:she|he|they) (?:has|have|s got|has got|got) (?:[a-z]+ ){0,2}?(?:back|spine) ?(?:pain|ache|problems)"
                    + "|(?:her|his|their) back (?:hurts|is hurting|aches|is aching|is sore|is bad|has gone)"
                    + "|(?:keeps|keep|kept|still|always|constantly) (?:on )?(?:moaning|complaining|grumbling) (?:about|of) (?:her|his|their) (?:lower |low |upper )?back"
                    + ")\\b)"
                    + "|(?:tumou?r|cancer|oncology) (?:biologist|researcher|scientist|lab|biology)|not a patient"
                    // a worry asked, not a history: "can my back pain be cancer? i dont have any history"
                    + "|^(?!.*\\b(?:had|have had|history|survivor|treated|chemo[a-z]*|radio[a-z]*|remission|again|came back|coming back|returned|spread)\\b).*\\b(?:can|could|might|may|would|is|does|will) (?:it|this|that|my [a-z]+(?: [a-z]+)?) (?:be|mean|turn out to be|signal|indicate|point to) (?:a |an |some |some kind of |something like )?(?:cancer|tumou?r)\\b"
                    // name-calling: "my grandson says im a tumour on the family group chat"
                    + "|(?:says|said|calls|called|call) (?:that )?(?:i am|im|me) (?:a |an )?(?:tumou?r|cancer)|group chat"
                    // a relative's friend: "my mums friend had cancer in her spine"
                    + "|(?:mum|mom|mother|dad|father|wife|husband|partner|sister|brother|son|daughter|nan|gran|grandma|grandad) (?:best )?friend (?:[a-z]+ ){0,3}?(?:had|has|died|passed|was diagnosed)"
                    + "|googl[a-z]*|dr google|every (?:site|website)|overthinking|health anxiety|hypochondria[a-z]*|every (?:ache|twinge|pain|niggle) is (?:a |his |her )?(?:tumou?r|cancer)|see (?:all sorts|a lot|loads|plenty) of|silent killers?|facebook posts?|(?:oncology|chemo|chemotherapy|cancer|tumou?r|macmillan|hospice|palliative) (?:nurse|nurses|ward|unit|department|team|charity|research|fundraiser|run|patients|hospital|centre|center|clinic)|(?:work|working|nurse) (?:in|on) oncology|giving (?:chemo|chemotherapy) to"
                    + "|(?:biopsy|biopsies|scan|scans|tests?|results?|mammogram|smear) (?:was|were|came back|all came back) (?:negative|clear|fine|normal|benign|all clear)"
                    + "|turned out (?:to be )?(?:[a-z]+ ){0,4}?(?:harmless|benign|a cyst|nothing)|passed away|convinced|died (?:of|from)|thinks? (?:that )?(?:all )?back pain (?:is |means |equals |always means )?cancer"
                    + "|star sign|starsign|zodiac|horoscope|cancerian|(?:sign|sun|moon|rising) (?:is |s )?cancer|cancers are (?:lazy|moody|emotional|sensitive|stubborn|loyal|so|very|always|the)"
                    // remission from something else: "crohns, in remission for 5 years"
                    + "|(?:crohns?|colitis|ibd|lupus|rheumatoid|ra|arthritis|psoriasis|psoriatic|multiple sclerosis|sobriety|addiction)(?!.*\\b(?:cancer|tumou?r|chemo[a-z]*|lymphoma|leuka?emia|myeloma|malignan[a-z]*)\\b)"
                    + "|charity|awareness|fundrais[a-z]*|prevent[a-z]*|research"
                    // excluded: "the mri ruled out a fracture or anything nasty like a tumour"
                    + "|ruled out|rule out|no signs? of|(?:anything|something|nothing) nasty like)\\b"
                    // seen, not had: "watched a documentary about spinal tumours and now im paranoid"
                    + SEEN_NOT_HAD)),

            rule("spinal-fracture", URGENT, LONG_AGO, """
                    (?:compression|vertebral|vertebra|spinal|spine|stress|burst|wedge|pars|crush|osteoporotic|back|lumbar|insufficiency|fragility) fractures?
                    fractur[a-z]* .. (?:vertebra[a-z]*|vert[a-z]*br[a-z]*|spine|spinal|back|lumbar|l[1-5]|t[0-9]{1,2}|s1|tailbone|coccyx|pelvis|sacrum)
                    (?:broke|broken|break|cracked|crushed|fractured|snapped|busted|damaged) (?:a |my |one of my |the )?(?:[a-z]+ )?(?:vert[a-z]*br[a-z]*|spine|back ?bone|tailbone|coccyx|pelvis|sacrum|l[1-5]|t[0-9]{1,2})
                    (?:broke|broken|fractured) my back
                    (?:spine|vertebra[a-z]*|tailbone|coccyx|pelvis|sacrum) (?:is |was |might be |may be |could be |got |has been )?(?:broken|fractured|cracked|crushed|collapsed|busted)
                    (?:collapsed|crushed|squashed|compressed|fractured|broken|cracked|wedged) (?:a )?vert[a-z]*br[a-z]*
                    (?:crack|cracks|break|fracture|fractures) in (?:my |a |the |one of my )?(?:vert[a-z]*br[a-z]*|spine|back ?bone|tailbone|coccyx|pelvis|sacrum|l[1-5]|t[0-9]{1,2})
                    spondylolysis|pars defects?
                    (?:broke|broken|cracked|fractured|busted|chipped) (?:something|a bone|bones?|one|it) (?:[a-z]+ )?in my (?:back|spine|lower back|mid back)
                    (?:broke|broken|cracked|fractured|snapped|damaged|bust|busted) (?:something|a bone|some?thing) in my (?:back|spine|lower back)
                    """).unlessNear(words("(?:stress )?fracture (?:in|of|on) (?:my |her |his )?(?:foot|toe|toes|wrist|arm|ankle|leg|finger|fingers|hand|shin|elbow|collarbone|heel)|nearly|almost|practically|basically|breaking my back|back ?breaking|like i|scare|(?:x ?ray|scan|mri|ct) (?:was |came back |showed |is )?(?:clear|normal|fine|nothing)|ruled out"
                    // a crack heard in a stretch is a joint, not a broken bone (with pain, "click-with-pain" stops the session)
                    + "|(?:during|while|in|mid|doing) (?:my |a |the |some )?(?:[a-z]+ )?(?:stretch(?:es|ing)?|yoga|twist(?:ing)?|mobility)"
                    // a manipulation: "chiropractor cracked my back and it felt amazing"
                    + "|chiro[a-z]*|osteo(?!por|pen)[a-z]*|manipulat[a-z]*|adjust[a-z]*|(?:felt|feels?) (?:so |really )?(?:good|great|amazing|better|nice|satisfying)|relie[fv][a-z]*"
                    + "|crack(?:ed|ing)? my (?:back|spine)|(?:phone|screen|glass|mirror|plate|mug|tile)"
                    // a crack heard mid-lift is the stop signal ("click-with-pain"), not a bone known broken
                    + "|heard (?:a |this |some |one )?(?:loud |big |horrible |massive |little )?crack"
                    + SEEN_NOT_HAD)).ordinaryWhen(MessageFacts::traumaCleared),

            rule("osteoporosis-fall", URGENT, LASTING, """
                    # "on bone tablets", "takes alendronic acid"
                    (?:on|taking|take|takes|been on|been taking) (?:her |his |my )?(?:bone (?:tablets|pills|meds|medication|medicine|strengthening (?:tablets|pills|meds))|alendron[a-z]*|alendronic acid|fosamax|risedronate|bisphosphonates?|zoledronic acid|denosumab|prolia)
                    oste[a-z]*por[a-z]*|osteopen[a-z]*|brittle bones|thin bones|weak bones|fragile bones
                    # said short: "mum has osteo" (never "her osteo said", the osteopath)
                    (?:has|have|has got|got|with|diagnosed with) osteo\\b|osteo (?:pt|patient|sufferer)
                    # a carer's shorthand after the fall: "mum fell off chair osteo back pain"
                    (?:fell|fall|fallen|slipped|tripped|tumbled) (?:[a-z]+ ){0,4}?osteo(?= back| spine|,|$)
                    low bone (?:density|mass)|bone thinning|thinning bones|bone loss|ost[a-z]{0,3}p[eo]?ros[a-z]*
                    bone density (?:is |was |scan showed )?(?:low|poor|bad|reduced)|bones are (?:thin|brittle|weak|fragile|thinning)
                    (?:on|taking|take|been on|been taking) (?:[a-z]+ )?(?:steroids?|prednisone|prednisolone|pred|corticosteroids?)
                    # years of any steroid, even an inhaler, thin the bones: "steroid inhaler every day since many years"
                    (?:steroids?|corticosteroids?|prednisone|prednisolone) (?:[a-z]+ ){0,3}?(?:every day|daily|for years|for (?:many|a few|several|[0-9]+) years|(?:[0-9]+|ten|five|many|several) (?:yrs|years)|since (?:many )?years|long ?term)
                    (?:years|decades|months) of (?:[a-z]+ ){0,2}?(?:steroids?|prednisolone|prednisone|pred|corticosteroids?)
                    long ?term (?:[a-z]+ )?(?:steroids?|prednisolone|prednisone|pred|corticosteroids?)
                    # "long steroid use, small fall", "steroids for asthma long time", "i take prednisona many years"
                    (?:long|long time|many years of|years of) (?:[a-z]+ )?(?:steroid|steroids|cortisone|prednisolone|prednisone|prednisona|pred) (?:use|tablets|treatment|courses?)
                    (?:steroids?|prednisolone|prednisone|prednisona|cortisone|corticosteroids?) (?:[a-z]+ ){0,3}?(?:long time|many years|for ages|ages|for a long time)
                    (?:long ?time|long ?term|years of|daily) (?:[a-z]+ )?(?:cortisone|cortison|hydrocortisone)|(?:cortisone|cortison|steroid) user
                    (?:on|taking|took|was on|been on) (?:[a-z]+ )?(?:cortisone|cortison|hydrocortisone)(?: tablets| pills)? (?:for (?:years|ages|(?:many|several|a few|[0-9]+) years|a long time)|(?:many|several|[0-9]+) (?:years|yrs)|long time)
                    post ?menopaus[a-z]*|after (?:the|my) menopause|postmenopaus[a-z]*
                    moon face|(?:made|makes|making) (?:my |his |her )?face (?:go )?(?:round|puffy|swell)
                    """).onlyWith(phrases(FALLS + """
                    # with thin bones a knock, a jolt, a cough or a sudden pain is enough
                    (?:landed|knocked|bumped|banged)(?![^.?!]{0,50}\\b(?:didnt|did not|wasnt|was not|without) (?:hurt|injur[a-z]*|harm|hit|land|bang|damag[a-z]*))
                    (?:osteoporosis|osteopenia|brittle bones|thin bones) (?:and |plus |with )?(?:a )?fall
                    jolted|jarred|sat down (?:too |really |very |so )?(?:hard|heavily|awkwardly)|plonked (?:herself |himself |myself |themselves )?down
                    (?:stepped|stepping) (?:off|down)|coughed|sneezed|coughing fit|sneezing fit|(?:coughing|sneezing) (?:very |really |so |too )?(?:hard|violently|badly)
                    felt (?:a |something |it |my back )?(?:crack|pop|snap|give|go|crunch)|(?:sudden|sharp) pain|pain shot|something (?:went|gave|cracked)
                    knock|bump|bumped|knocked|whack|whacked|(?:hit|banged|bashed|whacked) my back
                    stepping off|stepped off|kerb|curb|bent over|bending down|bending|bent down|(?:bend|bends|bent) (?:down )?to (?:pick|get|grab|tie|reach)|suddenly (?:[a-z]+ )?(?:hurt|hurts|painful|agony)
                    (?:lifted|lifting|picked up|picking up) (?:[a-z]+ ){0,4}?(?:and|then|when) (?:i )?(?:felt|heard|now)
                    felt (?:some?thing|it) (?:go|give|crack|snap)|some?thing (?:went|gave|cracked|snapped)
                    """)),

            // 65 and over, a fall from standing can break a vertebra; a sharp pain while lifting at that age is a "stop" like anyone's
            rule("older-fall", URGENT, LONG_AGO, """
                    {older}
                    """).onlyWith(phrases(FALLS)).ordinaryWhen(facts -> facts.backIsWell() || facts.bonesSound()),

            // a slip or trip that lands on the bottom or back can crack a vertebra or the tailbone, at any age
            rule("fall-onto-spine", URGENT, LONG_AGO, """
                    (?:slipped|tripped|fell|fallen|stumbled|went down|lost my footing|missed (?:a|the) (?:step|kerb|curb)|came off|went flying) (?:[a-z0-9]+ ){0,6}?(?:landed|fell|came down|sat down|went down|landing|thumped|smacked|crashed) (?:[a-z]+ )?(?:on|onto) (?:my )?(?:{bum}|spine|back|lower back)
                    (?:landed|came down|sat down|fell) (?:really |so |very )?(?:hard|heavily|badly|awkwardly|with a thud|with a bump|smack|flat|right|straight) (?:on|onto) (?:my )?(?:{bum})
                    (?:slipped|fell|tumbled|bumped|slid|went) (?:[a-z]+ ){0,3}?(?:stairs|steps) on my (?:{bum})
                    fell (?:back |backwards |straight |right |flat )?(?:on|onto) (?:my )?(?:tailbone|coccyx|sacrum|spine|lower back)
                    # from standing height: "slipped on ice and landed hard on my back", "missed a box jump and fell backwards onto my back"
                    (?:landed|came down|fell) (?:really |so |very )?(?:hard|heavily|badly|awkwardly|flat|smack|straight|right|square|directly|with a thud) (?:on|onto) (?:my )?(?:back|spine|lower back)
                    fell (?:back |backwards |straight |right |flat )?onto my back
                    sat down (?:really |so |very )?hard(?= on (?:the )?(?:ice|floor|ground|pavement|concrete|tiles|stairs|steps|kerb|curb)|,|$| and)
                    """).unlessNear(words("no (?:other )?(?:probs|problems|issues)(?=,|$)|(?:scared|afraid|worried|fear|terrified|nervous) (?:of|about)|(?:avoid|prevent)[a-z]*"
                    // "landed on my bum, just a bruise and my pride hurt"
                    + "|(?:just|only) (?:a )?(?:bruise|bruised|graze|scrape)|my pride|(?:just|only) a sore (?:bum|butt|backside|bottom|arse|tailbone)"
                    // over long since: "slipped on ice last winter, sore a few days then fine"
                    + "|last (?:winter|summer|spring|autumn|year)|(?:a|one|over a|more than a) year ago|(?:then|and then|but then|after that|since) (?:totally |completely |perfectly |been )?fine"
                    // "landed on my butt, bit sore, walking normal, no other problems"
                    + "|walking (?:normal|normally|fine|ok|okay)|no other (?:problems|symptoms|issues)|laughed it off|(?:,|and) laughed(?=,|$| about it)|no pain|(?:little|tiny|only a|just a) bit (?:sore|bruised)|(?:just |only )?a small fall|(?:totally |completely |perfectly |absolutely )?fine now|bit bruised|bruised for a (?:day|few days)"))
                    .ordinaryWhen(facts -> facts.backIsWell() || facts.fallShruggedOff()),

            rule("spinal-surgery", URGENT, LONG_AGO, """
                    # "got my disc sorted a few weeks back, keyhole job"
                    (?:disc|disk|back|spine) (?:sorted|fixed|done|repaired|operated) (?:[a-z0-9]+,? ){0,5}?keyhole|keyhole (?:job|op|operation|surgery) on (?:my |the |his |her )?(?:back|spine|disc|disk)
                    # "had his lower back bolted together six weeks ago"
                    (?:back|spine|vertebrae|discs?|disks?|l[1-5]) (?:[a-z]+ )?(?:bolted|pinned|plated|screwed|welded|rodded) (?:together|up)|(?:bolts|pins|screws|rods|plates|cages?) (?:put )?in (?:my |his |her |their )?(?:lower |low )?(?:back|spine)
                    # "fusion L4-L5 in january", "2nd fusion (revision) was 2 months ago", "stitches out last week from the fusion"
                    fusion (?:at |of |on |in )?(?:my )?(?:l[1-5]|s1|t[0-9]{1,2})\\b|(?:2nd|second|third|revision|repeat|another|redo) (?:spinal |back |lumbar )?fusion|(?:stitches|staples|dressings?|sutures) (?:[a-z]+ ){0,5}?(?:from|after) (?:the |my )?(?:fusion|discectomy|laminectomy|decompression|back (?:surgery|op|operation)|spinal (?:surgery|op))
                    # "they fused two bones in my back 2 months ago"
                    (?:fused|fuse) (?:two |2 |three |3 |some |the |a couple of )?(?:bones|vertebrae|discs?|disks?|levels) (?:in|of) (?:my |his |her |the )?(?:lower |low )?(?:back|spine)
                    # "got fused 2 months ago"
                    (?:got|been|was|were|just got) fused
                    # "had his spine operated last month", "a decompression on his lower spine", "had my vertebra fused"
                    (?:spine|back|disc|disk|vertebra|vertebrae) operated(?! on)
                    (?:spinal |lumbar |spine )?decompression (?:surgery |op |operation )?(?:on|of|in) (?:my|his|her|their|the) (?:lower |upper )?(?:spine|back)|(?:spinal|lumbar|spine) decompression(?! (?:therapy|machine|table|traction|treatment|device|belt|sessions?))
                    (?:vertebra|vertebrae|discs?|disks?|spine|l[1-5](?: s1)?) (?:was |were |got )?fused
                    (?:micro ?)?dis[ck]e?c?tomy|(?:post |after |since |had (?:a |my )?)(?:op )?micro ?dis[ck]\\b|(?:hemi ?)?lamin[a-z]*tom[a-z]*|foraminotomy|facetectomy|corpectomy|kyphoplasty|vertebroplasty|rhizotomy|rhizolysis
                    (?:spinal|spine|lumbar|back|vertebral|vertebra|vertebrae|l[1-5] ?s1|l[1-5] ?l[1-5]|l[1-5](?: [1-5])?) fusion
                    # "had my disc operated in december", "had his back operated on ten days ago", "surgery on his spine a fortnight ago", "my L5 op"
                    (?:back|spine|disc|disk) operated on|surgery on (?:his|her|my|their|the) (?:lower |upper )?(?:spine|back)|l[1-5](?: s1)? (?:op|operation|surgery)
                    (?:disc|disk|back|spine) (?:[a-z]+ )?(?:sorted|fixed|done|repaired|removed|treated) surgically|surgically (?:sorted|fixed|repaired|removed|treated)
                    (?:had|got|have had|ive had|just had) my (?:disc|disk|back|spine|lower back|lumbar spine) (?:operated|operated on|done|fused|decompressed)(?! (?:with|by) (?:a |an )?(?:massage|physio|chiro|osteo))
                    (?:had|have had|ive had|just had|got) (?:my |a |the |an )?(?:spinal |spine |lumbar |back )?(?:stenosis|decompression|disc|disk|spinal|spine|lumbar|back) (?:surgery|operation|op)
                    (?:took|taken|removed|take|takes|taking) (?:the |my )?(?:metalwork|metal work|hardware|screws|rods|plates|metal) out (?:of )?(?:my )?(?:back|spine)|(?:metalwork|metal work|hardware|screws|rods) (?:removed|taken out) (?:from|of) (?:my )?(?:back|spine)
                    # non-native: "doctor operate my back two months ago"
                    (?:doctor|doctors|dr|surgeon|they|hospital) (?:operate|operated|do operation|did operation|do surgery|did surgery|make operation|made operation) (?:on |for |to )?my (?:back|spine|lower back|disc|disk)
                    (?:had|have had|ive had|got|just had|recovering from|recent|after|since|post|following) (?:a |an |my |the )?fusion(?! (?:of|on|in) (?:my |the |his |her |a )?(?:ankle|toe|big toe|foot|wrist|thumb|finger|hand|knee|hip|jaw))
                    fusion (?:surgery|operation|op)|fusion (?:on|of|in|at) (?:my )?(?:back|spine|lower back|lumbar|vertebrae|l[1-5]|c[1-7])
                    (?:fusion|laminectomy|discectomy|microdiscectomy|decompression|back surgery|back op|back operation|spinal surgery|spine surgery|spinal op) (?:was |done |surgery |op |operation )?(?:[0-9]+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|few|a few|couple of|a couple of) (?:days?|weeks?|wks?|months?|mths?) ago
                    # "fused l4-5 last month"
                    (?:fused|got fused|had fused) (?:my |at )?(?:l[1-5]|s1|t[0-9]{1,2}|lumbar|spine|lower back|vertebrae|discs?)
                    (?:spinal|spine|lumbar|back|disc|disk|vertebral|sciatica|decompression|nerve root) (?:surgery|surgeries|operation|op|procedure)
                    (?:surgery|operation|op|operated) on (?:my |the |his |her |their )?(?:back|spine|disc|disk|lower back|lumbar|vertebra[a-z]*|l[1-5])
                    micro ?dis[ck]s? (?:[a-z]+ )?(?:[0-9]+|a|one|two|three|four|five|six|few|a few) (?:days?|weeks?|months?) ago
                    (?:surgeon|doctor|consultant|they|he|she) (?:did|performed|done|carried out) (?:a |an |the |my )?(?:[a-z]+ )?(?:decompression|fusion|discectomy|microdiscectomy|laminectomy|operation|surgery) on my (?:lower |low )?(?:back|spine|disc)
                    (?:they|surgeons?|doctors?|consultant|he|she) (?:had to |have |had )?(?:went|gone|go|going) in(?: to|to) (?:my |his |her |their )?(?:spine|back|lower back|disc|disk)
                    (?:had|has|got|getting) (?:my |his |her |their )?(?:lower |low )?back done(?= [0-9]+| a | last| in | on | this|,|$)
                    (?:surgery|operation|op) (?:of|for|on) (?:the |my |a )?(?:hernia de disco|hernia discal|disc hernia|herniated disc|slipped disc|bulging disc|disc prolapse)
                    (?:lumbar|spinal) decompression(?! (?:therapy|table|machine|treatment|sessions?|belt))|disc (?:replacement|surgery)|spinal cord stimulator|rods? .. in my (?:back|spine)|(?:screws|hardware|cage|plates?) (?:put |fitted |inserted |placed )?in my (?:back|spine)|(?:rods?|screws|plates?|metalwork) (?:put |fitted |inserted |placed )in (?:for (?:his |her |my )?scoliosis|his back|her back|his spine|her spine)
                    post ?op|post ?operative|post ?surgery|since (?:my |the )?(?:surgery|operation|op)
                    (?:surgery|operation|op) .. {number} (?:days?|weeks?|months?|mo|mos) ago
                    (?:surgery|operation|op) .. (?:last|this|earlier this) (?:week|month|year|spring|summer|autumn|fall|winter)
                    (?:spine|back|disc|disk|lumbar|vertebrae|lower back|l[1-5]) (?:[a-z0-9]+ )?(?:operated on|fused|decompressed|stabilised|stabilized)
                    (?:disc|disk|part of (?:a |my |the )?(?:disc|disk)|(?:disc|disk) fragment) (?:[a-z]+ )?(?:removed|taken out|cut out|shaved|trimmed|repaired|replaced)
                    surgery for (?:my |a )?(?:sciatica|disc|disk|herniat[a-z]*|slipped disc|prolapse[a-z]*|stenosis|bulging disc)
                    (?:procedure|injection surgery) on (?:my )?(?:back|spine|disc|disk)
                    under the knife (?:for|on) (?:my )?(?:back|spine|disc|disk)|tlif|plif|alif|xlif|acdf|artificial dis[ck]
                    (?:weeks?|months?|days?) (?:out from|post|after|since) (?:my |the )?(?:[a-z]+ )?(?:surgery|operation|op|fusion|discectomy)
                    (?:lam[ai]n[a-z]*tom[a-z]*|lamenectomy)
                    """).unlessNear(Pattern.compile(
                    // another operation: "knee surgery last year", "appendix out 3 weeks ago, post op", unless the back is named too
                    "(?:might|may|could) (?:need|have to have|end up needing)|if that happens|in a (?:couple|few) (?:of )?years|\\b(?:dog|dachshund|puppy|cat|kitten|pet|horse|pony)s?\\b|^(?!.*\\b(?:spin[a-z]*|back (?:surgery|op|operation)|dis[ck][a-z]*|lumbar|fusion|lamin[a-z]*|vertebr[a-z]*|l[1-5])\\b)"
                    + ".*\\b(?:(?:knee|knees|hip|shoulder|ankle|wrist|elbow|hand|foot|toe|acl|mcl|meniscus|hernia|appendix|gall ?bladder|eye|cataract"
                    + "|dental|wisdom teeth|heart|bypass|c ?section|caesarean|cesarean|bowel|breast|nose|jaw|tonsils?|carpal tunnel|bunion|achilles"
                    + "|rotator cuff|labrum|bariatric|gastric|thyroid|kidney|cosmetic|boob|tummy tuck) (?:[a-z]+ )?(?:surgery|surgeries|operation|op|replacement"
                    + "|reconstruction|repair|scope|arthroscopy|removal|out)|appendectomy|appendicectomy|hysterectomy|cholecystectomy|tonsillectomy|vasectomy"
                    + "|(?:surgery|operation|op|operated) on (?:my |the |his |her )?(?:knee|knees|hip|shoulder|ankle|wrist|elbow|hand|foot|toe|acl|meniscus"
                    + "|hernia|eye|heart|bowel|breast|nose|jaw|achilles|rotator cuff|neck|appendix|gall ?bladder|thyroid|kidney|tonsils?|wrist|bunion)"
                    + "|(?:tore|torn|ruptured|snapped|broke|broken|busted) (?:a |his |her |my |their |the )?(?:[a-z]+ ){0,2}?(?:ligament|acl|mcl|achilles|meniscus|cartilage|collarbone))\\b"
                    // seen, not had: "watched a documentary about spinal surgery and now im paranoid"
                    + SEEN_NOT_HAD
                    // at work in theatre: "i help with spinal surgery in theatre"
                    + "|\\b(?:in theatre|scrub nurse|theatre nurse|(?:assist|assists|assisting|help|helps|helping|work|works|working) (?:with|in|on) (?:[a-z]+ )?(?:spinal |spine |back )?(?:surgery|surgeries|operations|ops|theatre))\\b"
                    // a pet's operation: "my dog had surgery last week and im carrying him up the stairs"
                    + "|(?:\\b(?:my|our|the) |^)(?:dog|dogs|cat|cats|puppy|pup|kitten|pet|horse|pony|rabbit)\\b"
                    // offered, not had: "my surgeon has suggested a spinal fusion, nothing is booked"
                    + "|\\b(?:suggested|recommended|offered|proposed|mentioned) (?:a |an |me |having )?(?:[a-z]+ )?(?:fusion|surgery|operation|op|discectomy|laminectomy|decompression)\\b"
                    // the doctor's practice, not an operation: "i had a check up at the surgery last month"
                    + "|\\b(?:(?:at|to|from|rang|called) the (?:gp |doctors |local |village )?surgery|gp surgery|doctors surgery|check ?ups?)\\b"
                    + "|\\b(?:neither of us (?:has|have) had|none of us (?:has|have) had|nothing (?:is )?booked|(?:havent|have not|not) (?:yet )?agreed|on the fence|(?:considering|thinking about|deciding (?:on|about)) (?:a |an |having )?(?:[a-z]+ )?(?:fusion|surgery|operation|op))\\b")),

            rule("night-pain", URGENT, LONG_AGO_OR_SETTLED, """
                    # "my dad cant sleep due to back pain, no matter how he lies"
                    {cant} sleep (?:due to|because of|from|with|for) (?:the |his |her |my )?(?:back ?pain|back|pain),? no matter (?:how|what|which way) (?:he|she|i|they) (?:lie|lies|lay|sleep|sleeps|position|positions|turn|turns)
                    # "nights are dreadful, back throbs whether i lie still or move about"
                    nights are (?:dreadful|awful|terrible|horrendous|agony|unbearable|hell)|(?:whether|if) i lie still or (?:move|turn|shift)
                    # "i have to sleep sitting in a chair and even that doesnt help, most nights im up from 2"
                    (?:have to|had to|having to|need to) sleep (?:sitting )?(?:up )?in (?:a|the|my) (?:chair|armchair|recliner)|most nights (?:im|i am|i m) up (?:from|at|by|since) [0-9]
                    # "awake every night for a month with my back"
                    (?:awake|up|woken|waking|wakes me|wake) (?:up )?(?:every night|most nights|all night|each night|night after night) (?:[a-z0-9]+ ){0,4}?(?:with|because of|from|by) (?:my |the |his |her )?(?:back|pain)
                    # "3am every night, pain, cant get comfy whatever i do"
                    {night},? (?:[a-z]+,? ){0,4}?(?:cant|cannot|can not|couldnt) get (?:comfy|comfortable) (?:whatever|no matter|in any)
                    # "now at night it is like fire, nothing help, not sitting, not lying"
                    nothing helps?,? (?:not |no )(?:sitting|lying|laying|standing|walking|position|pillow|painkillers?)
                    (?:at night|in the night|every night) (?:it is |its |is |it feels |feels )?like (?:fire|burning|a knife|knives|hell|torture)
                    # "relentless at night, nothing i do makes it ease"
                    (?:relentless|constant|unrelenting|non ?stop|unbearable|excruciating) (?:at night|in the night|all night|overnight|every night)
                    nothing (?:i do |i try )?(?:makes|will make) it (?:ease|better|go away|stop|settle)
                    # "the pain isnt touched by anything at night", "walked around, sat, lay flat, nothing touches it"
                    (?:pain|it|ache|agony) (?:[a-z]+ )?(?:isnt|is not|not|never|doesnt get|dont get|wasnt) (?:touched|eased|helped|relieved|shifted) by (?:anything|nothing|painkillers|pain killers|pills|tablets|paracetamol|ibuprofen) (?:at night|in the night|overnight|in bed)
                    (?:sat|sit|sitting|lay|lie|lying|laying|walked|walking|stood|standing|rolled|turned)(?: [a-z]+)?,? (?:[a-z]+,? ){0,6}?nothing (?:touches|touched|helps|helped|eases|eased|works|worked|shifts|shifted)(?: it)?
                    # "dad up all night, back, nothing works", "slept in the chair all week because beds agony"
                    (?:up|awake) all night,? (?:with |from |because of )?(?:the |my |his |her |their )?back(?:,? nothing (?:works|helps))?
                    (?:slept|sleeping|sleep|been sleeping) in (?:the |a |my )?(?:chair|armchair|recliner) (?:all week|for (?:a week|days|nights|weeks)|every night|most nights)
                    # "at night its horrible, a deep ache that doesnt go no matter how i move"
                    (?:doesnt|dont|wont|does not|never) (?:go|ease|stop|settle|shift|budge|let up) (?:away )?no matter (?:how|what|which way) (?:i )?(?:move|lie|lay|position|turn|do|try)
                    (?:pain|it|back|back pain|this|the ache|ache|sciatica) .. (?:wakes|woke|waking|wake|keeps waking|kept waking|is waking) me
                    (?:woken|woke|waking|wakes|awoken|wake) .. (?:by|from|because of|due to) (?:the |my |severe |bad |terrible |awful |horrible )?(?:pain|agony|back pain|backache)
                    (?:wake|woke|waking) (?:up )?(?:in the night|at night|during the night|every night) (?:in|with) (?:pain|agony)
                    # "lying down make it more bad not better", "no pillow no position", "never go away at night"
                    (?:lying|lie|lay|laying) (?:down|flat) (?:[a-z]+ ){0,2}?(?:makes?|made) (?:it|the pain) (?:more bad|worse)
                    {cant} find (?:any|a|one) position (?:that )?(?:helps|works|eases it)|(?:any|every) position (?:is )?(?:the )?same
                    nothing (?:makes?|make) it less|no pillow,? no position|(?:no|not any|not one) (?:position|pillow) (?:helps?|works?|makes? it (?:better|less))
                    (?:never|doesnt|does not|dont|wont) (?:go|goes) away (?:at|in the|during the) night
                    {cant} (?:sleep|get to sleep|lie down|lie flat|lay down|lay flat|get comfortable|find a comfortable position)(?! which| so| and so| and that| and it makes) ... (?:pain|hurts|hurt|agony)
                    (?:pain|pains|it|its|back|backs|ache|aching|agony|sciatica) .. (?:worse|worst|unbearable|agony|terrible|horrible|excruciating|severe) (?:[a-z]+ )?(?:at night|in bed|when (?:i )?(?:lie|lying|lay|laying) (?:down|flat)|lying down|lying flat|laying down|laying flat|overnight|in the night)
                    # "last night back pain flared" is yesterday, not night pain
                    (?:night ?time|nocturnal|(?<!(?:last|one|other|tomorrow|friday|saturday|sunday) )night|overnight) (?:lower |low )?(?:back ?pain|backache|back ache|pain)|(?:pain|ache|aching|agony|hurts|hurting) (?:at|in the|during the|through the) night
                    (?:lie|lying|lay|laying) awake .. (?:pain|agony|back|hurts|hurting)
                    (?:pain|it|back|ache) (?:[a-z]+ ){0,2}?(?:at night|in bed|overnight|in the night) (?:is |gets |feels |becomes )?(?:[a-z]+ )?(?:unbearable|agony|terrible|horrible|excruciating|severe|worse|worst|awful)
                    (?:hurts|pain|worst|agony) (?:[a-z]+ ){0,2}?(?:at|around) [1-5] ?(?:am|in the morning)
                    pain (?:all|every|most|each) night
                    {cant} (?:sleep|lie down|lie flat|lay down|lay flat|get comfortable|get comfy) (?:[a-z]+ ){0,4}?{night} (?:[a-z]+ ){0,3}?(?:because|as|from|due to|with) (?:of )?(?:the |my |this )?(?:[a-z]+ ){0,2}?(?:pain|back|agony|sciatica)
                    (?:hurts?|hurting|paining|pains|aches?|aching) (?:too much|so much|a lot|very much|very badly|so badly|really badly) {night}
                    (?:hurts|aches|aching|throbs|throbbing|painful|sore) (?:all|every|most|each) night(?! (?:from|after|because of) )
                    (?:pain|back pain|the ache|ache|sciatica|back|it) (?:[a-z]+ ){0,5}?and (?:it )?(?:wakes|woke|keeps waking|is waking) me
                    (?:hurts|pain|agony|aches?|aching) (?:so much|so bad|so badly|that much|really bad|so severely) {night}
                    {night} (?:[a-z]+ ){0,4}?(?:have to|need to|got to|must) (?:get up|walk around|pace|sleep in a chair)
                    (?:pain|pains|ache|aching|agony|hurts|hurting) (?:in|at|during|in the|during the) nights? (?:is )?(?:so|really|very|too) (?:bad|strong|severe|intense|painful|unbearable)
                    (?:so|really|too) (?:bad|strong|severe|intense|painful) (?:that )?i (?:wake|woke|waking) (?:up )?(?:in the night|at night|crying|and cry|screaming)?
                    (?:rest|resting|lying down|lying still|laying down|pain ?killers?|sleep|lying flat) .. (?:doesnt|dont|wont|isnt|never|not) .. (?:help|ease|easing|helping|touch|relieve|stop|make (?:it|any) (?:better|difference)|improve)
                    nothing (?:[a-z]+ )?(?:helps|eases|works|relieves) .. (?:night|rest|lying)
                    (?:doesnt|dont|wont|isnt|never|not) (?:[a-z]+ )?(?:ease|eased|easing|improve|get better|go away|settle|let up) .. (?:with|when|even with|even when|even if) (?:i )?(?:rest|resting|lie down|lying down|lying still|sleep|sleeping)
                    no position (?:is |feels )?comfortable|no comfortable position|no position (?:helps|works|is any good|makes (?:a |any )?difference)
                    (?:lying|lyin|lie|laying|lying still|lying in bed|lying down|resting) (?:[a-z]+ ){0,3}?(?:makes|make|made) (?:no|nae|zero|little) difference
                    (?:pain|it|back|ache) (?:[a-z]+ ){0,3}?(?:is |gets )?(?:strongest|worst|at its worst) (?:in|at|during) (?:the )?night
                    # no position eases it: "agony, doesnt matter how i lie", "hurts whatever way i sleep"
                    (?:pain|hurts?|hurting|agony|ache|aching|aches|throbbing) (?:[a-z]+ ){0,6}?(?:no matter|doesnt matter|dont matter|regardless of|whatever|whichever|any) (?:how|what way|which way|what position|position|way) (?:i )?(?:lie|lay|sleep|try to sleep|position myself|am lying|im lying)
                    (?:no matter|doesnt matter|regardless of|whatever|whichever|any) (?:how|what way|which way|what position|position|way) i (?:lie|lay|sleep|position myself) (?:[a-z]+ ){0,4}?(?:pain|hurts?|hurting|agony|aches?|aching|throbs|throbbing)
                    (?:sleep|sleeping|getting to sleep) (?:is |has been )?(?:impossible|a nightmare|hell)
                    {night},? nothing (?:helps|eases|works|touches it)|(?:changing|change|changed) (?:my )?position (?:does nothing|doesnt help|makes no difference)
                    {cant} sleep at all(?: {night})?(?:,| and) (?:[a-z]+,? ){0,10}?nothing (?:works|helps|worked|helped)
                    (?:pain|hurts?|kills me|killing me|agony|aches?) (?:[a-z]+ ){0,2}?{night} even (?:when|if|while) (?:im |i am |i m |i )?(?:lying |lie |lay |laying )?(?:totally |completely |perfectly |dead )?still
                    # "nights, the pain is severe and constant", "at night its pure torture, nothing eases it", "no position eases it"
                    nights?,? (?:[a-z]+ ){0,3}?(?:pain|ache) (?:is|gets|feels) (?:[a-z]+ )?(?:severe|unbearable|relentless|constant|torture|agony)
                    (?:nights?|night time) (?:[a-z0-9]+,? ){0,14}?(?:nothing (?:[a-z]+ )?(?:helps|eases|works|relieves)|no position (?:[a-z]+ )?(?:eases|helps|works|relieves)|(?:doesnt|dont) matter (?:what|which|how) (?:way|position)? ?i (?:lie|lay|sleep))
                    no position (?:[a-z]+ )?(?:eases|relieves|eased)|nothing to do with (?:my )?position
                    # "turning over or extra pillows dont help at all"
                    (?:turning over|rolling over|extra pillows|more pillows|pillows|a pillow between (?:my|her|his) knees) (?:[a-z]+ ){0,3}?(?:dont|doesnt|didnt|wont|does not|do not|did not) (?:help|work|ease it|make (?:any |a )?difference)
                    # "at night the back pain is very strong, i cannot sleep", "nights are murder, up pacing the hall at 4am"
                    {night} (?:[a-z]+ ){0,3}?(?:pain|ache|back) (?:is |gets |feels )?(?:very |so |really |too )?(?:strong|severe|intense|unbearable|terrible|awful|horrible|murder|agony)
                    nights (?:are|have been|were) (?:absolute |pure |just )?(?:murder|hell|torture|agony|awful|unbearable|a nightmare|horrendous)
                    (?:up|awake) (?:pacing|pacin|walking) (?:the |round the |around the )?(?:hall|house|landing|floor|kitchen|room)? ?(?:at [0-9]+ ?am|all night|every night|at night|in the night)
                    (?:change|changing|changed|shift|shifting|try|trying|tried) (?:my |every |each |any )?position (?:[a-z]+ ){0,3}?(?:but |and )?(?:no help|doesnt help|dont help|nothing helps|still hurts|no use|makes no difference)
                    (?:up|awake) at [0-9]+ ?(?:am|in the morning) (?:with|because of|from|in) .. (?:pain|agony|back)|(?:can only|have to) sleep (?:in a chair|sitting up|upright)
                    nights are (?:the )?(?:worst|hell|awful|terrible|agony|unbearable|a nightmare)|(?:worst|worse) (?:at|during the|in the) night
                    {night} .. {cant} (?:sleep|get comfy|get comfortable|lie down|settle|lie still|stay in bed)
                    {cant} (?:get comfy|find a comfy position|get comfortable in any position|sleep)(?! which| so| and so| and that| and it makes) .. (?:pain|hurts|hurt|agony|back(?! (?:is |feels |seems )?(?:fine|ok|okay|good|great|alright)))
                    (?:pain|it|back|ache|agony) .. (?:so|really|too|very) (?:bad|severe|intense|painful|unbearable) {night}
                    (?:up|awake) all night (?:with|because of|from|due to|in) (?:the |my |this )?(?:[a-z]+ )?(?:pain|agony|back|backache|sciatica)
                    (?:pain|it|back|ache|sciatica|agony) .. (?:keeps|kept|keeping|is keeping|keep) me (?:up|awake)
                    (?:pain|it|back|ache) .. (?:worse|worst|unbearable|agony|terrible|horrible|excruciating|severe) (?:[a-z]+ )?(?:in the (?:middle of the )?night|in the early hours|in the small hours|at [0-9]+ ?am)
                    (?:get up|got up|getting up|walk around|walking around|pace|pacing) .. {night} .. (?:pain|agony|hurts|back)
                    (?:rest|resting|lying down|lying still|sleep|sleeping|painkillers|pain killers|lying flat|bed rest) (?:[a-z]+ )?(?:makes no difference|makes it no better|does nothing|doesnt do anything|has no effect|changes nothing|no help|no use|useless)
                    (?:pain|hurts|ache|aching|agony) .. (?:day and night|night and day|round the clock|around the clock|24 ?7)
                    (?:lying|laying|lie|lay) (?:down|flat|in bed|still) (?:makes|made) (?:it|the pain|my (?:[a-z]+ )?pain|my back|things) worse
                    worse (?:when )?(?:lying|laying|i lie|i lay) (?:down|flat|in bed)
                    # rest makes it worse, or it hurts lying still: "worse when i rest", "so bad i cry, even lying still"
                    worse (?:when|while|if|as) (?:i )?(?:rest|resting|lie still|keep still|stay still|stop moving)
                    (?:so bad|so much|so painful) (?:that )?i (?:cry|am crying|im crying|sob|scream)(?:,? even (?:lying|laying|when i lie|resting|in bed))?
                    (?:doesnt|dont|wont|isnt|never|not) (?:[a-z]+ )?(?:ease|eased|easing|improve|get better|go away|settle|let up) .. (?:with|when|even with|even when|even if) (?:i )?(?:lie still|lie flat|lay down|lay still|lie in bed|am resting|rest it|rest up|take painkillers)
                    # woken by it: "every night i wake up with strong pain", "wake up at 3am every night with this deep ache"
                    {night} .. (?:wake|woke|waking|wakes) (?:up )?(?:with|in|from|because of|due to) (?:[a-z]+ ){0,3}?(?:pain|pains|ache|agony|aching|throbbing|backache)
                    (?:wake|woke|waking|wakes) (?:up )?(?:[a-z0-9]+ ){0,2}?{night} (?:[a-z]+ ){0,2}?(?:with|in|from|because of|due to) (?:[a-z]+ ){0,3}?(?:pain|pains|ache|agony|aching|throbbing|backache)
                    # nothing eases it at night: "at night its unbearable and nothing eases it"
                    {night} (?:[a-z]+ ){0,12}?nothing (?:i do |i try |i take |seems to |at all |really )?(?:helps?|eases?|works?|relieves?|shifts?|touches|stops?)(?: it| the pain| the ache| my back| my pain)?(?=,|$| and| even| at all| anymore)
                    nothing (?:i do |i try |i take |seems to |at all |really )?(?:helps?|eases?|works?|relieves?|shifts?|touches|stops?)(?: it| the pain| the ache| my back| my pain)? {night}
                    {night} (?:its|it is|it gets|it becomes|the pain is|pain is|the pain gets|is|gets|its just) (?:so |really |just |absolutely |totally )?(?:unbearable|agony|excruciating|terrible|horrible|awful|the worst|worse|severe|intense)
                    # no ease at rest: "hurts constantly at night even lying totally still"
                    (?:hurts|hurting|pain|aches?|aching|agony|throbs|throbbing) (?:[a-z]+ ){0,5}?even (?:when |while |if |at )?(?:i )?(?:am |im )?(?:lying|laying|lie|lay|resting|rest|in bed|keeping still|staying still|not moving|doing nothing)
                    (?:hurts|hurting|pain|aches?|aching|throbbing) (?:[a-z]+ )?(?:constantly|all the time|nonstop|non stop|the whole time) {night}
                    (?:keep|keeps|kept|been|always) (?:waking|waking up|waking me up|waking me) (?:up )?(?:in|with|from|because of) (?:[a-z]+ )?(?:pain|agony|back pain|backache)
                    """).unlessNear(words(
                    // eased by rest, or better at night: "fine by morning", "better at night and worse in the morning"
                    "(?:went|got|dropped|drifted|fell) (?:straight |right |easily )?back (?:off )?to sleep|(?:fine|gone|better|ok|okay) by (?:the )?morning|better (?:at|in the|during the|through the) night"
                    // where one slept: "night pain? only when i sleep on the sofa, my bed is fine"
                    + "|only (?:when|if) i (?:sleep|lie|nap|doze|crash|fall asleep|fell asleep) on (?:the |a |my )?(?:sofa|couch|floor|front|stomach|belly|tummy|recliner|air ?bed|air mattress)"
                    // "aching in the night after a long shift, but when i lie down it is going better"
                    + "|(?:when|once|if) i (?:lie|lay) (?:down|flat) (?:it )?(?:is |gets |goes |s )?(?:going |getting )?(?:better|easier|fine|ok|eases)"
                    // position, not disease: "only when i lie awkwardly and i just roll over"
                    + "|lie awkwardly|lying awkwardly|in one position too long|(?:i |just )?roll over and|roll(?:ed|ing)? over awkwardly"
                    // awake for another reason: "my wife snores and i cant sleep, which makes my back worse"
                    + "|snor[a-z]*|(?:baby|newborn|toddler|kids?|neighbours?|neighbors?|dog) (?:[a-z]+ )?(?:keeps?|kept|woke|wakes|waking) (?:me|us)"
                    // a cramp, not the back: "i keep getting cramp in my calves at night, it wakes me up"
                    + "|cramps?|cramping"
                    + "|legs? (?:sometimes |often |usually )?ache (?:at night )?after (?:a )?(?:long )?(?:walk|hike|run|shift|day)"
                    // up for the baby, not woken by the back: "up at 4am with the baby again, back a bit stiff"
                    + "|(?:with|feeding|for|by) (?:the |my |our )?(?:baby|newborn|toddler|little one)"))// a calf cramp that wakes them, the back never named
                    .ordinaryWhen(facts -> facts.nightPainEasesWithPosition() || facts.otherMuscleOnly()),

            rule("worsening-pain", URGENT, LONG_AGO_OR_SETTLED, """
                    # "it was 3/10 then 5 then 6 now 8, each week go up"
                    (?:each|every) week (?:it |pain |the pain )?(?:go|goes|going|went) up|[0-9] 10 then [0-9]+ (?:then [0-9]+ )*(?:now|and now) [0-9]+
                    # "pain climbing each week since march"
                    (?:pain|it|ache|back) (?:[a-z]+ )?(?:climbing|rising|increasing|growing|building|creeping up) (?:each|every) (?:single )?(?:week|day)
                    # "crept up bit by bit since new year, each week i can do a bit less"
                    (?:crept|creeping|creeps|crawled|got|getting|gets) (?:up |worse )?bit by bit
                    (?:each|every) week (?:i|he|she|they) (?:can|could) (?:do|manage|walk|lift|carry) (?:a (?:bit|little) |a little bit |even )?less
                    # "each week the ache is a bit more than the week before"
                    (?:each|every) week (?:the |my )?(?:ache|pain|it) (?:is|gets|feels) (?:a bit |a little |slightly )?(?:more|worse) than (?:the week before|last week|the previous week)
                    # "pain keeps building week by week"
                    (?:keeps|keep|kept|been) (?:building|climbing|creeping up|ramping up|mounting)(?: up)? (?:week by week|every week|each week|week on week|week after week)|(?:worse|building|climbing|creeping up) week (?:by|on|after) week
                    # "crept up a little bit each week ... still climbing", "every week back hurt more"
                    (?:crept|creeping|creeps|crawled) up (?:a (?:little )?(?:bit )?)?(?:each|every) week
                    (?:each|every) week (?:my )?(?:back|it|the pain|pain) (?:hurts?|hurted|gets?|got|is|feels?|felt) (?:a (?:little |bit )?|a little bit )?(?:more|worse)
                    # "every week it seems to get a bit worse, not better"
                    (?:every|each) week (?:it |the pain |my back )?(?:seems to |just )?(?:gets?|getting|is getting|has got) (?:a bit |a little |slightly |even |a tad )?worse
                    (?:every|each) week (?:it |the pain |my back )?(?:hurts|aches|is sore) (?:a bit |a little |slightly |even |a tad )?more
                    (?:getting|gets|got|gotten|become|becomes|becoming) (?:a little bit |a bit |a little |slightly |a tad )?(?:worse|more and more) (?:every|each) week
                    (?:pain|it|ache|back) (?:become|becomes|becoming|get|gets|is getting|getting) more and more
                    # "week after week more pain, even when i rest", "small pain in april, now is huge, always growing"
                    (?:week after week|week by week|every week|each week|month after month|month by month) (?:[a-z]+ )?more (?:pain|hurt|sore|ache)
                    (?:pain|it|ache|its)(?: is| s| keeps?| always| still){1,2} growing|now (?:it )?(?:is|s|its) (?:huge|massive|enormous|double|twice as (?:bad|much)|triple|much worse|way worse)(?: from (?:the )?(?:beginning|start))?
                    (?:crept|creeping|crawled|crawling|edged|edging|climbed|climbing) up (?:steadily |slowly |gradually )?(?:week on week|week by week|every week|each week)
                    now (?:its |it is |at )?(?:a )?[0-9]+(?: 10| out of 10)? and (?:climbing|rising|going up|getting worse)
                    (?:pain|it|ache|back) (?:[a-z]+ )?creeping up (?:week by week|day by day|every week|each week|by the week)
                    (?:keeps?|kept) (?:on )?creeping up(?=,|$| and| every| each| week| day)
                    (?:creeping|crept|ramping|ramped|edging|edged|ticking|ticked|going|gone) up (?:and up )?(?:[a-z]+ ){0,2}?(?:over|for|during) (?:the )?(?:last|past) (?:few |couple of |[0-9]+ |two |three |four |five |six )?(?:weeks|months|month)
                    (?:gone|went|going|risen|rose|jumped|climbed|crept) (?:up )?from (?:a )?[0-9]+ (?:10 |out of 10 )?to (?:a )?[0-9]+(?: 10| out of 10)?(?![0-9])(?! (?:reps?|kg|kgs|kilos?|lbs?|pounds|sets?|minutes|mins|seconds|secs|km|miles|times|sessions|days|weeks|percent|plates|steps|laps|pull ups|push ups|press ups|chin ups|pullups|pushups|chinups|squats|lunges|burpees|dips)\\b)
                    # a score week by week: "week 1 it was a 3/10, now week 5 its an 8/10" (a falling one is ordinary, see painScoreFell)
                    # dated scores, then now: "a 3 a month ago, 5 two weeks ago, now a 7" (falling: painScoreFell)
                    [0-9]{1,2}(?: 10| out of 10)? {score_date} ago,? (?:[^.?!]{0,40}? )?(?:and )?now (?:its |it s |it is |at |about )?(?:an? )?[0-9]{1,2}
                    (?:week|wk) [0-9]+ (?:[a-z]+ ){0,3}?(?:an? )?[0-9]{1,2} 10,? (?:and |but )?(?:now |by )?(?:week|wk) [0-9]+ (?:[a-z]+ ){0,2}?(?:an? )?[0-9]{1,2} 10
                    (?:each|every) (?:single )?(?:day|week) more(?=,|$| and| now| already| painful| pain)
                    (?:each|every) (?:single )?(?:day|week) (?:it is|its|it gets|it get|the pain is|pain is) (?:a bit |a little )?(?:more|worse|stronger)
                    (?:each|every) (?:day|week) (?:the )?(?:pain|it|ache|back) (?:is |gets )?(?:a bit |a little |slightly )?(?:more|worse|stronger) than (?:the last|the one before|before|the week before)
                    (?:now )?(?:its |it is |the pain is )?(?:double|twice|triple) what it was
                    (?:weekly|daily|monthly),? (?:it |the pain |my back )?(?:gets|is getting|getting|got|goes) (?:a bit |a little |even )?worse
                    (?:month by month|week by week|day by day|every (?:day|week|month)|each (?:week|month|day)),? (?:my |the )?(?:[a-z]+ )?pain (?:[a-z]+ )?(?:increase[sd]?|increasing|grow[sn]?|growing|go(?:es)? up|get(?:s)? worse)
                    (?:it|pain|the pain) only (?:go|goes|going) up|more bad than ever|(?:grow|grows|growing),? (?:grow|grows|growing)
                    (?:each|every) (?:day|week|month) (?:it )?(?:is|gets|s) (?:bigger and bigger|worse and worse)
                    worse,? (?:week after week|day after day|month after month)
                    (?:week by week|week after week|month by month|month after month|week on week),? (?:(?:my |the )?(?:back|pain|it) )?(?:its |it is |it gets |it s |getting |gets |get |just |is getting )?worse
                    not getting better,? (?:just |only )?(?:getting )?worse since
                    (?:week by week|week after week|each week|every week),? (?:my |the )?(?:pain|it) (?:is )?getting (?:bigger|stronger|more)
                    (?:pain|it) (?:each|every) week (?:is )?more than (?:last week|the last|the previous|the week before)
                    worse weekly|weekly worse|(?:each|every) week (?:the )?(?:pain|it) (?:spreads|gets) (?:a bit |a little )?(?:more|worse)
                    (?:each|every) (?:day|week) (?:the )?(?:pain|it|back) (?:is )?more(?=,|$| and| not)|(?:keeps|keep|kept|just keeps) (?:on )?escalating
                    creeping up (?:a notch |a bit |a little )?(?:every|each) week
                    (?:is|gets|getting|get|its|it s) more and more (?:every|each) (?:week|day|month)
                    (?:gone|went|going|goes) (?:steadily |slowly |gradually )?downhill
                    (?:getting|gets|get|got|gotten|growing|becoming|grown) (?:a lot |much |progressively |steadily |gradually )?worse (?:and worse|every day|each day|by the day|day by day|week after week|day after day|month after month|daily|every week|each week|week by week|over (?:time|the|weeks|months|days)|all the time|constantly|steadily|every morning|each morning|by the week|by the hour)
                    (?:keeps|keep|kept|keeping|continues|continue|continuing|continued) (?:on )?(?:getting|to get|growing|becoming|to grow) (?:[a-z]+ )?worse
                    (?:progressively|steadily|gradually|continually|constantly|consistently|increasingly|slowly) (?:getting |got |gotten |becoming |been getting )?(?:worse|more painful|more and more painful)
                    worse (?:and worse|every (?:single )?(?:day|week|morning|night)|each (?:day|week)|by the day|day by day|week on week|week by week|over (?:the )?(?:last|past) (?:few |couple of )?(?:days|weeks|months))
                    worse than (?:the day before|the previous day|yesterday|last week|the week before|it was)
                    worse (?:now |today )?than (?:it was )?(?:a |one |two |three |[0-9]+ |a few |a couple of )?(?:days?|weeks?|months?) ago
                    (?:been|is|has been|keeps|thats been|its been) (?:[a-z]+ )?worsening(?= for| over| since| every| each| day| week|,|$)
                    worsening (?:back )?pain|pain (?:is |has been |keeps )?worsening|getting more and more painful|worse than ever
                    (?:pain|back|it|its|spine|sciatica|symptoms|ache|this) .. (?:getting|is getting|keeps getting|has been getting|been getting) (?:[a-z]+ )?worse
                    (?:steadily|gradually|progressively|constantly|continually|slowly) (?:increasing|intensifying|escalating|worsening|ramping up|building|spreading)
                    (?:pain|pains|it|back|ache|sciatica) .. (?:doubled|tripled|intensified|escalated|ramped up|ramping up|keeps ramping up|keeps building up|been building|keeps building|keeps increasing|keeps intensifying|keeps spreading)(?! (?:up )?(?:my|the|your|his|her|strength|muscle|weights?|reps|load|slowly|gradually))
                    (?:from|going from|gone from|went from) bad to worse|worse (?:not|instead of|rather than) better|deteriorat[a-z]*|going downhill|not getting any better,? (?:just |only )?(?:getting )?worse
                    (?:keeps|keep|kept) getting (?:more painful|more intense|more severe|stronger|more sore|sorer)
                    (?:each|every) (?:single )?(?:day|week|morning) (?:[a-z]+ ){0,3}?worse
                    # more, not worse: "my back hurts more than the day before", "every week more bad", "stronger each day"
                    (?:hurts?|hurting|aches?|aching|pain|painful|sore|agony) (?:[a-z]+ ){0,2}?(?:more|stronger|more intense|more painful|more severe|worse) (?:than (?:the day before|the previous day|the week before|the previous week|yesterday|last week|it did yesterday|it did last week)|(?:each|every) (?:single )?(?:day|week|morning)|day (?:by|after) day|week (?:by|after) week)
                    (?:each|every) (?:single )?(?:day|week|morning),? (?:[a-z]+ ){0,3}?(?:more (?:bad|pain|painful|sore|intense|severe|strong)|more and more|stronger pain|it hurts more|hurts more|hurting more|pain is stronger)
                    (?:more|stronger|bigger) (?:bad|pain|painful|sore|intense|severe|strong) (?:each|every) (?:day|week)
                    (?:pain|back pain|backache|ache) (?:[a-z]+ )?(?:grows|grew|is growing|keeps growing|builds|is building|increases|is increasing) (?:each|every|day by|week by) (?:single )?(?:day|week)
                    worse (?:[a-z]+ ){0,5}?(?:each|every) (?:single )?(?:day|week|morning)
                    # "the pain in my back get more and more, never stop growing", "keeps ramping up"
                    (?:pain|ache|it|back) (?:[a-z]+ ){0,4}?(?:get|gets|getting|grow|grows|growing) more and more|(?:never|doesnt|dont|wont) stop (?:growing|increasing|getting worse|building)
                    (?:keeps|keep|kept|just keeps) (?:ramping|ratcheting|cranking|building) up(?! (?:my|the|your|his|her|strength|muscle|weights?|reps|load|slowly|gradually)\\b)
                    (?:getting|gets|got|grows|growing) (?:tighter|stronger|more intense|more painful|sorer|more sore|bigger|heavier) (?:and (?:tighter|stronger) )?(?:every|each|by the) (?:single )?(?:day|week)
                    (?:increase|increases|increasing|grows|grow|growing|rises|rising) (?:more )?(?:every|each) (?:single )?(?:day|week)
                    (?:pain|pain levels?|it) (?:keeps|keep|is|are|has been) (?:rising|going up|climbing|increasing|creeping up)
                    # "the pain has steadily climbed over the last 8 weeks"
                    (?:pain|pain levels?|it|ache) (?:has |have |had |s )?(?:steadily |gradually |slowly |just )?(?:climbed|risen|crept up|ramped up|gone up|increased|gotten worse) (?:[a-z]+ ){0,2}?(?:over|for|during|in) (?:the )?(?:last|past) (?:few |couple of |[0-9]+ |two |three |four |five |six |eight )?(?:weeks|months)
                    worse than (?:the day before|the week before|the previous (?:day|week)|last week and)
                    # "my back pain has climbed steadily every week for 6 weeks"
                    (?:pain|it|ache|back) (?:has |have |s )?(?:climbed|risen|crept up|ramped up|gone up|increased|got worse|gotten worse) (?:steadily |gradually |slowly )?(?:every|each) week
                    # "pretty constant and stronger each week than the week before"
                    (?:worse|stronger|more painful|more intense|sorer) (?:each|every) (?:single )?(?:day|week) than (?:the )?(?:week |day |one |previous (?:day |week )?)?before
                    worse (?:[a-z]+ ){0,2}?(?:despite|even with|even after|even though i) (?:rest|resting|stopping|stopped|taking|painkillers|physio|not training)
                    """).unlessNear(words("(?:what|how) (?:would |does |do |should |could )?(?:[a-z]+ )?counts? as|i thought (?:[a-z]+ ){0,3}?(?:was|were) getting worse|(?:was|were|got) (?:a bit |really |so )?(?:worried|scared|afraid|concerned|paranoid) (?:that )?(?:my |the |it )?(?:[a-z]+ )?(?:pain |back )?(?:was|is|might be|could be|had been) (?:getting|gotten)|turn(?:s|ed) out|mine (?:is |s )?(?:getting )?(?:better|improving|fine|ok|okay)|(?:some|certain) days (?:are |it is |its )?worse|worse than others|(?:does|do|will|can|could|would|might) (?:it|this|that|they) (?:ever |usually |always )?get worse|overall (?:[a-z]+ ){0,3}?(?:better|improving)|(?:miles|much|way|loads) better|(?<!(?:not|isnt|no|never|nothing|without|stopped) )improving"
                    + "|form|technique|flexibility|mobility|posture|sleep|diet|grip|balance|(?<!(?:didnt|not|even|never|without|havent) )lifts?|squat|deadlift|bench"
                    + "|my (?:strength|numbers|pbs?|prs?|gains|weights|reps|load)|(?:[0-9]+ ?(?:kg|kgs|lbs?|kilos?)) (?:dumbbells?|kettlebells?|plates?|bar)"
                    // kept from getting worse: "does lifting help prevent back pain getting worse over time? mine is stable"
                    + "|(?<!(?:never|not|wont|doesnt|dont|cant) )(?:prevent|prevents|preventing|stop|stops|stopping) (?:[a-z]+ ){0,3}?(?:from )?getting (?:any )?worse|(?:keep|keeps|keeping) (?:[a-z]+ ){1,3}?from getting (?:any )?worse|(?:mine|it|my back|the pain) (?:is|s|has been|stays) (?:stable|steady)")).ordinaryWhen(MessageFacts::painScoreFell),

            rule("immunosuppression", URGENT, NEVER_DISMISSED, """
                    # "tablets for my transplanted kidney"
                    transplanted (?:kidney|liver|heart|lungs?|organ|pancreas)|(?:kidney|liver|heart|lung|organ) transplant
                    # "transplant pt, back pain"
                    transplant pt
                    immuno ?(?:suppress[a-z]*|supress[a-z]*|compromised|deficien[a-z]*)|immune ?(?:suppress|supress)[a-z]*|immune (?:system )?(?:is )?(?:suppressed|compromised|deficient)
                    (?:weak|weakened|low|poor|suppressed|compromised) immune system|immune system (?:is )?(?:weak|weakened|low|poor|shot)
                    hiv|plhiv|(?:have|got|diagnosed with|living with|positive for) aids|antiretrovirals?
                    (?:injections?|jabs?|medicines?|meds|tablets|drugs?|infusions?|pills) (?:that|which) (?:lower|lowers|suppress|suppresses|weaken|weakens|dampen|dampens|reduce|reduces|knock down|knocks down) (?:your |my |the |his |her )?immun[a-z]*
                    (?:virus|illness|disease) that attacks (?:your|my|the|his|her) (?:defences|defenses|immune system|immunity)
                    (?:doesnt|dont|wont|not) reject (?:my |his |her |their |the )?(?:new )?(?:kidney|liver|heart|lung|lungs|organ|transplant)|(?:got|have|had|received) (?:a |my |his |her )?new (?:kidney|liver|heart|lung|lungs)(?! (?:stone|function))
                    (?:treatment|drip|infusion|chemo)s? (?:[a-z]+ ){0,6}?(?:lose|losing|lost) (?:my |her |his |their )?hair
                    # "transplant patient" ends before "patient", the user's own label, not somebody else
                    (?:organ|kidney|liver|heart|lung|bone marrow|stem cell|renal) transplant|transplant (?:meds|medication|medicine|drugs)|transplant(?= patient| recipient)|anti ?rejection (?:meds|drugs|medication|medicine)
                    (?:long ?term|years of|daily|high ?dose|oral|maintenance) (?:[a-z]+ )?(?:steroids?|prednisone|prednisolone|pred|dexamethasone|hydrocortisone|cortisone|corticosteroids?)
                    (?:steroids?|prednisone|prednisolone|dexamethasone|corticosteroids?) .. (?:for (?:years|months|a long time|ages|over a year|my (?:lupus|asthma|copd|crohns|colitis|arthritis|ra|ms|polymyalgia|pmr|vasculitis|lungs))|long ?term|every day|daily|since)
                    pred[a-z]*sol[a-z]*|predni?sone|predisone|methotrexate|azathioprine|tacrolimus|cyclosporin[a-z]*|ciclosporin|mycophenolate|humira|adalimumab|infliximab|etanercept|enbrel|rituximab|biologics?|jak inhibitors?
                    """).unlessNear(words("for a (?:month|fortnight|week|few weeks) (?:back )?in (?:19[0-9]{2}|20[01][0-9]|202[0-3])|(?:for |a )?(?:[1-9]|one|two|three|four|five|six|seven|ten) days? (?:course|only|of (?:it|them|pred[a-z]*|steroids?)|for (?:an? |my )?(?:allergy|allergic|rash|flare|chest infection|asthma|poison ivy|hives))|short course|(?:one|a|1) week course|negative|tested negative|test came back|prep|scare|awareness|fundrais[a-z]*|charity|campaign|hiv (?:positive )?(?:patients|ward|clinic|unit|nurse|nursing)"
                    // the user's work, not their immune system: "i work on an hiv ward"
                    + "|(?:hiv|aids|transplant|oncology|haematology|hematology|infectious diseases?) (?:ward|unit|clinic|nurse|nurses|department|team|service|centre|center|research|lab)"
                    // a local steroid: "prednisolone eye drops", "steroid inhaler"
                    + "|eye drops?|drops|inhalers?|creams?|ointment|nasal spray|topical|gel|occasional(?:ly)?|short course|once|now and then|(?:a |one )?(?:few days|week|5 days) (?:of|course)"
                    // a short course: "a 5 day course of prednisolone for a chest infection"
                    + "|(?:[0-9]+|a|one|two|three|five|seven|ten) ?(?:day|days|week|weeks) course")),

            rule("iv-drug-use", URGENT, LONG_AGO, """
                    # "i use. injecting, not gonna lie"
                    injecting,? (?:not gonna lie|ngl|i admit|to be honest|tbh)|(?:im|i am|i) (?:still |currently )?injecting(?= (?:again|daily|every day|gear|drugs|heroin|speed|meth)|,|$)
                    # "i use (iv) sometimes"
                    (?:use|using|used|do|doing|did|take|taking) iv(?: drugs?)?(?= sometimes| now and then| occasionally| on and off| again| still|,|$)
                    # "i use needles (not insulin)", "shoot up, back pain weird", "inject still sometimes"
                    (?:inject|injecting|use|using) still(?: now)? (?:sometimes|now and then|occasionally|on and off|at weekends)|still inject(?:ing|s)? (?:sometimes|now and then|occasionally|on and off|at weekends|drugs)
                    (?:use|using|used|inject with) needles?,? (?:but )?(?:not|and not|its not|no) (?:for )?(?:insulin|diabetes|medicine|meds)
                    (?:(?<![a-z] )|(?<=\\b(?:i|he|she|they|still|and|we|sometimes|also) ))(?:shoot|shooting) up(?=,|$| (?:and|daily|every|again|sometimes|most|still))
                    # "i use drug with needle before and still sometimes"
                    (?:use|used|using|take|took|taking) (?:the )?drugs? (?:with|by) (?:a )?needles?
                    # "been smoking and injecting for years, just got out of rehab"
                    (?:smoking|using|snorting) and injecting|(?:been|was|started|im) injecting (?:for|since|again|on and off)
                    (?:inject|injects|injecting|injected|shoot up|shooting up|shot up|slamming|slam) (?:[a-z]+ )?(?:drugs|heroin|meth|speed|cocaine|coke|crack|gear|fentanyl|opioids|opiates|smack)
                    (?:iv|intravenous|intravenously|needle|injecting|injection) (?:drug|drugs|heroin|user|users|use)
                    (?:heroin|fentanyl|smack) (?:user|addict|addiction|use)|heroin|ivdu|pwid
                    injected (?:a few times|a couple of times|again|once or twice)
                    # "ex-junkie, still use now and then"
                    junkie,? (?:[a-z]+ ){0,2}?still (?:use|using|inject|injecting|shoot up|dabble)
                    (?:use|using|take|taking|used|took|do|doing) (?:drugs|heroin|meth|gear|speed|coke|cocaine) (?:[a-z]+ )?(?:intravenously|iv|by injection|with (?:a )?needles?)
                    (?:use|using|used to use|share|sharing|shared|dirty) needles? (?:for|to take|to use) (?:drugs|gear|heroin|meth|coke)|mainlin[a-z]*
                    (?:needles|syringes) .. (?:drugs|gear|heroin|meth)
                    (?:use|uses|using|used|take|takes|taking|took) (?:drugs|heroin|gear|meth) (?:with|by|through) (?:a |the )?(?:needles?|syringes?|injection)
                    # said without the drug: "been using needles again", "been shooting up" (not pain shooting up the leg)
                    (?:using|use|uses|used|sharing|share|shared|back on|on) (?:the )?(?:needles|needle|syringes)(?=,|$| again| every| daily| and| since| for (?:years|a few|a couple|[0-9]+|ages|months|a while|a long)| (?:sometimes|occasionally|now and then|every now and then|regularly|a lot|at weekends|on weekends|most days|most weekends|recreationally|still|lately|recently))
                    (?<!\\b(?:pain|it|that|ache|twinge|sciatica|something) )(?:shoots up|injects)(?=,|$| daily| every| regularly| sometimes| again| still| heroin| drugs| gear| and| most| at weekends| on weekends)
                    used to (?:inject|shoot up)(?=,|$| and| but| for| heroin| drugs| gear)
                    i (?:still |used to |use to )?(?:inject|shoot up)(?=,|$| and| but| daily| every| regularly| most| sometimes| now and then| occasionally| at weekends| on weekends| not proud| ngl| tbh| to be honest| if im honest)
                    (?:^been|ive been|i been|i have been|and have been|and been|hes been|shes been|he has been|she has been|i was|im|i started|started|relapsed and|back to|still) (?:shooting up|injecting)(?=,|$| again| daily| every| lately| recently| heroin| gear| drugs| and| on and off| for (?:years|months|ages|a while|a long time))
                    # a relapse told with the injecting: "relapsed last month (injecting)", "relapsed, been injecting again"
                    relaps[a-z]* (?:[a-z]+,? ){0,4}?(?:been |started |back to )?(?:shooting up|injecting)
                    # "i used to use (iv) and was clean six months but slipped up recently"
                    (?:use|used|using|used to use) (?:iv|needles|the needle)(?= and| but|,),? (?:[a-z0-9]+,? ){0,8}?(?:slipped up|relapsed|using again|back on it|fell off the wagon)
                    """).unlessNear(words("(?:give|giving|gave|administer[a-z]*|hang|hanging|set up|setting up|prescrib[a-z]*|draw up|drawing up) (?:[a-z]+ )?(?:iv|intravenous)|heroin chic|awareness|fundrais[a-z]*|charity|(?<!not )(?<!not for )insulin|diabetic|diabetes|acupunctur[a-z]*|dry needl[a-z]*|tattoo[a-z]*|knitting|sewing|vaccin[a-z]*|blood tests?")),

            // ---------------------------------------------------------------- STOP
            rule("sharp-pain", STOP, LONG_AGO_OR_SETTLED, """
                    # "sciatic zap on the hinge"
                    (?:sciatic|sciatica|nerve) (?:zap|zing|jolt|shock|bolt)s? (?:on|during|in|when|while|mid|at) 
                    # "stabbing in back on last rep", "deadlifting 140 today and felt a stab"
                    (?:stabbing|shooting|stabby|searing) (?:in|through|across|into) (?:my |the |his |her )?(?:lower |low |mid |upper )?(?:back|spine)
                    (?:felt|got|had|feel|get|gets|feels|felt like) a (?:sudden |sharp |quick |little |big |massive |real |proper |horrible |nasty )?(?:stab|jab)\\b(?! at\\b)(?! of (?:guilt|jealousy|envy|regret|pride|nostalgia|panic|fear|anxiety|sadness|shame|worry|hunger|love))
                    # "in the middle i felt a sharp stitch in the back, not the side"
                    sharp stitch in (?:the|my) (?:lower |low |middle of (?:the|my) )?back
                    # "a zinging electric pain down the leg on every deadlift rep"
                    (?:zinging|zingy|electric|electrical|shooting|zapping) (?:[a-z]+ )?pain (?:down|into) (?:the|my) (?:leg|legs|thigh|calf) (?:on|during|with|every|each|when)
                    # "zing thru my back lifting", "a lightning in my back when i lift the bar"
                    # "like a lightning bolt down into my butt"
                    lightning(?: bolt)? (?:[a-z]+ ){0,2}?(?:in|into|through|up|down|across|to) (?:my |his |her )?(?:lower |low )?(?:back|spine|butt|bum|glutes?|legs?|hip|buttocks?)
                    (?:a )?zing (?:thru|through|up|down|in|across) (?:my |his |her )?(?:lower )?back|(?:a |like (?:a )?)?lightning(?: bolt)? (?:in|thru|through|up|down|across) (?:my |his |her )?(?:lower )?back
                    # "pinging pain in back mid set", "a pain shot through his lower back"
                    (?:pinging|pingy|twanging|zinging) (?:pain|twinge|feeling) (?:in|down|through|across) (?:my |the |his |her )?(?:lower |low )?back
                    (?:pain|it|something) shot (?:right |straight )?(?:through|across|down|up) (?:his|her|their) (?:lower |low )?back
                    # telegraphic: "ouch. sharp on last rep", "pain sharp as hell during set"
                    sharp (?:on|at|during|in) (?:the |my |a )?(?:last |first |final |second |third |next )?(?:rep|set|lift|pull|squat)
                    (?:pain|it|twinge),? (?:is |was )?sharp as (?:anything|a knife|hell|fuck|f|heck|shit)
                    # "something zapped me in the back, like a jab"
                    (?:something|it) (?:zapped|jabbed|stabbed|stung|shot|bit|zaps|jabs|stabs|stings|shoots|bites|keeps (?:zapping|jabbing|stabbing|stinging)) me (?:in|through|across) (?:the |my )?(?:lower |low |upper |mid )?back
                    # "felt a jab like a drawing pin in my lower back"
                    (?:jab|prick|stab|sting|twinge) like (?:a |an )?(?:[a-z]+ )?(?:pin|needle|knife|nail|blade|wasp sting|bee sting)
                    # "something went zing in my lower back, like a hot wire"
                    (?:something|it|my back) (?:went|goes|going|just went) (?:zing|ping|twang|zap|ting|zip)
                    (?:in|through|across|down) (?:my |the )?(?:lower |low |upper )?back,? like a (?:hot |red hot |live )?(?:wire|poker|needle|knife|blade|electric shock)
                    # "then bang, sharp pain left side low back"
                    (?:{quality}) (?:pain|twinge|jolt|stab) (?:[a-z]+ ){0,2}?(?:left|right) (?:side )?(?:of )?(?:my |the )?(?:low|lower|upper|mid) back
                    # "a pain went through me like a bolt"
                    (?:pain|it|something) (?:went|shot|ran|tore|ripped) (?:right |straight )?through me(?: like a (?:bolt|knife|shock|lightning bolt|bullet|electric shock))?
                    # "on rep 8 he grabbed his back, sharp sudden pain"
                    (?:on|at|around|by) (?:the )?(?:rep|set) (?:[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten),? (?:[a-z]+,? ){0,6}?{quality} (?:[a-z]+ ){0,2}?{painword}
                    # "back twinged hard, really sharp"
                    twinged (?:really |very |so )?(?:hard|badly|sharp)|twinged,? (?:really |very |super )?sharp
                    # "pain spike picking up dumbbell", "sudden when i did the dead bug, made me yelp"
                    (?:pain )?spike (?:of pain )?(?:when |while |picking|lifting|on (?:the |my |a )?|during )
                    (?:made|had) me (?:yelp|yell|scream|cry out|gasp|shout|squeal|howl)
                    # "bending to lift the dog food sack and bam, sudden sharp pain", "a hot jab", "twinge? more like a stab"
                    (?:lift|lifting|bending|bent|picking up|picked up|carrying|pulling|pushing|reaching) (?:[a-z0-9]+,? ){0,7}?(?:and |then )?(?:bam|bang|boom|wham|whack|suddenly),? (?:a )?(?:sudden |sharp |stabbing |shooting )+(?:pain|twinge|stab)
                    (?:a )?hot jab|(?:jab|stab|stabs) (?:in|inside|through|into) (?:my |the )?(?:lower |low )?(?:back|spine)|more like a stab|(?:was|it was|its) sharp for a (?:bit|second|few seconds|moment|minute)
                    # "a nasty sharp bit for a few seconds", "something catch in my back, sharp as anything"
                    (?:nasty |horrible |really )?sharp bit|(?:back|spine),? sharp as (?:anything|a knife|hell)
                    zingers? of a (?:pain|twinge)
                    zingers? (?:in|down|up|through|across|into) (?:my |the )?(?:lower |low |upper |mid )?(?:back|spine)
                    (?:its|it is|it was|thats) (?:really |very |so |quite |super )?(?:sharp|stabbing|shooting|stabby)(?=,| when| whenever| every| and| comes| if)
                    {report} .. {quality},? (?:[a-z]+,? ){0,2}?{painword}
                    # the quality after the pain, non-native order: "i feel a pain very sharp in my back"
                    {report} (?:a |an |some )?{painword} (?:very |really |so |quite |super |too )?(?:sharp|stabbing|shooting|stabby|searing|electric)(?! (?:dressed|looking|mind|eyes?))
                    (?:pain|it|ache|twinge) (?:came on|started|hit me|struck|kicked in) (?:really |very |so |all of a )?(?:suddenly|sudden|sharply|sharp|out of nowhere)
                    {quality} (?:[a-z]+ ){0,2}?{painword} .. (?:in|down|through|into|across|up|along|shot|shooting|shoots|going|went|ran|runs|running|radiating|from|hit|hits|struck|grabbed) (?:[a-z]+ )?(?:my|me|his|her|their)
                    {quality} (?:[a-z]+ ){0,2}?{painword} (?:when|while|during|as|mid|after|whenever|every time) .. (?:i|im|my)
                    {quality} (?:[a-z]+ ){0,2}?{painword} ... {exercise}
                    {exercise} .. {quality} (?:[a-z]+ ){0,2}?{painword}
                    (?:pulled|felt|got|had|tweaked) a (?:really |very |proper )?sharp one
                    (?:feel|felt|feels) like (?:a |an )?(?:electric )?shock (?:go|goes|went|going) (?:through|down|up|into)
                    (?:pain|it) (?:shoot|shoots|shot) (?:up|down|through|into|across) (?:my|me)
                    (?:popping|pop|cracking|snapping) (?:noise|sound) (?:w|with|and) (?:pain|a sharp pain)
                    # the quality alone after the injury: "tweaked it on clean and jerk, sharp af"
                    (?:tweaked|pulled|hurt|did|twinged|tweak) (?:it|my back|something|my lower back) (?:[a-z]+ ){1,5}?{exercise}, (?:really |so |super |very )?(?:sharp|stabby|stabbing)(?: af| asf| as hell| as fuck| as heck)?(?=,|$| and| now| still)
                    # told as a list: "mid workout, stiff leg deadlift, sudden sharp pain"
                    {exercise}, (?:(?!(?:no|not|never|without|but|zero)\\b)[a-z]+ ){0,3}?{quality} (?:[a-z]+ ){0,2}?{painword}
                    {quality} (?:[a-z]+ ){0,2}?{painword} (?:in|down|through|across|into|up) (?:the |my |me |her |his |their )?(?:lower |low |upper |mid |left |right )?(?:back|spine|leg|legs|hip|glute|buttock|side)
                    (?:pain|it|twinge|ache|feeling) (?:is|was|felt|feels|went|got|turned|became|goes|gets|has been|keeps) (?:[a-z]+ )?(?:really |very |quite |so |super )?(?:sharp|stabbing|shooting|electric|searing|piercing)
                    (?:back|spine|hip|glute|side) (?:just |suddenly )?(?:went|goes|turned|got|suddenly went) (?:really |very |so |super |all )?(?:sharp|stabby|stabbing)
                    (?:shot|shoots|shooting|zapped|zapping|jolted|surged|bolted|stabbed|stabbing|shot right) (?:[a-z]+ )?(?:down|through|into|up|along|across) (?:my|me|both|the back of my)
                    (?:like|as if) (?:a |an |being |i was |im being |someone )?(?:knife|stabbed|stabbing|electric|electricity|an electric shock|electric shock|lightning|shot|hit by lightning|someone stabbed|needles?|a hot poker|tasered|zapped)
                    (?:stabbing|shooting|searing) (?:[a-z]+ ){0,2}?{painword}
                    (?:like|as if) (?:someone|somebody|something) (?:just )?(?:stuck|stabbed|jabbed|poked|put|shoved|pushed|drove) (?:me )?(?:with )?(?:a |an )?(?:needle|knife|pin|nail|skewer|blade|dagger|hot poker)
                    {quality} (?:[a-z]+ ){0,2}?{painword} (?:at|on|in) (?:the )?(?:bottom|base|top|middle) of (?:my |the )?(?:back|spine)
                    # no preposition: "boom sudden sharp pain low back right there"
                    {quality} (?:[a-z]+ ){0,2}?{painword},? (?:lower|low|upper|mid) back
                    {exercise} (?:[a-z]+ ){0,6}?(?:there is|theres|there was|i got|i get|got|i feel|i felt|felt) (?:a |some |this |an )?{quality} (?:[a-z]+ ){0,2}?{painword}
                    # pictures of a sudden hit: "pain like a bolt in my lower back", "felt like being shot"
                    (?:{painword}|felt|feels|went) (?:just |really |almost |kind of |kinda )?like (?:a |an |being |getting )?(?:bolt|shock|lightning bolt|bolt of lightning|gunshot|bullet|shot|whip|whip crack|crack of a whip|electric current|current|live wire|cattle prod|taser|tasered|hot knife)(?! of (?:energy|inspiration|motivation))
                    # the quality at the end of a long subject: "the pain in my back while im doing farmers walks is sharp"
                    (?:the |that |this )(?:pain|twinge|ache|feeling|sensation) (?:[a-z]+ ){2,14}?(?:is|was|feels|felt|got|turned|gets|went) (?:really |very |so |quite |super |properly |pretty |all of a sudden |suddenly )?(?:sharp|stabbing|shooting|stabby|searing|electric)
                    (?:twinged|twinge|stabbed|shot|spasmed|spasm|seized|seize|went|go|tweak|tweaked|ping|pinged|catch|caught|pull|pulled) (?:really |very |so )?(?:sharply|suddenly)
                    (?:sudden|instant|searing) agony|(?:jolt|jolts|bolt|shock|stab|stabs|surge|spike|burst|flash|zap|zing|shot) of (?:sharp |sudden |intense |severe |bad |real )?(?:pain|agony|electricity)
                    {quality} (?:[a-z]+ ){0,2}?{painword} (?:[a-z]+ ){0,8}?(?:every time|whenever|when|while|during|as|mid|doing|on) (?:[a-z]+ ){0,4}?{exercise}
                    (?:with|and) (?:a |this |some )?{quality} (?:[a-z]+ ){0,2}?{painword}
                    (?:doing|does|did) (?:a |this |some |that )?(?:sharp|stabbing|shooting|searing)
                    # said on its own as what happened: "doing superman holds, sudden sharp pain, should i push through"
                    {quality} (?:[a-z]+ ){0,2}?{painword}(?=,| (?:just now|right now|now|today|then|again|should|and now|and i|so i|out of nowhere|mid [a-z]+|catch|caught|grab[a-z]*|hit me|took me|came|come))
                    # knife pictures: "knife in the back feeling", "like a dagger in my spine"
                    (?:knife|knives|dagger|blade|ice pick|screwdriver|hot poker|poker|skewer|nail|spike) (?:[a-z]+ )?(?:in|into|through|stuck in|jammed in|twisting in|twisted in) (?:the |my )?(?:lower |low |upper |mid |left |right )?(?:back|spine|side|hip|glute|buttock|bum|leg)
                    # a verb then sharp: "something twinged really sharp", "pinged sharp"
                    (?:twing[a-z]*|pinged|pinging|stung|stinging|caught|catching|jabbed|jabbing|zinged|zapped|spiked|hurt|hurts|hurting) (?:[a-z]+ )?(?:really|very|so|super|properly|quite|bloody|damn|dead|proper|well|suddenly) (?:sharp|sharply|stabby)
                    (?:twing[a-z]*|pinged|pinging|stung|jabbed|zinged|zapped|spiked) (?:sharp|sharply|stabby)
                    {painword} (?:in|on|down|through) (?:my |the )?(?:[a-z]+ )?(?:back|spine|side|hip|glute|leg) (?:that|which) (?:was|is|felt|got|went) (?:really |very |so |quite |super |properly )?(?:{quality})
                    {painword} (?:that|which) (?:was|is|felt|got|went) (?:really |very |so |quite |super |properly )?(?:{quality})
                    {report} (?:a |another |this )?(?:really |very |proper |nasty |real )?(?:sharp|stabby|stabbing|shooting|knifey|searing) one
                    # the back "gave" it: "my back gave a sharp twinge"
                    (?:back|spine|it|something) (?:gave|gives|let out|did) (?:me )?(?:a |an |this |one )?(?:[a-z]+ )?{quality} (?:[a-z]+ )?{painword}
                    # sharp said after a comma: "felt a pull in my back, very sharp, doing cable rows"
                    (?:felt|got|had|feel|feeling|get) (?:a |an |this |some )?(?:[a-z]+ ){0,5}?(?:[a-z]+), (?:and |it was |was |it felt |felt )?(?:really |very |so |super |quite |pretty )?(?:sharp|stabbing|stabby|shooting|searing|knife ?like)(?=,|$| and| pain| one| doing| on| during| when| while)
                    # the stab itself: "felt a stab in my back", "stabbing in my lower back"
                    (?:felt|feel|feeling|got|had|get|gets) (?:a |this |another |some )?(?:stab|stabs|jab|jabs|jolt|bolt|zap|zing) (?:[a-z]+ )?(?:in|through|down|into|up|across) (?:my|the)
                    (?:stabbing|shooting|searing|knifing) (?:in|through|down|into|across|up) (?:my|the|his|her|their)
                    {exercise} (?:[a-z]+ ){0,3}?(?:i )?got stabbed|got stabbed (?:in the back )?(?:on|during|mid|doing) (?:a |my |the )?{exercise}
                    (?:pain|it|something) (?:shot|shoots|shooting) (?:from|out of|through|across) (?:my |the )?(?:[a-z]+ ){0,2}?(?:down|into|to|through)
                    (?:a |this )?(?:hot|burning) (?:jab|stab|knife|needle|spike|poker)|sharp enough to (?:make|stop|drop|take|floor|wind)
                    # scored on the way: "a sharp 8 out of 10 jab in my lower back during deadlifts"
                    {quality} (?:[0-9]+|ten|nine|eight|seven) (?:out of |outta |of )?(?:10|ten) {painword}
                    # a "zinger": "got an absolute zinger of a pain in my lumbar spine"
                    {report} (?:a |an |this |one |another )?(?:[a-z]+ ){0,2}?zingers?
                    """).unlessNear(words("stab(?:bing)? in the dark|sharp pain (?:isnt|is not|means|feels like)|what (?:does|would) sharp (?:[a-z]+ )?(?:feel|mean)|(?:does|do|would|what does|what do|what would)(?: a)? (?:sharp|shooting|stabbing|sudden)(?: pain)? (?:mean|feel like)|(?:says|said|reckons|told me|thinks) (?:that )?(?:a )?sharp pain is|sharp pain is (?:normal|fine|ok|okay|good|expected)|static|(?:touch|touched|touching) the (?:rail|handle|door|car)|wallet|bank (?:account|balance)|purse|bills?|fees|splinter|paper cut|bee sting|stung by|shooting stars?|ego|pride|my heart|hunger|hungry|pangs?|stitch"
                    // a foot that went to sleep: "when i stood up it was like needles"
                    + "|(?:went|gone|go|goes|fell|falls) to sleep|pins and needles"
                    // "a sharp twinge when i stand up from the sofa, not when im exercising"
                    + "|not (?:when|while|during) (?:im |i am |i )?(?:exercising|training|lifting|working out|at the gym|in the gym)"
                    + "|(?:in|on) my (?:stomach|tummy|belly|gut|abdomen)|not (?:in )?my back"
                    + "|warnings? about|reading (?:all )?(?:these|the|those) (?:warnings|posts|stories)"
                    // not a pain of mine: "her claws were stabbing me", "the stabbing in the true crime podcast"
                    + "|claws?|podcast|true crime|crime (?:show|drama|novel|series|documentary)"
                    + "|(?:in|on) my (?:finger|fingers|thumb|hand|eye|ear|tooth|teeth|gum|head|nose|lip|tongue)|tongue|stubbed|(?:in|on) (?:my |the |his |her |their )?(?:shoulders?|heels?|elbows?|wrists?|knees?|ankles?|neck|jaw|arch|toes?)|(?:feeling|pang|stab|stabbing feeling) of (?:guilt|regret|jealousy|envy|shame|hunger|nostalgia)|guilt|(?:my|the) (?:toe|toes|finger|thumb)"
                    // a cramp away from the back: "a sudden cramp in my calf"
                    + "|(?:calf|calves|foot|feet|toes?|hamstrings?|quads?|arch|hand|fingers) cramps?|cramp[a-z]* (?:up )?in (?:my )?(?:calf|calves|foot|feet|toes?|hamstrings?|quads?|thigh|arch|hand|fingers)")),

            rule("pop-or-snap", STOP, LONG_AGO_OR_SETTLED, """
                    # "pop + pain doing rdls", "a click then pain"
                    (?:pop|popped|click|clicked|snap|snapped|ping|pinged|twang|twanged),? (?:and |then |with |followed by )?(?:a |some |instant |immediate |sharp |sudden )*(?:pain|agony)\\b
                    # "something in my back went twing, sharp"
                    (?:back|something|it) (?:[a-z]+ ){0,3}?went (?:twing|twang|ping|boing|pop|snap|crack)
                    # "my back went with a pop on my last deadlift"
                    (?:back|spine|something|it|hip) (?:just )?(?:went|has gone|gone|goes|gave|gave way|gave out|went out) with (?:a |an |this |such a )?(?:[a-z]+ )?(?:pop|snap|crack|twang|crunch|clunk|bang|ping)
                    # "my back: *pings like a guitar string*", "his back pinged on a squat", "felt snap in back"
                    # "pop + pain in lower back during stretching"
                    (?:pop|snap|crack) (?:\\+|and|plus|with|then) (?:sharp |sudden |bad )?(?:pain|hurt|agony)
                    pings? like a (?:guitar |piano |violin )?string|back (?:pinged|pings|went ping)|felt snap (?:in|at) (?:my |his |her )?back
                    # said in three words: "in gym back pop. hurts"
                    back (?:pop|popped|snap|snapped)(?=,|$| and| hurts| pain| ouch)
                    (?:back|spine|something) (?:did|made|gave) (?:a |an |this )?(?:[a-z]+ ){0,2}?(?:pop|snap|crunch|crack|clunk)
                    (?:back|spine) (?:make|made|makes|gave|give|gives) (?:a |this |some )?(?:[a-z]+ )?(?:sound|noise)(?: [a-z]+)? (?:and|then|,) (?:it )?(?:hurt|hurts|hurted|pain|painful)
                    (?:felt|heard|had|got|was|there was|noticed|feel|heard this|felt this) .. (?:pop|popping|snap|snapping|twang|twanging|(?<!wear and )tear|tearing|rip|ripping|ping|giving way|crunch|clunk)
                    felt (?:some?thing|it|my back|a muscle) (?:go|give|move|shift|slip)
                    (?:felt|feel|feels|feeling) like (?:some?thing|my back|a muscle|a disc|my disc) (?:just )?(?:moved|shifted|slipped|went|gave|popped|tore|snapped|ripped|broke|break|broken|tear|torn|rip|snap|pop|give|go|move|shift|slip|crack|cracked)
                    # the pop, then the pain: "pop then pain", "felt a snap and instant pain"
                    (?:pop|popped|snap|snapped|twang|twanged|ping|pinged|crunch|clunk|tear|rip)(?: (?:then|and then|followed by|and|with)|,) (?:a |an )?(?:sharp |instant |immediate |sudden |intense |bad |real |massive )?(?:pain|agony|ouch)
                    (?:back|spine|it|something) (?:[a-z]+ )?(?:pings?|pinged|twangs?|twanged|snaps?|snapped) like (?:a |an )?(?:guitar|string|elastic|rubber band|band|whip)
                    (?:something|some?thin|it) (?:just )?(?:pop|pops|popped|snap|snapped|tear|tore) (?:for|in|at|inside) (?:my )?(?:waist|back|spine|hip|lower back)
                    (?:some?thing|it|my back|back|spine|disc|disk|muscle|a muscle|hamstring|my hamstring|my spine|glute|my glute) (?:[a-z]+ )?(?:popped|snapped|twanged|tore|ripped|pinged|went pop|went snap|went twang|went ping|went crack|went click|gave way|gave out|gave in)
                    some?thing (?:just )?gave
                    (?:back|spine|something|it|hip) (?:made|gave|let out) (?:a |this |some |an )?(?:[a-z]+ )?(?:pop|popping|snap|snapping|crack|cracking|crunch|crunching|clunk|clunking)(?: noise| sound)?
                    some?thing (?:just )?(?:went|gave|moved|shifted|slipped|tore|pulled|popped|clicked|snapped|cracked) (?:in|inside|at) (?:my )?(?:lower |low |upper |mid )?(?:back|spine|hip|glute|hamstring)
                    some?thing (?:just )?(?:went|go|goes) (?:pop|snap|crunch|click|crack|twang|ping|bang)
                    back (?:just |completely |totally )?(?:locked|locked up|seized|seized up|spasmed|went into spasm|gave out|gave way)
                    (?:pop|snap|twang|tear|rip|ping|crunch|clunk) (?:in|from|inside|at) (?:my |the )?(?:lower |low |upper |mid )?(?:back|spine|disc|disk|hip|glute|hamstring)
                    my (?:lower |low |upper |mid )?back (?:just |completely |totally )?(?:gave out|gave way|gave in|locked|locked up|seized|seized up|spasmed|went into spasm|went out(?!,? (?:to|for|with|into|shopping|of)\\b)|popped|snapped)
                    (?:my )?(?:lower |low |upper |mid )?back (?:just |completely |totally )?(?:went|has gone|is gone|gone again|went again)(?= (?:while|when|during|mid|as|on|at|in|doing|bending|lifting|picking)\\b|,|$| again(?: (?:while|when|during|mid|as|on|at|in|doing|bending|lifting|picking)\\b|,|$))
                    (?:threw|thrown|throw|put|putting|popped) my back out|(?:put|threw|thrown) out my back
                    popped (?:something|a disc|a muscle)(?! (?:in the|into|on the|off|open|out of the|over|round|back on|in to))
                    """).unlessNear(words("(?:guy|man|woman|girl|bloke|lad|lady|person|someone) next to me|ear ?buds|ear ?phones|head ?phones|airpods|speaker|music|thought (?:i d|id|i had|i would|id have) (?:put|done|thrown|popped|snapped)|(?:ll|ill|will|would|going to|gonna) snap (?:my|your|his|her) (?:spine|back)|knuckles?|(?:i was|was|been|were|ive been) told|cork|champagne|prosecco|balloons?|someone (?:else )?(?:dropping|dropped|dropped a)|(?:feels?|felt) (?:so |really )?(?:good|great|nice|better|relieved|amazing)|no pain|painless|same old (?:ache|pain|thing|story|back|pattern|problem|trouble)|one of (?:my|its|his|her) (?:bad |usual )?(?:spells|episodes|phases|flare ?ups)|same as (?:it does )?every (?:spring|summer|autumn|winter|year|time)|(?:didnt|did not|doesnt|does not) hurt(?! (?:at first|initially|straight away|right away|at the time|until|till))|(?:pop|snap|crack|click|crunch)(?:ed|ing|s)? (?:from|in|of) (?:my |the )?(?:knees?|shoulders?|jaw|ankles?|wrists?|elbows?|neck|fingers?|toes?|knuckles?)|wear and tear|relief|osteo(?!por)[a-z]*"
                    // dreamt, not happened: "had a dream that my spine snapped during bench"
                    + "|dream[a-z]*|nightmare|horror|movie|film|speakers?|sound system|pop music|balloon|popcorn"
                    // feared, not happened: "my husband reckons ill put my back out if i start lifting"
                    + "|(?:ill|i will|ill end up|im going to|going to|gonna|might|could|would|will|(?:worried|scared|afraid|terrified) (?:that )?i(?:ll| will| might)?|dont want to) (?:[a-z]+ )?(?:put|putting|throw|throwing|do|doing) my back (?:out|in)"
                    // a figure of speech: "felt a pop... of pure joy"
                    + "|(?:seized|locked|stiffened)(?: up)? (?:a bit|a little|slightly)"
                    + "|pop (?:of )?(?:pure |sheer )?(?:joy|pride|happiness|excitement|delight)|pop (?:concert|music|song|songs|star|gig|festival|group|quiz)"
                    // skin and clothes: "the knurling tore my hands up"
                    + "|(?:tore|torn|ripped|rip) (?:my |the |a |his |her )?(?:hands?|palms?|skin|callus(?:es)?|shins?|jeans|shirt|leggings|trousers|shorts|top)|knurling|callus[a-z]*"
                    // held still on purpose: "should i keep my back locked still when it hurts"
                    + "|(?:keep|keeps|keeping|kept|hold|holding|held) (?:my |your |the )?(?:lower |low )?back (?:locked|still|rigid|stiff|straight|braced)"
                    // the kit, not the body: "a pop from the barbell collar"
                    + "|(?:pop|snap|crack|clunk|bang|ping) (?:from|of|off) (?:the |my )?(?:[a-z]+ )?(?:barbell|bar|collar|clip|plates?|machine|cable|band|rack|bench|belt|chair|floor)|(?:crack|bang|clunk|thud) (?:on|against) the (?:floor|ground)"
                    + "|dropped (?:a |the |my )?(?:dumbbell|barbell|weight|plate|kettlebell|bar)"
                    // the kit or the pump: "the band snapped and hit my arm", "veins popping"
                    + "|(?:band|strap|rope|string|laces?|elastic|chain|handle|clip|collar) (?:and it |just |had |has |suddenly )?(?:snapped|snaps|broke|popped|pinged)|snapped and hit|veins? (?:[a-z]+ )?popp[a-z]*|popping veins"
                    + "|(?:pop|popped|popping) (?:in )?(?:my )?ears?|ears? (?:pop|popped|popping)"
                    // pop the food or music: "had a pop tart", "pop music while lifting"
                    + "|open(?:ed|ing|s)? (?:a |an |the |my )?(?:[a-z]+ ){0,3}?(?:can|bottle|tin|jar|lid)|pop ?tarts?|popcorn|pop (?:music|songs?|playlist|quiz|star|punk|up|ups|by|round|filters?|sockets?|shields?|culture|art)|k ?pop|soda|snap ?chat|snap(?:ped)? a (?:pic|photo|selfie)"
                    + "|chiropract[a-z]*|chiro|crack(?:ed|ing)? my (?:back|neck|knuckles|spine|hip|toes|fingers)|stretch[a-z]*|yoga|knuckles"
                    // stiffness from sitting that walking loosened: "locked up after a 4 hour exam, then it loosened"
                    + "|loosen[a-z]*|(?:after|from) (?:sitting|a long drive|driving|the flight|sleeping awkwardly)|(?:slept|sleeping) (?:funny|awkwardly|wrong|badly)|woke up with"
                    // other people's: "people at my gym keep saying their back popped"
                    + "|(?:their|everyones|peoples|your|someones|somebodys) backs? (?:[a-z]+ )?(?:pop|popped|snapped|went|gave|clicked|cracked|pops|snaps)"
                    // someone else's in a story: "saw a video about a guy who had a pop in his back deadlifting"
                    + "|(?:video|clip|story|post|reel|tiktok|article|documentary|thread) (?:about|of|on|where|with) (?:a |some |this |one )?(?:guy|man|bloke|woman|lady|girl|lifter|powerlifter|person|someone|somebody)"
                    // a noise about the house: "heard a pop in the kitchen, it was the toaster"
                    + "|(?:pop|snap|bang|crack|click) (?:in|from|outside) (?:the )?(?:kitchen|house|street|garden|next room|hall|hallway|garage|road)|it was (?:the|a|my) (?:toaster|kettle|microwave|door|car|tyre|tire|balloon|bottle|cork|oven|boiler|radiator)"
                    // "heard a pop, turned out to be my water bottle"
                    + "|turned out (?:to be |it was )?(?:just )?(?:my |the |a |an |someones )?(?:water )?(?:bottle|phone|bar|barbell|plate|chair|bench|foam roller|balloon|door|bag|can|shoe|floor|knee|knuckles?)"
                    // a known yearly pattern: "seized up after gardening, happens every spring"
                    + "|happens (?:every|each) (?:spring|summer|autumn|winter|year|time)|(?:every|each) (?:spring|year) (?:it|this) happens"))
                    .ordinaryWhen(MessageFacts::clearedByClinician),

            rule("click-with-pain", STOP, LONG_AGO_OR_SETTLED, """
                    click|clicked|clicking|clicks|clicky|crack|cracked|cracking|cracks|crunch|crunched|crunching|crunchy|clunk|clunked|clunky|crick|cricked|cricking
                    """).onlyWith(phrases("""
                    pain|painful|hurts?|hurting|agony|ouch|ow|oww|owch|sharp|cant move|couldnt move|cant straighten|couldnt straighten|screamed|spasm|throbbing|throbs
                    # "heard this click in my back and then it properly bit me, had to put the bar down"
                    (?:properly |really |it )bit me|had to (?:stop|put (?:the |it |my )?(?:bar|barbell|weight|weights|dumbbells?|it) down|drop (?:the )?(?:bar|barbell|weight)|rack (?:it|the bar))
                    """)).unlessNear(words("crack(?:ed|ing|s)? up|cracked me up|no pain(?: though| tho| at all)?|felt (?:great|amazing|good)|back crack|crack(?:ed|ing)? my back|clicked (?:on )?(?:the |a )?(?:wrong )?(?:button|link|ad|box)|chiro[a-z]*|relie[fv][a-z]*|feels? good|knuckles|(?:its|it is) the machine|machine (?:makes|made|is making|keeps making) (?:a |this )?(?:loud )?(?:click|clicking|noise)"
                    // the habitual noise of a stretch: "my back cracks a lot when i stretch"
                    + "|(?:clicks|cracks|pops|crunches) (?:a lot |loads |sometimes |always |often )?(?:when|if|whenever) i (?:stretch|twist|roll over)"
                    // slept on: "woke up with a crick in my back after sleeping funny"
                    + "|(?:sleeping|slept|sleep) (?:funny|awkwardly|wrong|badly|on it|in a funny position)|woke up with"
                    // things, not joints: "cracked my phone screen dropping it on the gym floor"
                    // a link, not a joint: "i clicked the link my friend sent"
                    + "|click(?:ed|ing|s)? (?:on )?(?:the |a |this |that |your )?(?:link|button|ad|advert|video|article|page)"
                    // gym kit, not joints: "the barbell made a horrible clunk on the rack"
                    + "|(?:the|a) (?:barbell|bar|plates?|weights?|rack|machine|cable|kettlebell|door|chain|pulley|stack) (?:made|makes|gave|went) (?:a |an )?(?:[a-z]+ )?(?:clunk|click|crack|crunch|bang)"
                    + "|crack(?:ed|ing|s)? (?:my |the |a |his |her )?(?:phone|screen|windscreen|windshield|glass|mirror|eggs?|nuts?|jokes?|window|tiles?|mug|plate|case|code|safe|whip|open a)"
                    // another joint's click: "my knee clicks on the stairs and hurts when i kneel"
                    + "|(?:my |the )?(?:knees?|shoulders?|jaw|ankles?|wrists?|elbows?|neck|fingers?|toes?|hips?) (?:[a-z]+ ){0,3}?(?:clicks?|clicked|clicking|cracks?|cracking|crunch[a-z]*|clunks?|clunking)")),

            rule("acute-strain", STOP, LONG_AGO_OR_SETTLED, """
                    (?:pulled|tweaked|strained|hurt|injured|wrenched|twisted|jarred|tore|torn|did|done|tweak|ricked|cricked|put) (?:something(?! (?:wrong|cold|hot|warm|on it|on my|under|else|different|like that))|my back in|my back|a muscle|my lower back|my spine|a disc|my disc|my disk|my back muscles?|my hamstring|my glute)(?! (?:exercises?|stretch[a-z]*|routine|workout|session|day|physio|rehab|programme|program|moves|homework))
                    (?:suddenly|all of a sudden|out of nowhere) .. (?:pain|hurt|hurts|agony|couldnt move|cant move|locked|seized|gave|sharp|spasm)
                    (?:couldnt|cant|unable to) (?:stand up straight|straighten up|straighten|get up|move) .. (?:after|when|since|mid|during)
                    (?:back|muscle) spasms?|went into (?:a )?spasm
                    """).onlyWith(phrases("{exercise}")).unlessNear(Pattern.compile("\\b(?:thought (?:i d|id|i had|i would|id have) (?:put|done|thrown|popped|pulled) |(?:does|do|will|would|can|could|might) (?:[a-z]+ ){1,6}?(?<!\\bi )(?<!\\bthat )(?<!\\bive )(?:hurt|damage|injure|strain) my back|actually did something|no favou?rs|nothing (?:dramatic|serious|major|too bad)"
                    // a working life of strains: "hurt my back lifting patients many times but never anything serious"
                    + "|(?:many|loads of|lots of|countless|so many) times(?! (?:this|today|last|in the last|recently))|over the years|never anything serious"
                    + "|(?:feels?|its|it is|all) (?:totally |completely )?fine now|fine (?:an|a few|a couple of|[0-9]+|one|two) (?:hours?|minutes?|mins?) later|already (?:better|fine|ok|okay|gone|easing)|no big deal"
                    // the good ache: "a nice kind of ache, like ive done something"
                    + "|(?:garden|park|picnic|church|kitchen|wooden|bus stop) bench|(?:nice|good|satisfying) (?:kind of |sort of )?ache|like (?:ive|i have|youve|you have|i) (?:actually |really )?done something"
                    + "|mild (?:ache|pain|soreness)|(?:only|just) (?:a )?mild|a bit achy|(?:just|only) achy"
                    // a fright at the pictures: "the stabbing scene in the movie made me jump so hard i pulled something"
                    + "|(?:movie|film|scene|horror|tv show|jump scare)"
                    // "a dull ache that came on slowly over the afternoon, nothing sharp"
                    + "|dull ache|came on (?:slowly|gradually)|(?:nothing|not|no) (?:sharp|shooting|stabbing)|(?:just|only) (?:an |a )?(?:ache|achy)"
                    // "tweaked my back a bit last week, just normal stiffness"
                    + "|(?:just|only) (?:normal |some |a bit of |general |a little |ordinary )?stiff(?:ness)?"
                    // the worked feeling: "just that worked-out feeling, like they've done something"
                    + "|like (?:they|theyve|they have|its|it has|youve|you have) (?:[a-z]+ )?done something|worked out feeling|worked feeling"
                    + "|like (?:the |my )?muscles? (?:[a-z]+ )?(?:did|done|have done|has done|worked) (?:something|some work)"
                    // asked or feared, not told: "sore the day after, or have i hurt something?", "says im going to put my back out"
                    + "|(?:have|did|could|might|would) i (?:have )?(?:hurt|injured|pulled|strained|done|damaged) (?:something|anything)"
                    + "|(?:cant|can not|cannot|wont|doesnt|dont|wouldnt|not) (?:[a-z]+ )?hurt my back"
                    + "|(?:ill|i will|im going to|going to|gonna|might|could|would|will|dont want to) (?:[a-z]+ )?(?:put|putting|throw|throwing|hurt|hurting) my back)\\b"))
                    .ordinaryWhen(facts -> facts.clearedByClinician() || facts.ordinaryStrain() || facts.otherMuscleOnly()))
            .stream()
            .sorted(Comparator.comparing(RedFlagRule::level))
            .toList();

    private RedFlagRules() {
    }

    private static RedFlagRule rule(String name, EscalationLevel level, Recovery recovery, String lines) {
        return new RedFlagRule(name, level, phrases(lines), recovery, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Phrases phrases(String lines) {
        return Phrases.compile(lines, WORDS);
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("\\b(?:" + alternatives + ")\\b");
    }
}
