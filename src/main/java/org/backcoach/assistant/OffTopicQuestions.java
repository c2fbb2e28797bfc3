package org.backcoach.assistant;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.backcoach.safety.Phrases;
import org.backcoach.safety.Sentence;

/**
 * Kinds of question the article does not answer but that share its words (back, lift, gym, weights,
 * pain), so a search would answer them with whichever section matched a word. Each kind is a family
 * of wordings users send, one per line, measured on the development sets: none of their in-scope
 * questions matches any of them ({@code OffTopicQuestionsTest}). A family may name what makes a
 * message ours after all (the back named beside a sore knee). Matched on the message lower-cased,
 * digits kept ("my 14 year old", "15 percent of 240"), with the triage's word-start shortcut
 * ({@link Phrases}): only the lines that can start with a word are tried there.
 */
enum OffTopicQuestions {
    /** "what's wrong with me?", "do I have a slipped disc?", "can stress cause back pain?", "how long does back pain last?": only a clinician who examines you can say. */
    DIAGNOSIS("""
            how long does (?:back pain|backache|a bad back|sciatica|a slipped disc|lower back pain) (?:usually |normally |typically |generally )?last
            (?:can|could|would) (?:you|u) (?:please )?(?:tell|say)(?: me)? (?:if|whether|what) (?:i|i've|ive|i have|it's|its|it is|this is|my)
            what'?s wrong with (?:me|my)
            what is wrong with (?:me|my)
            diagnos(?:e|is|ing) (?:me|my|this|it|what)
            (?:how (?:do|can|would) i|how to) (?:know|tell) (?:if|whether) (?:i (?:have|got)|i've got|ive got|it'?s|it is|my) (?:a |an )?(?:slipped|herniated|bulging|prolapsed|torn|disc|disk|sciatica|muscular|nerve)
            is (?:my|it|this|the) (?:[a-z]+ ){0,3}?(?:muscular|muscle) or (?:from )?(?:the |a |my )?(?:spine|disc|disk|nerve|bone)
            what (?:causes|caused) (?:a |an )?(?:slipped|herniated|bulging|prolapsed) dis[ck]
            (?:do|did) i (?:have|get) (?:a |an )?(?:slipped|herniated|bulging|prolapsed|trapped) (?:dis[ck]|nerve)
            (?:do|did|could|might) i (?:have|get|got) (?:arthritis|osteoarthritis|rheumatoid|fibromyalgia|ankylosing|sciatica|gout|a hernia|kidney stones)
            (?:does|could|would|might|can) (?:that|this|it) mean (?:i have |i've got |ive got |its |it's |it is )?(?:a |an )?(?:slipped|herniated|bulging|prolapsed|trapped|torn|arthritis|sciatica|hernia|fracture)
            (?:can|does|do|could) (?:stress|anxiety|depression|sleep|my mattress|a mattress|sitting|my job|work|my weight|being overweight|smoking|dehydration|my posture|posture|flat feet|my pillow|the weather|cold weather) (?:[a-z]+ )?cause (?:my )?(?:lower )?back ?(?:pain|ache|problems)
            """),
    /** "at what age is it safe for teens to lift?", "my 12 year old wants to lift": the article is about adults. */
    CHILDREN("""
            # (but "my 16yo wants to start lifting ... should we see the gp first?" asks about talking to the doctor)
            (?:my|our|his|her) (?:[1-9]|1[0-7]) ?(?:yo|y o|year old|yr old) (?:son |daughter |boy |girl |kid )?(?:wants|is asking|asks|would like|keeps asking)(?!.*\\b(?:see|ask|check with|talk to|speak to|go to) (?:the |a |our |his |her |their )?(?:gp|doctor|doc|physio)\\b)
            (?:can|should|do|may) (?:kids|children|teens|teenagers|a teenager|a child|a kid) (?:lift|use|do|start|be lifting|go to the gym|train)
            (?:safe|ok|okay|bad|good) for (?:my |a |our )?(?:(?:[1-9]|1[0-7]) ?(?:yo|y o|year old|yr old) )?(?:son|daughter|kid|kids|child|children|teen|teens|teenager|teenagers|boy|girl) to
            too young to
            what age (?:is it|can|should|is|are|do)
            (?:from|at) which age
            (?:can|should|may) (?:my|our) (?:(?:[1-9]|1[0-7]) ?(?:yo|y o|year old|yr old|years old) )?(?:son|daughter|kid|child|boy|girl)(?: (?:[1-9]|1[0-7]))? (?:do|lift|start|use|train|go)\\b
            (?:can|should|may) (?:my|our) (?:[1-9]|1[0-7]) ?(?:yo|y o|year old|yr old|years old) (?:do|lift|start|use|train|go)\\b
            (?:son|daughter|kid|boy|girl) is (?:[1-9]|1[0-6]) and (?:wants|is asking|asks|is keen|would like)
            (?:[1-9]|1[0-7]) ?(?:years?|yrs?) (?:old )?(?:son|daughter|boy|girl|kid) (?:wants?|would like|asks|is asking)
            at what age
            how old (?:should|do|does|must)
            school ?(?:bag|backpack|rucksack)
            growing pains
            """),
    /** "I'm 20 weeks pregnant, can I still lift?", "ab separation after having a baby": the article does not cover pregnancy. */
    PREGNANCY("""
            diastasis
            ab separation
            abdominal separation
            after having (?:a|my|the) baby
            (?<!\\bnot )(?<!\\bnot exactly )(?<!\\bnot really )postpartum(?! any ?more)
            (?<!\\bnot )(?<!\\bnot exactly )(?<!\\bnot really )post ?natal(?! any ?more)
            (?:i'm|im|i am|currently|now|[0-9]+ ?(?:weeks?|wks?|months?)) pregnant
            (?<!\\bwas )(?<!\\bwere )(?<!\\b(?:wife|partner|girlfriend|missus|sister|daughter|she) (?:is |s )?)pregnant (?:with|and|now|right now|at the moment)
            (?:first|second|third|1st|2nd|3rd) trimester
            pregnant [0-9]+ ?(?:weeks?|wks?|months?)
            (?:after|since) (?:a |my |the )?c ?section|breast ?feeding
            expecting (?:my |our )?(?:second|third|2nd|3rd)\\b
            expecting (?:a baby|twins|my first)
            while pregnant
            during (?:my )?pregnancy
            when pregnant
            """),
    /** "morning or evening?", "right before bed", "after eating", "fasted" (asked beside how often, the article answers that part). */
    TIME_OF_DAY("""
            (?:in the )?(?:morning|evening|night|am|pm|afternoon) or (?:in the )?(?:morning|evening|night|am|pm|afternoon|later)
            time of (?:the )?day
            right before bed
            before bed(?:time)?\\b
            after (?:eating|a meal|a big meal|dinner|lunch|breakfast)
            (?:train|training|lift|lifting|work out|working out|workout|exercise) fasted
            fasted (?:training|cardio|workout|lifting)
            """, "\\b(?:how often|frequency|how many times|session length|(?:fewer|longer|shorter|more|less) (?:longer |shorter )?sessions|(?:[0-9]+|ten|fifteen|twenty|thirty|forty) (?:minutes|mins) (?:a day|every|each)|how long (?:should|do|does|is|for) (?:a |my |each |the |i )?(?:session|workout|train|training|exercise))\\b"),
    /** "what's a good pre workout?" (not a pre-workout routine, which is a warm-up). */
    SUPPLEMENTS("""
            (?:best|good|favourite|favorite|which|what|recommend(?: me)?(?: a)?|any) pre ?workouts?(?! (?:routine|warm|stretch|mobility|exercises?|drills?|movements?|moves|prep))
            pre ?workouts? (?:on the market|brands?|supplements?|powders?|drinks?|that|without|with caffeine|give)
            """),
    /** "how do I get my bench from 100 to 120kg?", sets per muscle, rest between sets, RPE, protein, the technique of particular lifts. */
    PERFORMANCE("""
            how many sets (?:per|a|each|of|for)\\b(?! (?:reps|day|days|week))
            rest (?:periods?|times?)
            rest between (?:heavy |compound )?(?:sets|reps)
            # "heavy triples at rpe 9 or sets of 12-15, which is kinder on my back" asks the article's light-weights guidance
            \\brpe\\b(?![^.?!]*\\b(?:kinder|easier|safer|better|gentler|worse|harder|rougher) (?:on|for) (?:my |the |your |a )?(?:lower )?back)
            # "a program for 5x5" or "for a 50 year old", not "following a youtube program for 3 weeks"
            program(?:me)? for (?:a )?[0-9]+[a-z]*(?! (?:weeks?|months?|days?|years?|wks?|mths?)\\b)
            (?:good|best) (?:[a-z0-9]+ ){0,3}?(?:routine|wod|program|programme)s? for (?:a )?beginners?
            (?:good|best) (?:crossfit )?wod
            give me a (?:leg|push|pull|chest|arm|shoulder|upper|lower|glute) day
            protein (?:per|a) (?:kg|pound|day)
            how much protein
            how deep should i squat
            below parallel
            hook grip
            (?:breathe|breathing) (?:during|when|while|in) (?:a |my |the )?(?:[0-9]+ rep )?(?:set|rep|lift|squat|deadlift|bench)[a-z]*
            pause (?:bench|squat)
            powerlifting meet
            (?:arch|bar path) (?:on|in|for) (?:bench|squat)
            (?:increase|improve|boost|raise|add to|get|take) my (?:bench|squat|deadlift|press|total|pr|pb|1rm|max|pull ups|push ups)(?: press)? (?:from|up|to|past|over|by)
            how (?:do|can) i (?:improve|increase) my (?:bench|squat|deadlift|press|pull ups|push ups)
            stuck at [0-9]+
            # (but "i wanted bigger arms ... should i add something for the back?" asks about the back)
            bigger (?:biceps|arms|chest|pecs|shoulders|calves|quads)(?!.*\\bfor (?:the|my) (?:lower )?back\\b)
            muscle ?ups?
            (?:get )?(?:a )?six ?pack in [0-9]+
            get a six ?pack
            see (?:my )?abs
            get abs
            (?:[0-9]+) (?:push ?ups|pull ?ups|chin ?ups|press ?ups)
            what muscles (?:does|do) (?:the |a )?(?:[a-z]+ ){1,3}work
            (?:bench|squat|deadlift) tips
            starting strength (?:a |is |program|programme|routine|novice|by)
            smith machine
            which builds more muscle
            how long (?:does it take|did it take|until|till|before) (?:to |you |i )?(?:build|gain|see|notice) (?:muscle|gains|abs)
            (?:anterior|posterior) pelvic tilt
            stronglifts
            # which split to run: "push pull legs or full body?", "a good ppl for a 50 year old"
            push ?pull ?(?:legs? )?(?:split )?(?:or|vs|versus)\\b
            (?:or|vs|versus) (?:a |an )?push ?pull
            (?:what'?s|what is|whats|is) (?:a |an |the )?(?:good )?push ?pull
            (?:think|opinion|thoughts|views) (?:of|on|about) (?:a |an |the |my )?push ?pull
            (?:good|best) push ?pull
            push ?pull ?legs? split for
            (?:upper ?lower|bro|body ?part) splits? (?:or|vs|versus)
            (?:or|vs|versus) (?:an? )?(?:upper ?lower|bro|body ?part) splits?
            full body (?:or|vs|versus) (?:a |an )?split
            (?:improve|get down|lower|beat|faster) (?:my )?(?:mile|5 ?k|10 ?k|marathon|parkrun|half marathon|run) (?:time|pace|pb|pr)
            5/3/1
            # popular programmes and training apps, maxes and belts: the article has none of them
            (?:is|how do you do|how to do|how do i do) (?:the )?(?:starting strength )?5 ?x ?5(?: program| programme)? (?:good|a good|decent|properly|any good)
            starting strength (?:or|vs|review|good|decent|for)
            (?:program|programme|set up|design|plan|write) (?:me )?(?:a |my )?(?:[0-9] day )?(?:push ?pull ?legs?|ppl) split
            (?:think|opinion|thoughts|views) (?:of|on|about) (?:a |an |the |my )?ppl\\b
            (?:marathon|half marathon|hyrox|triathlon|ultra|5 ?k|10 ?k) (?:training )?(?:plan|schedule|programme|program)
            (?:best|good|which|any|recommend(?: me)?(?: an?)?|free) (?:gym |fitness |workout |lifting |training |tracking )?apps?\\b
            apps? (?:to|for) (?:track|log|logging|tracking|record)
            (?:calculate|estimate|estimated|work out) (?:my )?(?:one rep max|1 ?rm|max)
            lifting belt
            gzcl
            nsuns
            smolov
            """),
    /** "which brand of bands?", "where can I buy kettlebells?", "a good gym in Leeds". */
    SHOPPING("""
            which brand
            what brand
            best brand
            brand of
            where (?:can|do|should|could) i (?:buy|get|find) (?:a |some |cheap )?(?!help|advice|support|information|info)
            where to buy
            # (not the kit to train the back at home on a budget: that is the article's home training)
            ^(?!.*\\b(?:home equipment|home (?:set ?up|gym)|train(?:ing)? (?:my back|at home)|strength train at home|at home for my back)\\b).*\\bbudget (?:around|of|about|is|under|below) (?:[0-9]|around|about|under|below|only|just|max|maximum|tight|limited|low|small|a hundred|a few|fifty|twenty|thirty|forty)
            on the market
            (?:gym|box|physio|trainer) in [a-z]+ (?:city|town|centre|center|area)
            (?:good|best|cheap) (?:gym|crossfit box|box) (?:in|near)
            (?:good|best|any|beginner friendly) crossfit (?:gyms?|box|boxes) (?:in|near|around)
            gym chains?
            (?:cheapest|cheaper|cheap) gyms?
            what (?:weight|size) (?:kettlebell|dumbbell|dumbbells|weights) should (?:i|a|my) [a-z ]*buy
            """),
    /** "is swimming good for the back?", "I cycle to work, good or bad for my back?", TENS machines, cracking one's back. */
    OTHER_ACTIVITIES("""
            i (?:cycle|run|swim|jog|row|play [a-z]+|do (?:yoga|pilates|zumba)) (?:[a-z0-9]+ ){0,4}?(?:good|bad|ok|okay) (?:or (?:bad|good) )?for (?:my )?(?:lower )?back
            crack(?:ing)? (?:my|your|his|her) (?:back|neck|knuckles)
            # (not one of the things tried before asking about the article's studies: "tried chiro, massage, the little tens machine")
            ^(?!.*\\b(?:tried|have tried|ive tried)\\b).*\\btens (?:machine|unit)s?
            is (?:running|jogging|swimming|swiming|zumba|yoga|pilates|cycling|spinning|golf|tennis|football|boxing|climbing|dancing|hiking|skiing|surfing|horse riding|padel|squash|badminton|netball|rugby|martial arts|bjj) (?:good|bad|ok|okay|safe|better|fine|alright)
            hot yoga
            bikram
            # falls prevention, not the back: "what balance exercises stop older people falling over"
            balance (?:exercises|training|work|drills|classes)
            tai chi(?! with (?:dumbbells?|weights|bands|kettlebells?))
            qi ?gong
            sauna|contrast therapy
            # which parts of a WOD to avoid is ours (avoid abrupt moves); a WOD to do is a programme
            crossfit wods?(?!.*\\b(?:bad idea|avoid|skip|risky|dangerous|scale|with my back)\\b)
            """),
    /** "who won the match last night?", "what is 15 percent of 240?", flights. */
    GENERAL_KNOWLEDGE("""
            (?:cheapest|best) time to (?:fly|book|travel)
            (?<!long |short |a )flights? to
            # "for the long haul" is in the long run ("does lifting help for the long haul or only for a few weeks?")
            (?<!since a )(?<!after a )(?<!for the )(?<!in it for the )long haul
            plan (?:a |my |our )?(?:long |short |quick |little )?(?:trip|holiday|weekend away|weekend in|vacation|getaway|itinerary|honeymoon|city break)
            in economy
            fly to
            who won(?![a-z'’])
            who is winning
            who's winning
            what'?s the score
            what was the score
            solve (?:this|for|[0-9x]+[a-z0-9]*)
            [0-9]+ ?(?:percent|%) of [0-9]+
            convert [a-z]+ to [a-z]+
            get better at (?:chess|maths|math|cooking|drawing|guitar|piano|singing|coding|writing|english|spanish|french)
            help (?:me )?(?:with )?(?:my |a |the |this |today'?s )?(?:crossword|wordle|sudoku|riddle)
            crossword clue
            [0-9]+ letters
            tell (?:me |us )?(?:a |another |some )?jokes?
            make me laugh
            """),
    /** "my knee hurts going down stairs", "tennis elbow", "pulled my hamstring": another body part, and the back not mentioned (nor soreness after a session). */
    OTHER_BODY_PARTS("""
            (?:knee|knees|neck|shoulder|shoulders|elbow|elbows|wrist|wrists|thumb|thumbs|fingers?|hands?|jaw|ankle|ankles|hamstring|hamstrings|groin|biceps?|tendon|achilles|shin|shins|calf|calves|foot|feet|heel|plantar|rotator cuff|patellar|tennis elbow|golfers elbow|hip|hips) (?:[a-z]+ ){0,3}?(?:hurts?|hurting|aches?|ached|aching|pain|painful|sore|stiff|strain|strained|sprain|tendinitis|tendonitis|playing up|replacement|clicks|injury|injured)
            (?:pulled|strained|tore|torn|sprained|injured|hurt) (?:my )?(?:hamstring|groin|calf|quad|ankle|knee|shoulder|wrist|bicep|biceps|achilles)
            tennis elbow
            golfers elbow
            patellar
            knee replacement
            hip replacement
            rotator cuff
            (?:shoulder|shoulders|neck|jaw|fingers?|hands?|wrists?|elbows?|knees?) (?:[a-z]+ ){0,2}?(?:tight|frozen)
            (?:my |your |the )?joints (?:[a-z]+ )?(?:ache|aches|aching|hurt|hurts|worse)
            frozen shoulder
            adhesive capsulitis
            """, "\\b(?:back|backs|spine|spinal|lumbar|lbp|sciatica|core|disc|disk|deadlifts?|doms|leg day|(?:normal|usual|ordinary) (?:kind of )?(?:sore|soreness))\\b|\\bafter (?:my |the |a |their )?(?:first |1st |last )?(?:ever )?(?:session|workout|training|class)\\b"),
    /** pain clinics, care homes, Medicare, insurance, claims: services the article does not cover. */
    SERVICES("""
            pain clinic
            referral (?:to|for) (?:a |an |the )?(?:spine|spinal|back|pain|orthopaedic|orthopedic|neuro)[a-z]* (?:specialist|surgeon|consultant|clinic)
            (?:recommend|find|choose|looking for) (?:a |an )?(?:good |decent )?(?:care|nursing) home
            medicare
            medicaid
            (?:does|will|would) (?:[a-z]+ )?(?:insurance|nhs|medicare|medicaid) (?:cover|pay)
            (?:private|health) insurance
            sick note
            fit note
            time off work
            claim (?:for|on)
            insurance claims?
            compensation
            disability (?:benefits?|allowance|payments?|living allowance)
            sick pay
            sick leave
            (?:attendance|carers?|carer's) allowance
            (?:claim|apply for|get|qualify for) (?:any )?benefits
            """),
    /** "does amitriptyline make you put on weight?", doses, side effects, when the message is not about training. */
    MEDICINES("""
            amitriptyline
            gabapentin
            pregabalin
            naproxen
            ibuprofen
            paracetamol
            acetaminophen
            codeine
            co ?codamol
            tramadol
            diazepam
            morphine
            oxycodone
            duloxetine
            nortriptyline
            diclofenac
            cbd
            side effects?
            (?:what|which|how much|the right) (?:dose|dosage)
            how many (?:pills|tablets|mg)
            """, "\\b(?:gym|lift|lifting|weights|train|training|exercise|exercises|exercising|workouts?|strength|squats?|deadlifts?)\\b"),
    /** "best way to lift boxes when moving house", "getting my husband from bed to wheelchair": lifting at work or home, not strength training. */
    MANUAL_HANDLING("""
            (?:best way|how|safest way|right way|proper way) (?:do i |should i |to |can i )?(?:lift|carry|pick up|move|get|transfer) (?:[a-z]+ ){0,4}?(?:boxes|box|shopping|bags|toddler|child|kid|baby|grandchild|grandson|granddaughter|furniture|sofa|patients?|suitcases?|husband|wife|mum|dad|mother|father)\\b(?! (?:weights?|dumbbells?|kettlebells?|bar|barbell))
            manual handling
            # the chair itself or getting someone into it, not "wheelchair level" disability
            (?:push|pushing|lift|lifting|transfer|transferring|move|moving|get|getting) (?:[a-z]+ ){0,6}?(?:in|into|out of|from|to) (?:a |the |his |her |their |my )?wheelchair
            wheelchair (?:transfers?|users?|for)|(?:good|best|buy|buying|which|cheap|electric|lightweight|folding) wheelchair
            """),
    /** "how much does a personal trainer cost?", "what time does the gym open?": no prices or opening times. */
    PRICES_AND_HOURS("""
            how much (?:does|do|did|is|are|would|will|should|can) (?:[a-z0-9']+ ){0,6}?(?:cost|costs|charge|charges|set me back)\\b
            how much (?:is|are|for) (?:a |an |the |my |your )?(?:[a-z0-9']+ ){0,3}?(?:membership|memberships|subscription|pass|ticket|tickets|session|sessions|class|classes|lesson|lessons)\\b
            (?:what|whats|what's) (?:is )?the (?:price|cost|fee) of
            price (?:of|for) (?:a|an|the)\\b
            how expensive (?:is|are)\\b
            (?:what time|when) (?:does|do|is|will) (?:the |my |your )?(?:[a-z0-9']+ ){0,3}?(?:open|close|opens|closes|shut|shuts)\\b
            (?:opening|closing) (?:times|hours|time)\\b
            what time (?:does |do |is )?(?:the |my )?gym (?:[a-z]+ ){0,4}?(?:open|close|opens|closes|shut|shuts|less busy|quiet|quieter|busy)\\b
            open (?:on|at) (?:sundays?|saturdays?|weekends?|bank holidays?|christmas|new year)
            """);


    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}' ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Phrases cue;
    private final Optional<Pattern> unless;

    OffTopicQuestions(String lines) {
        this.cue = Phrases.compile(lines);
        this.unless = Optional.empty();
    }

    /** @param unless what makes the message ours after all */
    OffTopicQuestions(String lines, String unless) {
        this.cue = Phrases.compile(lines);
        this.unless = Optional.of(Pattern.compile(unless));
    }

    /** The kind of off-topic question the message is, if it is one. */
    static Optional<OffTopicQuestions> kindOf(String message) {
        String text = SPACES.matcher(NOT_WORD.matcher(message.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).replaceAll(" "))
                .replaceAll(" ").strip();
        Sentence words = Sentence.of(text); // its words found once for all families
        return Arrays.stream(values())
                .filter(kind -> kind.cue.foundIn(words) && kind.unless.map(u -> !u.matcher(text).find()).orElse(true))
                .findFirst();
    }
}
