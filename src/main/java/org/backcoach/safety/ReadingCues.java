package org.backcoach.safety;

import java.util.regex.Pattern;

/**
 * The words that change how a symptom mention reads: negated, resolved, hypothetical, a general
 * question, or about somebody else. Kept apart from the symptom rules so that both lists stay
 * short enough to review. All patterns run on normalised text (see {@link TextNormalizer}).
 */
final class ReadingCues {

    private ReadingCues() {
    }

    /** Ends the reach of a negation or a cue: a contrast, or a comma or "and" that starts a new subject. */
    static final Pattern SCOPE_BREAK = Pattern.compile(
            "\\b(?:but|however|although|though|except|whereas|yet|until|till|til|then|now|because|since then)\\b"
            // ("me and my partner" names both of us, not a change of subject)
            + "|(?:,|\\band(?!(?<=\\bme and) my (?:" + Others.PEOPLE + ")\\b)|\\bso) (?=(?:i|im|ive|id|my|me|it|its|this|that|now|then|also|today|yesterday|suddenly|but|and)\\b)");

    /** Any comma starts a new clause; used to find where a question starts. */
    static final Pattern CLAUSE_BREAK = Pattern.compile(",|" + SCOPE_BREAK.pattern());

    /** Ends the reach of a "that is over" cue, which may run on past commas and "but it" ("a sharp pain, but it went away"). */
    static final Pattern CONTRAST_BREAK = Pattern.compile(
            "\\b(?:but(?! (?:now )?(?:it|its|that|thats|this|they|theyre|thankfully|luckily|fortunately|not (?:any ?more|now|these days|since)|im (?:fully |completely |totally |all )?(?:better|fine|recovered|well))\\b)|however|although|though|except|whereas"
            + "|yet|(?<!(?:fine|ok|okay|good|great|sorted|fixed|better|normal|well) )now(?! (?:aged? )?[0-9]{1,3}\\b)(?! (?:(?:its|it is|its all|thats|all|it has|its been) )?(?:gone|fine|ok|okay|better|settled|resolved|healed|good|sorted|fixed|totally|completely|fully)\\b)|currently|these days|recently|today|still|and then)\\b");

    /**
     * Negation before a symptom ("no numbness", "I don't have any leg weakness", "never had cancer").
     * Look-aheads keep phrases that only look negative ("not sure", "no idea", "no, I wet myself",
     * "didn't realise I'd ...", "without warning") from cancelling a report.
     */
    static final Pattern NEGATION = Pattern.compile("\\b(?:"
            + "no(?! (?:i|im|ive|id|my|it|its|idea|doubt|matter|wonder|reason|joke|kidding|lie|clue|sensation|feeling|power|strength|control"
            // what makes it worse, not a denial: "rest makes no difference, back throbs all night", "no diet, the weight is falling off"
            + "|diff|difference|change|help|relief|improvement|position|diet|dieting|air|breath)\\b)"
            // "its not a movement thing, hurts at night" rules out a cause, not the symptom
            // a change told, not a denial: "i am not the same man since the back injury, i dont get hard"
            + "|not(?! (?:sure|certain|only|just|to mention|gonna lie|kidding|joking|normal|right|(?:the )?same|(?:even )?an? (?:[a-z]+ )?thing"
            + "|on (?:a|any) diet|dieting|trying|eating less|eating any less"
            // irony about the game, not a denial: "touch rugby (not so touch lol), got driven into the ground"
            + "|so (?:touch|friendly|gentle|casual|light|soft|easy|social)"
            // unwell, not a denial: "ive not been feeling myself lately, dropped 6kg"
            + "|(?:been )?feeling (?:myself|great|right|well|good|100|the best|too good|so good))\\b)"
            // a worry or the topic denied, not the symptom: "not too worried, just had my spine operated on",
            // "thats not why im writing, my legs went weak"
            + "(?! (?:too |that |very |really |overly |massively |super |hugely )?(?:worried|concerned|bothered|fussed|panicking|stressed|scared|freaking out|alarmed)\\b)"
            + "(?! (?:why|what) (?:im|i am|i was) (?:writing|asking|messaging|here)\\b)(?! (?:the|my) (?:point|question|issue|reason)\\b)"
            + "|never(?! (?:mind|again)\\b)|nor|neither|none|nobody|no one|noone|nothing(?! (?:happens|happened|comes|came|helps|helped|works|worked|eases|eased|changed|changes)\\b)|zero|(?<!\\b(?:went|goes|go|going|said|says|like) )nope|nah"
            + "|without(?! (?:warning|reason|any reason|a reason|realising|realizing|noticing|meaning|trying|thinking"
            + "|using|holding|help|support|pushing|grabbing|leaning|a stick|assistance)\\b)"
            + "|dont(?! (?:know|understand|want|mean|care)\\b)|doesnt(?! (?:know|understand|want|mean|care|matter)\\b)"
            + "|didnt(?! (?:know|understand|want|mean|care)\\b)(?! (?:realise|realize|notice|see) (?:i|that|until|id|ive|how|when|it)\\b)"
            // what someone cannot do, not a denial: "he isnt able to climb two steps, knees giving way"
            + "|havent|hasnt|hadnt|(?:isnt|arent|wasnt|werent)(?! (?:able|having (?:any |much )?(?:strength|power|control)|strong enough|steady)\\b)"
            + "|aint|deny|denies|denied|free of|absence of|ruled out|negative for"
            + "|no longer|no more)\\b"
            // a denied improvement says it goes on: "never gets better, just keeps getting worse", "physio isnt helping"
            + "(?! (?:[a-z]+ ){0,2}?(?:better|improv[a-z]*|eas(?:e|es|ed|ing)|settl(?:e|es|ed|ing)|let(?:s|ting)? up|help(?:s|ed|ing)?|work(?:s|ed|ing)?)\\b)");

    /** How many words before a symptom a negation can reach. */
    static final int NEGATION_REACH_WORDS = 8;

    /** Pain told straight after somebody else's pop or sharp twinge, as what happened: "felt snap in back, pain". */
    static final Pattern PAIN_RIGHT_AFTER = Pattern.compile(",? (?:and |then |now |so |with )?(?:a lot of |lots of |much |big |bad |real |some |terrible |awful |serious )?"
            + "(?:pain|hurts|hurting|hurt bad|agony|in pain|in agony|cant move|couldnt move|cant stand up|couldnt stand up)\\b");

    /** Left out of a telling, not denied: "told him about my back but not that my left foot drags now". */
    static final Pattern UNTOLD = Pattern.compile("\\b(?:told|tell|telling|mentioned|mention|said|asked)\\b(?: [a-z]+){0,8} but (?:not|never|didnt (?:tell|mention|say)|did not (?:tell|mention|say))"
            + "(?: (?:him|her|them|the doctor|the gp|my gp|my doctor|the physio|my physio))?(?: (?:that|about|how))?(?: [a-z]+){0,4} ?$");

    /** The thing is over: "went away", "fully recovered". ("Fine now" is not enough: a contrast word ends the reach.) */
    static final Pattern SETTLED = Pattern.compile("\\b(?<!(?:never|not|hasnt|havent|hadnt|wont|didnt|doesnt|isnt|yet to) )(?:"
            + "(?:mostly|nearly|almost|pretty much|largely|basically) (?:gone|settled|better|healed)|(?:its|it is|its been) (?:easing|settling)(?: off| down)?"
            + "|(?:its |it is |it was |was )?gone (?:this morning|today|by (?:the )?morning|overnight)"
            + "|gone (?:in|within|after) (?:a|one|two|three|[0-9]+|a few|few|a couple of) (?:days?|weeks?)|(?:went|cleared) (?:[a-z]+ )?(?:months|weeks|years) ago"
            + "|lasted (?:a few|a couple of|a day or two|[0-9]+|two|three|four) (?:days?|weeks?) (?:and|then) (?:then )?(?:went|cleared|settled|eased|was gone)"
            + "|(?:improving|getting better|better) (?:every|each) day|(?:fully|completely) came back|came back (?:fully|completely|to normal)"
            + "|went (?:straight |right |quickly |soon )?away|gone away|all better|(?:fully|completely|totally|all) cleared|(?:has|have|is|are|its|all|thats|long) gone(?= away|\\s*$|\\s*[,.!?;]| now| since| but| and)|disappeared|resolved|cleared up|settled|healed"
            // (not a loss told as gone: "pelvic floor totally gone", "feeling completely gone")
            + "|(?<!(?:floor|control|feeling|sensation|strength|power|grip|normally|usually|otherwise|generally) )(?:fully|completely|totally) (?:recovered|recover|recoverd|healed|better|fine|gone)|recovered (?:fully|completely|well|totally|100 ?%)|[0-9]+ ?(?:%|percent|per cent)? (?:better|healed)"
            // "had a bladder infection last year, all treated", "covid with a fever, all recovered"
            + "|(?:,|and) recovered(?=\\s*(?:[,.!]|$))|(?<!(?:floor|control|feeling|sensation|strength|power|grip|appetite|appetites)), gone(?=,| now|\\s*$)|all (?:treated|recovered|sorted|fine again)|treated and (?:gone|cleared|sorted|fine|better)|(?:treated|cleared) with antibiotics|recovered full|(?:totally|completely|well|all) over it|over it now|(?:,|and) (?:im |i am |all |totally |completely )?fine now"
            // over within days, last year: "sorted in a week with heat", "got better in 2 weeks"
            + "|(?:sorted|better|fine|settled|cleared|healed|gone) (?:itself |out |up )?(?:in|within|after) (?:a|one|two|three|[0-9]+|a few|few|a couple of) (?:days?|weeks?)"
            // "physio sorted it completely"
            + "|(?:physio|physiotherapy|doctor|gp|treatment|surgery|exercises) (?:sorted|fixed|cured|cleared) (?:it|that|this)(?: out| up)? (?:completely|fully|totally|for good)"
            + "|no (?:problems|issues|pain|symptoms?|trouble|temperature|temp|fever) since|antibiotics (?:sorted|cleared|fixed|cured) (?:it|that)(?: out| up)?(?= and|,|$)|(?:been )?fine (?:ever )?since|(?:its |has )?been (?:great|good|brilliant|perfect) (?:ever )?since|back to normal"
            + "|(?:been |its been |all been )?(?:fine|good|ok|okay|pain free) for (?:[a-z0-9]+ ){0,2}?(?:months|weeks|years|ages|a while|a long time)"
            // "it's calmed down to an ache": what is left is ordinary
            + "|(?:calmed|died|settled) down (?:to|into) (?:a|an|just|only)|eased (?:off )?(?:to|into) (?:a|an|just|only)|(?:calmed|died|settled) down (?:completely|fully)"
            + "|(?:completely|totally|fully|perfectly|all|im|i am|i m) well (?:now|again)|(?<!(?:not|no|any|it|is it|getting) )better now"
            + "|(?:never|hasnt|has not|didnt|did not|havent|have not) (?:came|come|comes|returned)(?: back)?|never returned"
            // a one-off: "woke me one night last month, then never again", "hasnt happened since"
            + "|(?:then|and|but) never again|(?:hasnt|has not|hadnt|havent|have not|never|not) happened (?:again|since)(?= *(?:$|,| then| and))"
            + "|(?:now )?(?:totally|completely|fully|perfectly) healthy|healthy again"
            + "|no longer|long gone|gone now|(?:much|a lot|loads|way|heaps) better|(?:all |long )?(?:over|passed) now|used to (?:have|get|suffer|experience)"
            // "but its fine now", "all good now", "sorted now", "but not anymore"
            + "|(?:its|it is|its been|all|everything|back is|been|totally|completely|perfectly|feels?|feeling|back to) (?:fine|ok|okay|good|great|sorted|normal) now"
            + "|(?:but |and )?not (?:any ?more|anymore)|now (?:fine|ok|okay|better|good|gone|sorted|fixed|resolved|healed)(?! (?:but|except|apart))|fixed now|(?:its|it is|thats) fixed"
            + ")\\b");

    /** The thing was long ago: "ten years ago", "as a kid", "back in my twenties". */
    static final Pattern LONG_AGO = Pattern.compile("\\b(?:"
            + "years ago|yrs ago|decades? ago|long time ago|long ago|back then|ages ago|years back|years before|long gone|long since gone|long over|long time gone"
            + "|(?:[2-9]|[1-9][0-9]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
            + "|several|many|a few|few|a couple of|couple of) (?:years?|decades) (?:ago|back|before|earlier|post ?op|after|since|out from|on from|post)"
            + "|as (?:a )?(?:kid|child|teen|teenager|boy|girl|baby|toddler|tot|infant)|(?:in|since|back in|from|ago,?|like|around|about|maybe|probably|circa) (?:19[0-9]{2}|20[01][0-9]|202[0-2])|(?:[0-9]+|ten|fifteen|twenty|many) years later|(?:when|while) (?:i|he|she|they) (?:was|were) in (?:my|his|her|their) (?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|[0-9]0s)|(?:two|three|four|five|several|a few|few|[2-9]) (?:winters|summers|springs|autumns|christmases) (?:back|ago)|(?<!(?:same as|same thing as|just like|like it did|as it did) )last (?:winter|summer|spring|autumn)|when (?:i|he|she|they|we) (?:was|were) (?:young|younger|a kid|kid|little|a child|child|a teenager|teenager|a teen|teen|[0-9]+)"
            + "|(?:when|while) (?:i|he|she|they) (?:was|were) (?:only |just |about |around |maybe |like )?(?:[1-9]|[1-3][0-9])\\b(?! (?:weeks|months|days|hours|minutes|mins|stone|kilos?|kg|pounds|lbs))"
            + "|in my (?:teens|twenties|20s|thirties|30s)|(?:in|during) the (?:war|falklands|gulf war)|fully recovered|completely recovered|fully healed"
            // a child's age: "came off my bike age 8, fine since"
            + "|(?:at |when )?aged? (?:[2-9]|1[0-6])(?! (?:years|yrs|months|weeks|days))"
            + "|back in (?:uni|university|college|school|high school|the day|my twenties|my 20s|my teens)|nothing since"
            + "|when i was (?:a student|at (?:uni|university|school|college)|in (?:college|high school|school|the army)|a child|child|a kid|a teen|a teenager|little|small)"
            // "spine surgery in the past" (but "in the past few weeks" is recent)
            + "|in the (?:distant )?past(?! (?:few|couple|[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|several|week|month|day|fortnight|year\\b))"
            // a past knock told as healed: "wiped out on my bike last summer, healed fine"
            + "|healed (?:up )?(?:fine|well|ok|okay|nicely|completely|fully|properly)|(?:all|long) healed|made a (?:full|complete) recovery|long (?:since )?recovered|long since healed"
            + "|recovered (?:fine|well|fully|completely)|no lasting (?:damage|problems|issues|effects|injur[a-z]*)"
            // a past year: "back in 2009", "in 1998" (years since 2020 may be recent)
            + "|back in (?:the )?(?:19|20)[0-9]{2}s?|in (?:19[0-9]{2}|20[01][0-9]|202[0-2])s?|(?:early|mid|late) (?:19[0-9]0s|20[01]0s|nineties|eighties|noughties)|right as rain|19[0-9]0s|in the (?:19)?[5-9]0s|in the (?:fifties|sixties|seventies|eighties|nineties)"
            // clear for years: "in remission for 8 years", "clear for over two decades"
            + "|(?:clear|cancer free|in remission|all clear|discharged|clean|sober) (?:now )?(?:for|since) (?:over |more than |nearly |almost |about )?(?:[a-z0-9]+ )?(?:years|decades)"
            + ")\\b");

    /** A condition opened before a mention ("if i lift and i feel ..."), read as a what-if only when {@link #WHAT_TO_DO_AFTER} follows. */
    static final Pattern IF_CLAUSE = Pattern.compile("\\bif (?:one day |some day |someday |ever )?(?:i|im|you|youre|he|hes|she|shes|they|theyre|my [a-z]+)\\b");

    /** "..., what (should) i do?" closing an if-clause. */
    static final Pattern WHAT_TO_DO_AFTER = Pattern.compile("[^.?!]{0,40}?\\bwhat (?:should i|i should|do i|would i|shall i|must i|i must|can i|i can|to|should he|should she|should they) do\\b");

    /** A hypothetical: "what if I feel a sharp pain?", "should I stop if it gets sharp?". */
    static final Pattern HYPOTHETICAL = Pattern.compile("\\b(?:"
            + "what if|what happens if|what should i do (?:if|when)|what (?:am i|are we|are you|is one) (?:supposed|meant|expected) to do (?:if|when)|(?:when|after|once|if) (?:youve|you have|you ve|someones|someone has|somebody has|people have|one has) (?:had|got)|if (?:a|an|the|any|my) [a-z]+ ever (?:causes?|gives?|brings? on|triggers?|leads? to)|what do i do (?:if|when)|what i (?:should )?do (?:if|when)|what to do (?:if|when)|in case|suppose|supposing"
            + "|imagine|hypothetical(?:ly)?|how (?:would|do|can|could|will) i (?:even )?(?:know|tell) if|(?<!\\b(?:me|they|people|everyone|ppl|friends|wife|husband|family|doctor|doc|he|she|\\bthey \\w{1,12}|me \\w{1,12}) )say i|let us say|lets say|is it possible to|would it be|difference between|tell (?:the difference|apart)"
            // "if someone in my class felt a sharp pain while lifting, what should they do?"
            + "|if (?:someone|somebody|anyone|anybody|a client|a student|one of (?:my|the) [a-z]+)(?: (?:in|at|from|of) (?:my|the|a|our) [a-z]+)? (?:ever )?(?:felt|feels|feel|gets|got|get|has|had|experiences|experienced|hears|heard|notices|noticed)"
            // "if I feel a pop" is hypothetical; "if I had a fusion in March" or "if I have a fever" is the user's state
            + "|if (?:i|you|someone|somebody|one|a person|people|they|it|the pain|my pain|my back|my back pain|things|there is|theres)(?: ever| do| suddenly| start to| were to| was to)?"
            + " (?:feel|feels|get|gets|experience|experiences|notice|notices|develop|develops|start|starts|become|becomes|hear|heard)"
            + "|if (?:you|someone|somebody|someones|somebodys|one|a person|people|it|the pain|my back|there is|theres)(?: ever| suddenly)?"
            + " (?:have|has|had|were|was|is|does)|what would happen if|if i (?:ever )?(?:were|was) to"
            // "my friend says if i wet myself that means emergency?"
            + "|if (?:i|you|someone|somebody|a person) (?:ever )?(?:wet|wets|pee|pees|peed|soil|soils|soiled|poo|poos|pooed) (?:myself|yourself|themselves|themself)"
            + "|if i (?:ever )?(?:need|needed|end up needing|end up having|have to have|had to have)"
            // advice retold: "i was told to stop if i felt any sharp pain"
            + "|(?:stop|stopping|rest|back off|ease off|call|ring|see (?:a|the) [a-z]+) (?:straight away |immediately |right away )?if (?:i|you|he|she|they) (?:ever )?(?:feel|felt|get|got|have|had|notice|noticed|experience|experienced)"
            // "if my back pain ever got ...", "if my back pain got worse week after week?"
            + "|if (?:my |the )?(?:back ?pain|back|pain|it) (?:ever (?:got|gets|get|became|becomes|went|goes|turned)|(?:got|gets|get|became|becomes|went|goes|started|starts) (?:getting )?worse)"
            + "|(?:should|do|would|must|can) i (?:stop|worry|be worried|see a doctor|go to|call|rest) (?:if|when|whenever)"
            // advice retold without a verb: "the physio told me stop the exercise if sharp pain"
            + "|(?:stop|stopping) (?:the |my |an? )?(?:exercise|exercises|lift|set|session|workout|movement) (?:if|when) (?:there is |theres |i (?:feel|get|have) )?(?:any )?(?:sharp|pain)"
            + "|(?:worr(?:y|ies|ied)|fret(?:s|ting)?) (?:about|that) (?:me|him|her|them|us) (?:falling|having a fall|breaking)"
            + "|(?:worried|scared|afraid|nervous|anxious|fearful|terrified|paranoid) (?:about|of|that) (?:getting|developing|having|breaking"
            + "|hurting|injuring|causing|doing|making|lifting|training|falling|an?|it|i (?:might|will|could|may)|ill|id)"
            + "|(?:might|could|will|would|may|gonna|going to|ill|youll|hell|shell|theyll|id|youd|theyd) (?:get|develop|fracture|break|crack|hurt|injure|tear|damage|end up|cause|make)"
            // "the best exercise that wont hurt my back"
            + "|(?:wont|wouldnt|doesnt|shouldnt|will not|would not) (?:hurt|injure|strain|tweak|damage|wreck|aggravate)"
            // "if i ever got a sharp pain", "can bands hurt my back?"
            + "|warned (?:me |us |them )?(?:about|of)|told me to (?:watch|look) (?:out )?for"
            + "|if (?:i|you) ever (?:got|had|felt|noticed)|if (?:there is|theres|there are|there was)|can (?:[a-z]+ ){1,3}?(?:hurt|injure|damage|harm)"
            + "|(?:worried|scared|afraid|nervous|terrified|paranoid) (?:that )?(?:ill|id|i will|i might|i could|i may|i would)"
            // a fear, a word, or what a leaflet says: "i dont want to hurt my back more", "the word tumour scares me", "a leaflet about spinal fractures"
            + "|the (?:word|term) |(?:a sign|sign that|signs that|mean|means) (?:that )?(?:i|ive|i have|id|youve|you have) (?:hurt|injured|damaged|strained|pulled|done|tweaked)"
            + "|should (?:i|he|she|we) (?:get|have|go for|consider|opt for|book) (?:the |an |a )?(?:surgery|operation|op|fusion|discectomy)"
            + "|(?:dont|do not|never) want to (?:[a-z]+ ){0,5}?(?:or |and )?(?:hurt|injure|strain|tweak|damage|wreck|aggravate|make)"
            + "|(?:leaflet|poster|booklet|pamphlet|handout|article|video|sheet) (?:about|on|explaining|that explains)"
            // asked about, not reported: "the physio asked if i'd lost weight without trying"
            + "|(?:asked|asks|asking) (?:me )?(?:if|whether)"
            // read about, not had: "nervous after reading about sudden sharp pain during lifting"
            + "|(?:after|from|since) (?:reading|hearing|watching|seeing) (?:a lot |so much |loads )?(?:about|up on|that)"
            + "|could (?:a|an|the) (?:[a-z]+ ){1,5}?be (?:serious|dangerous|bad|an emergency)"
            // what a course or leaflet taught: "my first aid course said losing bladder control is an emergency"
            + "|(?:course|class|teacher|instructor|leaflet|poster|textbook|book|website|lecturer|lecture|training) (?:said|says|taught|teaches|mentioned|told us)"
            // "can back pain ever be a heart attack?"
            + "|can (?:[a-z]+ ){1,4}?ever (?:be|cause|mean|turn into)"
            // "can i get numb legs from exercising?"
            + "|can (?:i|you|one|people|someone|somebody|a person) (?:ever |actually |really )?(?:get|develop|end up with)"
            + ")\\b");

    /** Worry with nothing behind it yet; with "just curious" or "nothing's happening to me" not a report even of an emergency sign. */
    static final Pattern WORRIED_ABOUT = Pattern.compile("\\b(?:worried|scared|afraid|nervous|anxious|paranoid|terrified|freaked out) (?:about|of)\\b");

    /** Asking what something is rather than reporting it: "how do I tell soreness from sharp pain?". */
    static final Pattern INQUIRY = Pattern.compile("\\b(?:"
            + "how (?:do|can|would|will|should|could) (?:i|you|we|one|people|someone|anyone|a person) (?:even )?(?:tell|know|distinguish|differentiate|recogni[sz]e|spot|identify|avoid|prevent|check)"
            + "|(?:ive|i have|i) (?:heard|read|seen)(?: that| somewhere| online)?|i know (?:that )?(?:some |many |lots of |a lot of )?people|(?:i know|i understand|i realise|i realize|im aware|i am aware) (?:that )?(?=(?:[a-z]+ +){0,6}?(?:together +)?(?:is|are|can be|could be) (?:bad|serious|dangerous|a red flag|red flags|a warning sign|warning signs|worrying|a concern)\\b)"
            + "|(?:whats|what is|what are|what does|what do|what)(?: [a-z]+)? (?:the )?(?:difference|signs?|symptoms?|meaning|definition|causes?)"
            + "|how am i (?:meant|supposed) to (?:tell|know)|tell the difference|something (?:people|you|i|we|one) should (?:worry|be worried|know) about"
            + "|what means?|(?:can|does|do|will|would) (?:[a-z]+ ){0,4}?(?:prevent|stop you getting|reduce the risk of)|difference between|signs of|symptoms of|what causes|how to (?:tell|know|avoid|prevent|spot)|tell me about|(?<!(?:cant|couldnt|cannot|no one can|nobody can) )explain|define"
            // "X, what does it mean" asks about the user's own X
            + "|what (?:does|do|is|s) (?!(?:it|this|that|they|these) mean(?! if| when| to))(?:[a-z]+ ){1,5}?mean|meaning of|what counts as"
            + "|(?:(?:i )?(?:just )?(?:want|wanted|wanna|would like|d like) to (?:know|understand) )?(?:why|what) (?:the |this |your )?article (?:says|said|mentions|lists|calls)"
            + "|red flags?|warning signs?|danger signs?|who (?:is|s|are) at risk|who gets (?:it|them|one)"
            + "|(?<!(?:not|nt) )(?:ever |often |usually )?(?:related|linked|connected) to|(?:always|usually|often|ever) (?:related|linked|connected)|associated with|reading up|(?:i was|ive been|been|was|im|i am) reading (?:about|up on|that|an article|a post|a thread|something)|(?:article|post|video|piece|story|thread|message|one) (?:about|on) (?=(?:[a-z]+ +){0,4}?(?:infections?|cancers?|tumou?rs?|fractures?|cauda equina|red flags?|warning signs?))|(?:(?:im|i am|i was|i m) (?:just |a bit |really )?)?(?:curious|wondering) (?:about )?(?:why|how)|just curious|asking generally"
            + "|in general|generally speaking|out of interest|for an essay|for a friend|is it true (?:that )?|i read (?:that |somewhere )?"
            // "generally is lifting ok after back surgery", "soreness vs sharp pain, difference?", "... which one is a problem"
            + "|generally,? (?=(?:is|are|can|could|should|do|does|would|how|what)\\b)|(?<!(?:bike|car|cyclist|pedestrian|me|van|truck|lorry|motorbike|scooter|bus|horse|tram|train) )(?:vs|versus)(?= [a-z])|(?:^|, )(?:the |whats the |what is the )?difference(?=$|,| please)"
            + "|which (?:one |of them |of the two )?(?:is|s) (?:a |the )?(?:problem|bad|worse|ok|okay|normal|fine|dangerous|serious|worrying|a worry)"
            // the "I" dropped: "read online that ..."
            + "|(?:^|, )read (?:online |somewhere |on [a-z]+ )?that"
            + "|(?:the )?(?:article|page|site|guide|text) (?:mentions?|says|talks about|lists)|did i (?:hurt|injure|pull|tweak|strain|damage|tear|do)"
            // study framing: "is numbness in the legs ever serious", "for my uni assignment"
            + "|(?:does|do|is|can|will) (?:[a-z]+ ){1,4}?(?:always|necessarily|usually|automatically) mean"
            + "|(?:is|are|can|could) (?:[a-z]+ ){1,6}?ever (?:be )?(?:serious|dangerous|bad|worrying|an emergency|a concern|a worry|normal|ok|okay|fine|expected)"
            + "|for (?:a |an |my |our )?(?:uni |university |school |college |class |nursing |medical |physio |anatomy )?(?:assignment|essay|project|dissertation|thesis|homework|exam|coursework|presentation|lecture|module)"
            + "|(?:whats|what is|what are) (?!going on|happening|wrong|up\\b|that\\b|this\\b)(?:an? )?"
            + "|(?:we|i|they) (?:learned|learnt|learn|studied|were taught|was taught) (?:about|that)"
            + "|(?:can|could|does|do|will|would|is|are) (?:[a-z]+ ){0,4}?(?:cause|causes|lead to|leads to|result in|give you|a sign of|a (?:bad|good|warning|serious) sign)"
            // "do I need to worry about back pain at night?" asks about it in general
            + "|(?:do|should|would) (?:i|you|people|we) (?:need to |have to )?(?:worry|be worried|be concerned|panic) (?:about|over|if)"
            + ")\\b");

    /** "After an operation on the back, is lifting ok?": an operation in general, as the question that follows shows. */
    static final Pattern GENERIC_AFTER = Pattern.compile("\\b(?:after|following|post|since) (?:an?|any|such an?) ");

    /** A clause that starts like a question. */
    static final Pattern INTERROGATIVE_START = Pattern.compile(
            "^(?:is|are|(?:was|were)(?! (?:treated|diagnosed|told|given|put|operated|admitted|found|hit|knocked|taken|sent|rushed|discharged|on|in|off)\\b)"
            + "|can|could|do|does|did|should|would|will|shall|may|might|must|what|whats|how|hows"
            + "|why|when|which|who|where|isnt|arent|cant|wont)\\b");

    /** The speaker: a clause with one of these is about the user ("is it normal to ..." asks about the user too). */
    static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:i|im|ive|id|ill|me|my|mine|myself"
            + "|is (?:it|this|that) (?:normal|ok|okay|bad|serious|a problem)|should i (?:be )?worr(?:y|ied))\\b");

    /**
     * The user points back at a general mention as their own: "what can you do after a discectomy? I had
     * mine 3 weeks ago", "can people with a fracture lift, because I have one".
     */
    static final Pattern SELF_REFERENCE = Pattern.compile("\\b(?:"
            + "i (?:had|have|got) (?:mine|one)|ive (?:had|got) (?:mine|one)"
            // the question, then what happened: "is a stabbing pain fine? happens every rep", "happened twice in my session this morning"
            + "|^(?:it |this |that )?happen(?:s|ed) (?:on |during |at )?(?:every|each|most|twice|once|again|[0-9]+ times)(?: (?:rep|set|time|session|in my (?:session|workout)))?"
            // "how long after spinal surgery can you lift? asking for me, had it 4 weeks ago"
            + "|(?:asking for me|for myself|its for me),? (?:i )?had (?:it|one|mine|that) (?:[0-9]+|a|one|two|three|four|five|six|few|a few|couple of) (?:days|weeks|wks|months) ago|mine (?:started|began|came on|appeared) (?:right |just )?(?:after|when|since)|mine (?:was|is|were)(?! (?:actually |really |now |thankfully |luckily )?(?:just|only|fine|ok|okay|normal|different|nothing like|not|totally|completely|getting better|improving|better|stable|steady)\\b)"
            + "|(?:thats|that is|this is) (?:me|what i have|what ive got)|(?:thats|that has|thats been|its|it has) (?:started|been) happening (?:to me )?since|(?:because |cause |as )?(?:i have|ive got|i got) (?:that|this|it|those|them)(?= now| too| as well| right now|,|$)|i do (?:have|get) (?:it|that|this|them|those)|yes,? i (?:have|do|did)\\b|same (?:here|with me)|(?<!(?:not|never|isnt|wasnt|hasnt|nothing|nothings|nothing is|nothing has|nothing like that has|has not|never has) )(?<!not (?:yet|ever) )(?:happened|happening) to me"
            + ")\\b");

    /**
     * A dated event is the user's own even without "I": "spinal fusion 6 weeks ago, whats a good
     * routine", "discectomy last month". General talk does not put a date on it.
     */
    static final Pattern DATED = Pattern.compile("\\b(?:"
            + "(?:[0-9]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|a few|couple of|a couple of|several)"
            + " (?:days?|weeks?|wks?|months?|mths?|years?|yrs?) ago|last (?:week|month|year|spring|summer|autumn|fall|winter|monday|tuesday"
            + "|wednesday|thursday|friday|saturday|sunday)|yesterday|this (?:morning|week|month|year)|earlier (?:today|this week)"
            + "|in (?:jan|january|feb|february|march|april|may|june|july|aug|august|sept?|september|oct|october|nov|november|dec|december)"
            + ")\\b");

    /**
     * Plainly a general question, so "is it ok ..." is not the user's own: "generally speaking is it ok to
     * lift after spine surgery", "just curious, is it bad to ...". A real "I" or "my" still makes it personal.
     */
    static final Pattern GENERALLY = Pattern.compile("\\b(?:generally|in general|as a rule|in theory|theoretically|just curious"
            + "|out of (?:interest|curiosity)|asking generally|asking for a friend|for a friend|hypothetically)\\b");

    /** The user's own pronouns, without the "is it normal" forms of {@link #FIRST_PERSON}. */
    static final Pattern FIRST_PERSON_PRONOUN = Pattern.compile("\\b(?:i|im|ive|id|ill|me|my|mine|myself)\\b");

    /** A story told without its "I", as lifters text: "was doing back extensions and had a sudden sharp pain", "did supermans and ...". */
    static final Pattern TOLD_WITHOUT_I = Pattern.compile("^(?:just |then |so |and )?(?:was (?:doing|lifting|training|squatting|deadlifting|benching|pulling|pressing|rowing|on)|were doing|did (?!you\\b|i\\b|it\\b|that\\b|this\\b)|doing|felt|got|heard|went to (?:lift|pick|pull|squat)|tried (?:to )?(?:lift|pick|pull|squat|deadlift))\\b");

    /**
     * A "what if" that is plainly about the future, strong enough to hold even for an emergency: "if my
     * leg ever goes weak should i go to a&e", "my physio said if i ever lose bladder control go to a&e".
     */
    static final Pattern IF_EVER = Pattern.compile("\\b(?:"
            + "if (?:i|you|my [a-z]+(?: [0-9]+| [a-z]+)?|your [a-z]+|it|they|someone|anyone) (?:ever|should ever|were ever|ever were)"
            + "|if,? in the future,? (?:i|you|my [a-z]+) (?:ever|should ever)|what if (?:i|my [a-z]+|you) (?:[a-z]+ ){1,4}?(?:one day|someday|some day|in the future|later on)\\b"
            + "|(?:should|in case) (?:i|you|my [a-z]+) ever|in the (?:unlikely )?event (?:of|that)"
            // dreamt, not happened: "had the weirdest dream that my legs had gone numb"
            + "|(?:dream|dreamt|dreamed|nightmare) (?:that|about|where)|in (?:my|a|the) (?:dream|nightmare)"
            // "if i got numb legs would that be serious"
            + "|if (?:i|you|someone|one|my [a-z]+) (?:got|get|had|developed|started getting|started|stopped|went|became|lost|felt|noticed|were to get)\\b(?=[^.?!]{0,80}\\b(?:would|does|should|could) (?:that|it|this|i|you)\\b)"
            // (but "mum says when she's on the commode she can't feel the seat" reports what happens)
            // "she told me to stop if i felt sharp pain"
            + "|(?:told|tells|telling|warned|advised|advises|taught) (?:me|us|him|her) to (?:[a-z]+ ){1,3}?(?:if|when|whenever) "
            + "|(?:said|says|told me|tells me|warned me|advised|advises|explained) (?:that )?(?:if|when(?! (?:she|he|they|i|shes|hes|theyre|im) (?:is |s |am |are )?(?:on the|sits|sitting|sit|goes to|go to|wipes|wiping|wipe|pees|peeing|tries to|try to|stands|walks|lies|touches|touched|touch|was|were))|to (?:watch|look) (?:out )?for)"
            // hearsay about what training does: "my friend said squats give you hernias and erectile problems"
            + "|(?:said|says|reckons|reckon|told me|heard|read) (?:that )?(?:[a-z]+ ){1,3}?(?:give|gives|cause|causes|lead to|leads to) (?!(?:me|my|him|her|his)\\b)"
            + "|(?:asked|asks|asking) (?:me )?(?:about|if (?:i|id|ive) (?:had|have|get|ever|been)|whether)"
            // a clinician's words, a warning or hearsay, not a report: "keep an eye out for foot drop", "used the words spinal fracture",
            // "asked my physio about the sharp pain bit", "keeps saying it could be a tumour", "heard a guy say my back went pop"
            + "|(?:keep an eye out|look out|watch out|keep a lookout) for|used the (?:word|words|term|phrase)"
            + "|(?:asked|asking) (?:my |the |her |him )(?:[a-z]+ )?(?:about|if|whether|could)"
            // (but "said my back pain could be linked to my previous cancer" tells the history)
            + "|(?:says|said|keeps saying|kept saying|reckons|thinks) (?:that )?(?:my |it |this )?(?:[a-z]+ ){0,3}?(?:could|might|may) be"
            + "(?! (?:linked|related|connected|due|down|coming|from|because)(?: to| from| of)? (?:my |the |her |his |their )?(?:previous|old|past|earlier|former|history))"
            + "|heard (?:a |some |this |the )?(?:[a-z]+ ){0,4}?(?:say|saying|says|said) "
            + "|told me about (?:a|one of (?:his|her|their)) (?:[a-z]+ )?(?:patients?|clients?|friends?|guy|woman|man|case)"
            // "my doctor asked me loads of questions about peeing", "the physio asked me all the scary questions, can you feel ..."
            + "|(?:asked|asks|asking) (?:me )?(?:all )?(?:the |loads of |lots of |a lot of |some |a few |the usual )?(?:[a-z]+ )?questions?(?: about| like| such as|,)"
            // "my physio asked me loads of questions, like had I ever had cancer or a fracture"
            + "|questions (?:[a-z]+,? ){0,8}?(?:like|such as|eg) (?:had|have|did|do|was|am) i\\b"
            + "|(?:checked|checking|screened|tested) (?:me )?for"
            // a coach's or teacher's what-if: "if student feel shooting pain during lifting what they should do"
            + "|if (?:a |an |the |my |one of my |any )?(?:students?|clients?|pupils?|kids?|athletes?|patients?|members?|trainees?|lifters?) (?:ever )?(?:feel|feels|get|gets|has|have|had|felt|got|reports?|says|say)\\b"
            // "told me to only come back if ... numbness or bladder problems turn up", "send me for scans if i had numbness"
            + "|(?:come back|go back|call|ring|return|send me for (?:a )?(?:scans?|mri|x ?rays?)|(?:only|would only|d only) (?:worry|be worried|be concerned|panic|be alarmed)) (?:[a-z]+ ){0,2}?if "
            // a list of warning signs: "my physio mentioned red flags like numbness and bladder problems"
            + "|(?:red flags?|(?:warning|danger|emergency|serious|scary|alarm|alarming|red flag) (?:signs?|symptoms?)|things to (?:watch|look) (?:out )?for) (?:like|such as|including|e ?g)"
            + ")\\b");

    /** Negation told after the symptoms: "asked about bladder control and saddle numbness, i have neither". */
    static final Pattern NEGATED_AFTER = Pattern.compile("^(?:(?!\\bbut\\b(?! (?:the |my |a )?(?:doctor|gp|dr|physio|consultant|surgeon|hospital|nurse|mri|scan)))[^.?!]){0,40}?\\b(?:"
            + "i have neither|ive (?:got |had )?neither|(?:i )?said no to (?:everything|all of (?:them|it|those|that)|all (?:the|those) questions|each one)|(?:are|is) (?:zero|none|nil|non ?existent)(?=,|$| why| thankfully| luckily)|(?:no wait|wait no|actually|sorry|correction),? (?:it was|it s|its|turned out to be|that was) (?:a |just a |only a )?(?:cyst|lipoma|fatty lump|benign|nothing)"
            // a slip corrected: "i was on chemo for breast cancer, no wait, that was my sister"
            + "|(?:no wait|wait no|sorry|correction|oops|my bad),? (?:that was|it was|thats|that s) (?:my|his|her) [a-z]+|(?:but )?never (?:had|experienced) (?:it|one|that|them)(?=,|$| but| though| thankfully| luckily| yet)|(?:i have|ive got|ive had|i had) none of (?:them|those|these|that|it)"
            + "|(?:neither|none) of (?:which|them|those|these) (?:i have|apply|applies)"
            + "|(?:i )?(?:dont|didnt|do not|never) (?:have|had|get|got) (?:either|any of (?:them|those|these|that))"
            + "|i (?:havent|have not|never) had (?:any|one)(?: surgery| operation| op| myself)?(?=,|$| and| myself| thankfully| though)"
            + "|i (?:dont|do not) have (?:that|it|those|this)(?=,|$| just| though| thankfully| luckily| at all| myself)"
            // checked and excluded: "but the doctor examined me and its not that"
            + "|(?:doctor|gp|dr|physio|consultant|surgeon|hospital|nurse|mri|scan) (?:[a-z]+ ){0,6}?(?:ruled (?:it |that )?out|(?:its|it is|it was) not (?:that|it)(?=,|$| and| but| phew| thankfully))"
            + "|(?:none|neither) of (?:it|them|those|these|that) (?:applies|apply)|(?:it |that )?(?:doesnt|does not|dont) apply to me"
            // "tight chest alert: its my new sports bra"
            + "|(?:its|it is|it was) (?:just )?(?:my |the )?(?:new )?(?:sports )?(?:bra|strap|binder|lifting belt)"
            // "a loud crack ... but honestly it felt like relief, no pain at all"
            + "|but (?:honestly |actually |tbh |to be honest )?(?:it )?(?:felt|feels) (?:like (?:a )?relief|(?:so |really )?(?:good|great|amazing|nice|better))"
            // "heard something pop but it was my knuckles lol"
            + "|(?:but |, )?(?:it was|that was|it turned out to be|turned out (?:to be|it was)) (?:just |only )?(?:my |the |a )?(?:water |drinks? |protein |sports )?(?:knuckles?|knees?|fingers?|toes?|ankles?|neck|jaw|hips?|shoulders?|wrists?|elbows?|bottle|phone|chair|bench|bar|barbell|floor|door|foam roller|shake|sweat|drink)"
            + "|thankfully not|luckily not|(?:which|none) i dont have|i (?:dont|do not) have (?:anything|nothing|any of that) like (?:that|it|this)|i (?:dont|do not) have any(?=,|$| of| thankfully| luckily| though| at all)"
            + ")\\b");

    /** A fall or crash told as harmless: "i fell off my bike last summer, no injuries" (read only after an event, see {@link #EVENT}). */
    static final Pattern HARMLESS_AFTER = Pattern.compile("^(?:(?!\\bbut\\b)[^.?!]){0,40}?\\b(?:"
            + "no (?:injuries|injury|damage|harm done)(?! (?:that )?i (?:know|can think|remember) of)|(?:wasnt|werent|was not) (?:hurt|injured)|unhurt|unscathed|(?:nobody|no one|noone) (?:was |got )?(?:hurt|injured)"
            + ")\\b(?![^.?!]{0,20}\\bbut\\b)");

    /** A mishap with a drink or a phone, told straight after "accident": "had a small accident, i spilled my protein shake". */
    static final Pattern MISHAP_AFTER = Pattern.compile("^[^.?!]{0,20}?\\b(?:spilled|spilt|spilling|spill|knocked over|dropped|smashed)"
            + " (?:my |a |the |some |all |half )?(?:[a-z]+ )?(?:shake|drink|coffee|tea|water|juice|smoothie|protein|bottle|cup|mug|phone|keys|plate|glass|paint)\\b");

    /** Parents, partners, children and grandparents: the family a carer writes about. */
    private static final String KIN = "mum|mom|mother|dad|father|husband|wife|hubby|missus|partner|son|daughter|grandad|granddad|grandpa|gran|granny|nan|nana|grandma";

    private static final String FRIENDS = "friends?|mates?|pals?|buddy|buddies|colleagues?|coworkers?|co workers?|workmates?|boss|neighbou?rs?|teammates?|classmates?";

    /** A friend, colleague or neighbour: somebody the user tells of, not one they look after. */
    static final Pattern ACQUAINTANCE = Pattern.compile("\\b(?:" + FRIENDS + "|someone|somebody|a guy|a bloke|a woman|a lady|a man)\\b");

    /**
     * Somebody else's friend, colleague or neighbour, or a friend's family: never the person the user asks for ("his
     * friend had cancer", "mum's friend had a compression fracture", "my friend's husband had a back op").
     */
    static final Pattern FRIEND_OF_THEIRS = Pattern.compile("\\b(?:his|her|their|(?:" + Others.PEOPLE + ")s?) (?:[a-z]+ )?(?:" + FRIENDS + ")\\b"
            + "|\\b(?:" + FRIENDS + ")s? (?:" + KIN + "|brother|sister|kids?|children|boyfriend|girlfriend)\\b"
            + "|\\bmy (?:" + KIN + "|brother|sister)s? (?:" + KIN + "|brother|sister|uncle|aunt|auntie|cousin|grandfather|grandmother)\\b");

    /** Someone the user lives with or looks after, as the subject: "dad", "my wife", "hubby", "my 15 yo". */
    static final Pattern CLOSE_FAMILY = Pattern.compile("(?:^|\\b(?:my|our) |^(?:[a-z]+ )?)(?:(?:little |older |younger |big |teenage |eldest |youngest |elderly |old )?(?:"
            + KIN + "|boyfriend|girlfriend|bf|gf|brother|sister|grandson|granddaughter|fiance|fiancee)|[0-9]{1,2} ?(?:yo|year old))s?\\b");

    /** A message that starts with one of the family: "my husband he ...", "dad lost ...". */
    static final Pattern FAMILY_FIRST = Pattern.compile("^(?:hi |hello |help |please )?(?:my |our )?(?:" + KIN + ")\\b");

    /** Back pain added with no owner: "... and back pain", "..., back pain", "+ back pain". */
    static final Pattern BACK_PAIN_TACKED_ON = Pattern.compile("(?:, |\\band |\\bn |\\bplus |\\balso |\\+ ?)(?:bad |terrible |severe |lower |low |a lot of |lots of )*back ?(?:pain|ache|hurts|hurting|sore|bad|very bad|is bad)\\b");

    /** The user as a subject ("im the one with back pain"), not only as the family's owner ("my dad"). */
    static final Pattern I_AS_SUBJECT = Pattern.compile("\\b(?:i|im|ive|me|myself)\\b(?! (?:am |m )?(?:writing|asking|message|messaging) (?:for|about|on behalf))");

    /** Somebody's words, not an event: "says", "told me", "asked". */
    static final Pattern HEARSAY = Pattern.compile("\\b(?:says|said|say|told|tells|asked|asks|reckons|thinks|heard|read|warned|mentioned|explained)\\b");

    /** How many words before a mention its owner is looked for. */
    static final int FRIEND_REACH_WORDS = 6;

    /** In somebody else's crash as a passenger: "was the passenger when my friends car went into a lamppost". */
    static final Pattern RODE_ALONG = Pattern.compile("\\b(?:i was|was|im|i am) (?:the |a |in the )?(?:front |back |rear )?(?:seat )?(?:passenger|pillion)\\b");

    /** A new subject in a clause: "..., she fell", "... and he has". */
    static final Pattern ANOTHER_SUBJECT = Pattern.compile("\\b(?:he|she|they|we|us|hes|shes|theyre|were|it)\\b");

    /** The red flag was somebody else's, not the person asked about: "my husband's sister had a back operation, not him". */
    static final Pattern NOT_THEM_AFTER = Pattern.compile("^[^.?!]{0,40}?,? not (?:him|her|them|me|my (?:husband|wife|son|daughter|mum|mom|dad|father|mother|partner))\\b(?! (?:yet|anymore|any more|again|now|though)\\b)");

    /** An event, not a symptom: a "no injury" after it says it did no harm; after "pain keeps building" it only says why not. */
    static final Pattern EVENT = Pattern.compile("\\b(?:fell|fall|fallen|falling|crash(?:ed)?|accident|collision|collided|knocked|hit|tackled|slipped|tripped|came off|thrown|landed|tumbled|bumped|whacked|wiped out|rear ended|t boned)\\b");

    /** A sign answered with "no" as in a checklist: "night sweats no just stiff", "fever - nope, numbness - no". */
    static final Pattern ANSWERED_NO = Pattern.compile("^[ ,:]*(?:no|nope|nah|none|negative|never(?: had| have| did| done)?(?: (?:it|one|any|that))?)(?=[ ,]*(?:$|,|just|only|all good|thankfully|luckily|lol|haha|sorry|my bad|wait|i mean|never|none|not really))");

    /** The settled thing came back, so the "went away" no longer dismisses it: "it went away, but today it came back". */
    static final Pattern RECURRED = Pattern.compile("\\b(?:"
            // (but "it fully came back" is a function that recovered)
            + "(?<!(?:fully|completely|totally|never|hasnt|didnt|not|has not|did not) )(?<!(?:prevent|prevents|preventing|stop|stops|avoid|keep|keeps) (?:it |this |that |them |the pain )?)(?:came|comes|coming|is|its|it is|has come|it has come) back(?! (?:fully|completely|to normal))|returned|back again|started again|starting again"
            + "|flared (?:up )?again|again (?:today|now|this (?:morning|week))|worse again|recurr[a-z]*|still do(?: sometimes| now and then| occasionally)?|still (?:inject|use|using)"
            + ")\\b");

    /**
     * A "but" that says the symptom lasts or why it came, read with the mention: "like sitting on a hard chair, but it
     * doesnt go away", "a bit sweaty at night but its because its 30 degrees and no aircon".
     */
    static final Pattern BUT_LASTS_OR_BECAUSE = Pattern.compile("(?:, )?but (?:(?:actually )?(?:its |it is |thats |that is |it was |that was )?(?:just |only |simply )?because\\b|(?:it |that )?turned out (?:to be |it was |that )?|(?:the |my )?thermometer (?:said|says|showed|shows|read|reads)|(?:it |its |it is |the numbness |that )?(?:(?:still )?(?:doesnt|does not|dont|wont|never|hasnt|has not|didnt) (?:(?:go|goes|gone|went) away|wears? off|worn off)|stays|is still there|s still there|lasts)"
            // lifelong: "her legs are a bit weak but thats been the case for years"
            + "|(?:thats|that is|its|it has|its been|thats been|that has been) (?:been )?(?:the case|like that|the same|so) (?:for (?:years|ages|decades)|all (?:her|his|my|their) life)"
            // how short it was: "on prednisolone, but only a short 5 day course"
            + "|(?:it was |its |it is |that was )?only (?:a |for a )?(?:short |brief |quick )?(?:[1-9]|one|two|three|four|five|six|seven|ten) ?days?)\\b");

    /** A habit that is over, said inside the symptom phrase: "sciatica used to wake me up at night". */
    static final Pattern USED_TO = Pattern.compile("(?<!\\b(?:get|got|gets|getting) )\\bused to (?!(?:be|it|this|that)\\b)");

    /** People telling the user about the user: "people dey tell me say I don slim" is the user's own weight loss. */
    private static final String TELLING_ME = "(?! (?:dey |keep |keeps |kept |have been |are |been |always |all |at work )?(?:tell|telling|tells|say|saying|said|told|ask|asking|asked|remark|remarking|comment|commenting)(?: to)? me\\b)";

    /** Subjects that are never the user speaking of themselves. */
    private static final String OTHERS = "(?:people|folks|ppl|everyone)" + TELLING_ME
            // "felt like someone flicked a lighter on inside my spine" is a simile
            + "|(?<!like |as if |as though )(?:someone|somebody)|anyone|anybody|a person|persons|patients"
            + "|lifters|athletes|men|women|one (?=should|can|could|must|would|might|may|needs?)"
            + "|most (?=people|lifters|folks)";

    /** A general subject: "can people with a spinal fracture lift?", "someone who had a fusion". */
    static final Pattern GENERAL_SUBJECT = Pattern.compile("\\b(?:" + OTHERS + "|those|others|guys|you|your|yourself)\\b");

    /** A general subject that is never the user speaking of themselves (no "you"). */
    static final Pattern PLAINLY_GENERAL_SUBJECT = Pattern.compile("\\b(?:" + OTHERS + ")\\b");

    /** A place of the user's, which says nothing about whose symptom it is: "a guy at my gym". */
    static final Pattern MY_PLACE = Pattern.compile(
            "\\b(?:(?:at|in|from|of) my|(?:who|that) (?:runs|owns|manages|coaches at|works at|teaches at|teaches) (?:my|our)) (?:gym|work|workplace|office|school|club|box|class|local|church|team|yoga class|crossfit)\\b"
            // where they stood: "the guy next to me at the gym got a shooting pain"
            + "|\\b(?:next to|beside|behind|in front of|opposite) me\\b");

    /** Somebody else as the object, not the subject: "lifting my son", "playing with the dog". */
    static final Pattern OBJECT_LEAD = Pattern.compile(
            "\\b(?:lift|lifts|lifting|lifted|pick(?:ing|ed)? up|picks up|carry|carrying|carried|hold|holding|held|with|chasing"
            + "|helping|help|helped|push|pushing|pushed|pull|pulling|pulled|walking|walked|bathing|catch|caught|moving|moved"
            // playing with a child: "lifted my nephew to swing him and boom, sharp pain"
            + "|swing|swinging|swung|throw|throwing|threw|toss|tossing|tossed|spin|spinning|spun|chase|piggyback(?:ing)?"
            // but "one of my patients had ..." is about the patient
            + "|for|to|at|by|from|(?<!\\b(?:one|some|two|three|few|several|many|most|both|each|any|none) )of|off|on|onto|into|in|over|under|behind|than|like"
            // the two of us: "me and my partner, well, things down there dont work"
            + "|me and|myself and)"
            + " (?:my |the |our |a |an |his |her |their )?$");

    /**
     * Somebody else who only tells what they saw of the user: "my wife noticed the bed was wet", "my
     * partner says ...". The symptom stays the user's.
     */
    static final Pattern OBSERVER_VERB = Pattern.compile(
            "^ (?:has |had |just |also |even )?(?:noticed|notices|says|said|told me|tells me|thinks|thought|reckons|reckoned"
            + "|pointed out|saw|sees|spotted|mentioned|commented|keeps saying|asked (?:me )?(?:if|why|whether))\\b");

    /**
     * A sentence that, right after a symptom's sentence, says it is over ("...went into spasm. Been fine
     * since.") with no "but", "still" or "again" that would bring it back.
     */
    static final Pattern NEXT_SENTENCE_SETTLES = Pattern.compile(
            // "my back made the loudest crack. felt good actually, no pain"
            "^(?:it )?(?:felt|feels) (?:good|great|nice|amazing|better)(?: actually| tbh| honestly)?,? no pain(?! (?:until|till|then|but))|"
            // "Physio sorted it and I've been completely fine since"
            + "^(?:the )?(?:physio|physiotherapy|doctor|gp|treatment|rest|time) sorted (?:it|me)(?: out)? and (?:ive|i have) been (?:completely |totally |absolutely )?fine (?:ever )?since(?! (?:until|till|but))|"
            + "^(?!.*\\b(?:but|still|except|apart|although|though|yet|again|now i|worse)\\b)"
            + "(?:and |so )?(?:ive |i have |its |it has |its been |ive been |all |everything |been |hes |shes |theyre |he is |she is |they are |hes been |shes been )?(?:been )?"
            + "(?:fine|good|ok|okay|grand|great|sorted|normal|pain free|all good)(?: ever)? since\\b"
            + "|^(?!.*\\b(?:but|still|except|apart|although|though|yet|again|worse)\\b)(?:its |it is |all |everything |back is |back |hes |shes |theyre |he is |she is |they are |(?:thats|that is|that s) (?:all )?)?(?:gone|fine|ok|okay|sorted|better|all good|healed) now\\b"
            // "Had a back spasm last year. Sorted in a week with heat and walking."
            // nothing after it turns it back ("but", "still", "again", "worse"), and it says it is over:
            + "|^(?!.*\\b(?:but|still|except|although|though|yet|again|worse)\\b)(?:"
            + "(?:it |its |all |it was |was |got )?(?:sorted|better|fine|settled|cleared|gone|healed|eased)(?: itself| up| out| off)? (?:in|within|after) (?:a|one|two|three|[0-9]+|a few|few|a couple of) (?:days?|weeks?)"
            + "|(?:(?:and )?now )?(?:i |im |i am |i was )?(?:fully|completely|totally) (?:recovered|healed|better)"
            + "|(?:it |its |it has |it was |all |that )?(?:totally |completely |fully )?(?:cleared up|went away|resolved|healed up))\\b"
            // "it passed and never came back"
            + "|^(?!.*\\b(?:but|still|except|although|though|yet|worse)\\b)(?:it |that |the pain )?(?:passed|went|cleared|settled)(?: away| off| up)? and (?:has )?never (?:came|come|returned)\\b"
            // "it was sore for about a week and then went away completely"
            + "|^(?!.*\\b(?:but|still|except|although|though|yet|again|worse)\\b)(?:it |the pain |that |my back )?(?:was |felt )?(?:sore|painful|bad|stiff|achy|tender)"
            + " (?:for )?(?:about |around |maybe |like )?(?:a|one|two|three|[0-9]+|a few|a couple of) (?:days?|weeks?)(?: or (?:so|two))?,? (?:and )?(?:then )?(?:it )?"
            + "(?:went away|cleared up|settled|eased off|was gone|disappeared|resolved)\\b"
            // someone else's, told as over: "that happened to her last year, shes fine now"
            + "|^(?!.*\\b(?:but|still|again|worse)\\b)nothing like (?:that|it|this) (?:ever )?since\\b"
            + "|^(?!.*\\b(?:but|still|again|worse)\\b)(?:that|this|it) happened (?:[a-z0-9]+,? ){0,6}?(?:shes|hes|theyre|she is|he is|they are) (?:fine|ok|okay|good|better|recovered|all good) now\\b");

    /** A general question right after a mention: "spinal fracture sounds terrifying. How would someone even know?" */
    static final Pattern NEXT_SENTENCE_ASKS_GENERALLY = Pattern.compile(
            "^(?:but |so )?how (?:would|do|does|can|could|should) (?:someone|anyone|you|people|a person|one|somebody) (?:even )?(?:know|tell|spot|recogni[sz]e)\\b");

    /** A sentence right after a "what if" that denies having it: "what would that mean? I don't have it". */
    /** A sentence that ends on care, so a "nah" after it turns the care down: "back is wrecked, doctor? nah". */
    static final Pattern ENDS_ASKING_ABOUT_CARE = Pattern.compile(
            "\\b(?:doctor|doc|dr|gp|hospital|a and e|a e|er|urgent care|ambulance|999|911|physio|medic|get (?:it )?checked(?: out)?|see someone)$");

    /** A bare "no" on its own: after a question about care it turns the care down. */
    static final Pattern BARE_NO = Pattern.compile("^(?:nope|no|nah|never|not yet|no way)\\s*$");

    static final Pattern NEXT_SENTENCE_DENIES = Pattern.compile(
            "^(?:no |nah )?(?:just kidding|jk|kidding|joking)\\b"
            // "tumor? no lol, my doctor said its just a tight muscle knot"
            + "|^(?:no|nope|nah) (?:lol|haha|thankfully|luckily|thank god|phew)\\b"
            // "what's the advice? Nothing like that has happened, I'm just the type who likes to know"
            + "|^(?:but |and )?(?:nothing like (?:that|this)|none of (?:that|this)) (?:has )?(?:ever )?happened(?! yet)"
            + "|^(?:but |and )?(?:im|i am|ive|i have|i) (?:not|never|havent|have not) (?:having|had|getting|got|felt|feeling) (?:any )?(?:pain|anything) like that\\b"
            // a checklist answered: "Night sweats? nope. Fever? nope."
            + "|^(?:nope|no|nah|none|negative|not me|never)\\s*$"
            // "cauda equina this, tumour that. ive had none of it"
            + "|^(?:but )?(?:ive|i have|i) (?:had|got|have) none of (?:it|that|them|those|this)\\b"
            // "a guy at my gym got cauda equina from deadlifting. i have zero symptoms"
            + "|^(?:but |and )?(?:i have|ive got|i got|i have got|i ve got) (?:zero|no) (?:symptoms|signs)(?: at all| myself| of (?:that|it|any of that))?(?=,|$| and | my | i | lol| though| tho)"
            // "tumour? my doctor laughed and said no", "my aunt is on chemo? no sorry, she finished it in 2010"
            + "|^(?:my |the )?(?:doctor|doc|gp|physio|consultant|surgeon|specialist|nurse) (?:[a-z]+ ){0,3}?said no(?=,|$| (?:just|its|it s|it is|lol|haha|thankfully|only|nothing|way))|^no,? (?:sorry|wait|my bad|i mean)\\b"
            // "if i feel something go pop, what should i do? never happened", "... now i have nothing like that"
            + "|^never happened(?: to me)?(?=,|$| yet| just| lol| thankfully| luckily)|^(?:now |right now |at the moment )?i (?:have|got) nothing like that\\b"
            // "if i had a history of cancer would lifting be off the table? i dont, my friend asked me"
            + "|^(?:but )?i (?:dont|do not|havent|have not)(?:,|\\s*$| though| myself| btw)"
            // "tight chest alert: its my new sports bra, a size too small"
            + "|^(?:its|it is|it was|turns out its|turned out it was) (?:just )?(?:my |the )?(?:new )?(?:sports )?(?:bra|strap|top|vest|binder|shirt|belt|lifting belt)\\b"
            // "night pain? no, sleep good, just morning stiff"
            + "|^(?:nope|no|nah|none|never),? (?:sleep(?:ing)? (?:is )?(?:good|great|fine|well|ok|okay)|all good|all fine|im fine|im good|just|only)\\b"
            // "night sweats? nah, heating was on"
            + "|^(?:nope|no|nah|not really),? (?:(?:it was|its|just|only) )?(?:the )?(?:heating|heat|weather|duvet|summer|menopause|hot room|room)\\b"
            + "|^(?:but |and )?(?:none|neither) of (?:it|that|them|those|these) (?:applies|apply)"
            + "|^(?:but )?i dont think (?:i do|i have|so)\\b"
            + "|^(?:but |and )?i (?:have|ve got|have got|had) (?:none|neither) of (?:it|that|them|those|these)\\b|^(?:but |and )?i (?:have|ve got|have got) neither\\b"
            // "physio said numbness in the groin means a and e. i have nothing like that"
            + "|^(?:but |and )?(?:i (?:have|ve got|have got|had|ve had|have had|get|feel)|ive (?:got|had)) nothing (?:like (?:that|this|it)|of (?:the sort|that kind))\\b(?!.*\\b(?:yet|but|until|till|now)\\b)"
            + "|^(?:but )?not that i (?:think |believe |reckon )?(?:i )?(?:have|ve got|got) (?:one|it|that|any)\\b"
            + "|^(?:but |and )?(?:that|this|it|all (?:that|this)) (?:was|happened) (?:almost |about |over |nearly |more than |like |around )?(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|many|several) (?:years|decades) ago(?!.*\\b(?:but|still|again)\\b)(?!.*\\b(?<!(?:bothered me|troubled me|fine ever|fine|nothing|no problems|no issues|no trouble|free ever|free|well ever|good ever) )since\\b)"
            + "|^(?:but )?(?:i |im )?(?:dont|do not|havent|have not) (?:have|got|get(?! it,? (?:ive|i have|why|how|what))|had) (?:it|that|this|any of (?:that|those|them|these)|those|them|these)"
            + "(?:\\s*$|,| just| though| at all| either| myself| thankfully| luckily| personally)(?!.*\\b(?:yet|but|until|till|now)\\b)");

    /**
     * The user says, somewhere in the message, that they are only asking: "just curious, not happening
     * to me", "never happened, just planning", "hypothetically". A what-if then is only a what-if, even
     * for an emergency sign.
     */
    static final Pattern JUST_ASKING = Pattern.compile("\\b(?:hypothetical(?:ly)?|for (?:a|an|my|the|our) (?:first aid |pub |biology |anatomy |nursing |medical |physio |sports science |health |health class |pe |school |college |uni )?(?:quiz|exam|essay|assignment|homework|coursework|revision|test|project)|first aid (?:quiz|course|exam|test|class)|writing a (?:novel|book|story|script|screenplay)|for (?:a|my) (?:novel|book|story|script)|for future reference|just planning|just in case|just curious|out of curiosity"
            // (but "which has never happened before" says it is new)
            + "|(?:not|never) happen(?:ing|ed) to me(?! before)|(?<!\\b(?:and that|and this|which|that|this) has )(?<!\\b(?:and that|and this|which|that|this) )never happened(?! before| to (?:me|her|him|them) before)|(?:it |that )?never has(?! (?:a|an|any|the|good|bad|much|many|pain|it|accidents?|problems?|issues?|trouble|leaks?)\\b)|hasnt happened|(?:im|i am) fine,? just (?:curious|asking|wondering|checking)"
            + "|asking (?:only |just |purely )?(?:in general|in theory|theoretically)|asking because (?:my |the |a |our )?(?:coach|trainer|pt|physio|doctor|teacher|lecturer|friend|mate|instructor) (?:mentioned|said|brought|talked|raised|told)|(?:only|just|purely) in (?:general|theory)|just curious (?:why|what|how|about|because)"
            // "im asking because my friend had it, i dont"
            + "|(?:friend|mate|sister|brother|colleague|someone|he|she|they) (?:had|has) it,? (?:but )?(?:i dont|i do not|not me|i havent|i have not)"
            + "|(?:just )?asking (?:before|in advance|ahead of) (?:i|my|the)|saw it on (?:tiktok|youtube|instagram|facebook|the news|tv|telly)"
            + "|i dont have (?:one|it|that|any),? just (?:curious|asking|wondering|checking)|(?:now )?(?:im|i am|i was|im just|i am just) curious"
            // "nothing's happening to me", "but i have no problems like that"
            + "|just wondering|(?:ive not|i havent|i have not|i ve not) (?:fallen|had a fall)|not happening,? just|(?:but |and )?i (?:have|ve got|have got|got) no symptoms(?= at all|,|$| myself| thankfully)|just (?:want|wanting|wanted) (?:a|to have a|to make a) plan|nothing like (?:that|this|it) (?:has )?(?:ever )?happened|(?:ive|i have|i) never had (?:it|that|one|this|them)(?! before| this| that| like| so| as| until)|(?:mine|my (?:legs|feet|bladder|back)) (?:are|is) (?:totally |perfectly )?fine|nothing (?:is |s )?happening to me|(?:i have|ive got|ive|i got|i) no (?:problems?|issues?|symptoms?|trouble) like (?:that|this|those)"
            + "|i dont have any (?:of )?(?:that|those|these|symptoms)|(?:^|, )(?:but )?i (?:dont|do not) have (?:it|that|them|those)(?: myself| personally| though)?(?=,|$)|just (?:preparing|reading up)"
            // "ive got no symptoms apart from normal aching, everything else is fine down there"
            + "|(?:ive got|i have got|i have|ive|i got) no (?:other )?symptoms (?:apart from|except|other than|besides|beyond|bar) (?:normal|ordinary|the usual|regular|general|some|a bit of|my usual|everyday|mild)|everything (?:else )?(?:is |s )?(?:fine|normal|ok|okay) down there"
            + "|(?:its|it is|this is|thats) (?:a |an |from a |from my |just a )?(?:[a-z]+ )?(?:quiz|exam|test|homework|assignment|coursework) question|just read (?:about|up on) (?:it|this|that)"
            // the symptom asked about, then denied at the end: "are bladder problems serious? just read about it, i dont have any"
            + "|(?:but |and )?i dont have (?:any|it|them|those)(?: myself| thankfully| luckily)?$"
            // said at the end: "why are bladder problems dangerous with back pain? curious", "general question", "not me, just learning"
            + "|just asking(?=\\s*$|,? i (?:dont|do not) have|,? not (?:for )?me)|i (?:dont|do not) have(?:,? (?:a |any )?(?:fever|temperature|tumou?r|cancer|night pain|numbness|that|it))?(?:$| myself| thankfully| luckily)"
            + "|curious$|(?:a |just a |its a |only a )?general question|general q$|gen q$|"
            // a clinician's checklist, every answer no: "i said no to every single one", "she said i have none of those"
            + "(?:i )?said no to (?:every|all|each)(?: single)?(?: one| of them)?|(?:i )?have neither|(?:none|neither) of (?:that|those|these|them) applies?|no,? no,? no|(?:i have|ive got|i had|i got) none of (?:those|them|these|that|it)"
            + "|(?:ruling|ruled|rule) (?:it |them |that )?out|i dont have any of (?:it|them|that|those)|checked everything|examined me and said no|"
            // "why the article says tumours", "nothing to do with me, just saw iv drug use in the list", "thats her, not me"
            + "(?:why|what) (?:the |this )?article (?:says|said|mentions|lists|means)|(?:saw|read|seen) (?:[a-z]+ ){1,4}?(?:in|on) (?:the|your|that) list"
            + "|nothing to do with me|(?:thats|that is) not me(?=,|$| i| ive)|(?:thats|that is|thats just) (?:her|him|them|hers|his|theirs),? not (?:me|mine)"
            + "|(?:only |just )?checking (?:that )?i (?:didnt|did not|dont|do not) have (?:it|that|one)|(?:asking|ask) (?:in general|generally)|generally asking|not me,? just (?:learning|asking|curious|wondering|reading)|just learning)\\b");

    /**
     * The user turns from somebody else's story to their own back: "it made me think, i want my own back
     * stronger", "i'm asking for myself", "i'm just the niece with my own mild back ache".
     */
    static final Pattern OWN_BACK_INSTEAD = Pattern.compile("\\b(?:"
            // "im not him, im his sister", "ive never had any issues myself", "now shes scaring me off weights"
            + "(?:im|i am) not (?:him|her|them)|(?:^|, )(?:but )?(?:im|i am|i was) fine,? (?:but |just )?(?:it|that|this) (?:made|has made|got|has got) me (?:nervous|worried|scared|anxious|paranoid|wary)|(?:its|it is) my (?:own )?back (?:im|i am) asking about|(?:ive|i have|i) never had (?:any |a )?(?:issues?|problems?|trouble|back (?:issues?|problems?|trouble)) (?:myself|with mine|with my back)"
            + "|(?:scaring|scared|putting|put|frightening|frightened|freaking) me (?:off|out)|(?:im|i am) (?:fine|ok|okay|alright) on that (?:front|score)|(?:^|, )(?:and )?now (?:im|i am) (?:scared|nervous|worried|terrified|paranoid|anxious|wary)(?=,|$| to| of| about)|(?:freaked|freaking|scared|worried|paranoid|anxious) (?:out )?about my own back"
            // "my friend had back surgery ... i dont have anything like that, just mild back pain"
            + "|i (?:dont|do not) have (?:anything|any of that|nothing) like (?:that|this|it),? (?:just|only)"
            + "|(?:i havent had|i have not had|ive not had|ive never had|i never had) (?:anything|any of that) like (?:that|this|it),? (?:just|only)"
            // the one asked about has an ordinary back: "dads own back is just a bit achy", "she just has a stiff back from gardening"
            + "|own (?:mild |little )?back (?:ache |pain )?(?:is |s )?(?:just|only)|(?:she|he|they) (?:just|only) (?:has|have|got) (?:a )?(?:stiff|sore|achy|mild|bit of a) back"
            + "|(?:herself|himself|themselves) (?:has|have) no history|(?:shes|hes|she is|he is) fine,? just sore|mechanical (?:low |lower )?back pain|no neuro symptoms"
            + "|(?:just )?wants to build (?:core|strength|muscle) for (?:her|his|their) (?:sore|stiff|achy) back"
            // (not as well as theirs: "ive also got my own back issues")
            + "|(?<!\\balso (?:got|have|ve got|have got|get) )my own (?:[a-z]+ ){0,2}?(?:back|backache|back ?ache|back pain|pain)"
            + "|(?:scared|afraid|worried|terrified|nervous) (?:of|about) (?:that|it|this) happening to me|for me (?:its|it is|its been|it has been) (?:just|only)|for me,? i (?:just |only )?have|(?:hes|shes|he is|she is|theyre) (?:fine|ok|okay) (?:himself|herself|themselves)"
            + "|(?:im |i am |i m )?asking (?:for|about) (?:myself|me|my own)|(?:made|makes|got) me (?:think|thinking|worried about my own)"
            + "|(?:its|it is|this is|the question is) (?:for|about) me(?:,| not| rather)|(?:im|i am) the one with (?:the |a )?(?:dodgy|bad|sore|achy|stiff|painful) back|(?:im|i am) just the (?:niece|nephew|son|daughter|neighbour|neighbor|friend|grandson|granddaughter)"
            // mine is only ordinary: "i just have ordinary nurse back", "ive just got a stiff back", "my back only aches after work"
            + "|(?:i|ive|i have|i ve|me) (?:just|only) (?:got |have |get )?(?:an? )?(?:ordinary|normal|simple|plain|stiff|sore|achy|mild|bit of an?|little)(?: [a-z]+)? (?:back|backache|pain)"
            + "|i (?:have|got|ve got|have got) (?:just |only )?(?:a |an )?(?:normal|ordinary|regular|usual|mild|general|simple) back ?(?:ache|pain)(?: only)?"
            + "|my (?:own )?back (?:just|only) (?:aches|hurts|gets sore|gets stiff)|mine (?:is|s) (?:just|only) (?:from|a|an|after|because|ordinary|normal|muscular|stiff|sore)|(?:i|me) (?:simple|ordinary|normal) pain (?:only|lang)"
            // "i dont even have disc problems, just a tight back from cycling", "im 42, no health problems"
            + "|(?:^|, )just an? (?:stiff|tight|sore|achy|ordinary|normal|bit of an?)(?: [a-z]+)? (?:back|backache|lower back)"
            + "|(?:im|i am) [0-9]{2},? (?:with )?no (?:other )?(?:health |medical )?(?:problems|issues|conditions)|(?:im|i am|i m) (?:just|only) (?:a bit |a little )?(?:stiff|sore|achy|tight)"
            // back to the user: "so sad. anyway i'm looking for home exercises", "he's seeing a physio. i'm fine, should i ..."
            + "|anyway,? (?:i|im|my|what|how|can|should)|(?:im|i am) (?:totally |completely )?fine,? (?:should|can|do|is it ok for) i"
            // "i'm the one asking though", "me: stiff lower back", "i'm ok, just stressed", "my back is achy but ok"
            + "|(?:im|i am|i m) the one (?:asking|training|lifting|who (?:trains|lifts|is asking|asked)|with the question)|(?:id|i would) rather talk about (?:myself|me)"
            + "|(?:^|, )me,? (?:just |only )?(?:a )?(?:stiff|tight|sore|achy|tense|mild|ordinary|normal)|(?:im|i am|i m) (?:ok|okay|fine|alright|all right),? (?:just|only)\\b"
            + "|my (?:own )?back ?(?:ache|pain)? (?:is |s )?(?:just|only) (?:[a-z]+ )?(?:ache|tense|tight|stiff|achy|sore|a bit)|my back (?:is |s )?(?:fine|ok|okay)\\b(?! (?:until|till|but|except))"
            + "|my back (?:is |s )?(?:[a-z]+ )?but (?:ok|okay|fine|manageable)"
            // the back of the one asked about is the carer's strain: "her back is tight from caring for him"
            + "|(?:^|, )(?:(?:her|his|their) )?back (?:is |s )?just (?:tight|tense|stiff|achy|a bit)"
            + "|back (?:is |s )?(?:just )?(?:tight|tense|stiff|achy|sore) from (?:caring|looking after|nursing|the stress|stress|worry|lifting (?:him|her))"
            + ")\\b");

    /**
     * The user in passing, which does not make somebody else's story theirs: a time of their life ("my mum had
     * cancer when i was a kid") or the user as the one told ("mum had breast cancer and she's always telling me").
     */
    static final Pattern MINE_IN_PASSING = Pattern.compile("\\b(?:"
            // "my wife is on chemo (not me)"
            + "not me|"
            // "mate in a car crash im fine tho"
            + "(?:im|i am|i was) (?:totally |completely |perfectly )?(?:fine|ok|okay|alright|unhurt|not hurt)(?: tho| though| thankfully| luckily)?(?=,|$)|"
            // advice to the user, before the shorter "told me": "my sister is having chemo and she told me to look after my back"
            + "(?:telling|tells|told|asks|asked|reminds|reminded|warns|warned|wants) me to (?:[a-z]+ ){0,4}?(?:my (?:back|self|health)|myself)"
            + "|(?:telling|tells|told|asks|asking|asked|reminds|reminding|warns|warning|warned|nags|nagging) me"
            + "|(?:says|said|thinks|reckons) (?:that )?i (?:should|shouldnt|must|mustnt|cant|need|have to)"
            + "|when i was (?:a |an |only |just |still )?(?:kid|child|teen|teenager|baby|boy|girl|little|young|younger|small|tiny|at school|in school|[0-9]+)"
            + "|(?:at |about |around |roughly |nearly )?my age|before i was born|(?:while|when) i was growing up|growing up|of mine|(?:scared|worried|nervous|afraid|anxious|frightened) (?:now )?for me|(?:heavier|stronger|fitter|more|better|faster) than (?:me|i do|i can|mine)"
            // how they come into the user's story: "friend's dad had a tumour years ago and he got me into lifting"
            + "|(?:got|gets|get|introduced|dragged|talked|convinced|persuaded|inspired) me (?:into|to start|to try|onto)"
            // the user asks for themselves: "my grandad had a tumour decades ago, does that matter for me doing weights"
            + "|(?:does|would|could|will) (?:that|this|it) (?:matter|count|affect me|change anything) for me|for me doing"
            // said to rule the user out: "mate had a spinal fusion not me"
            + "|(?:but |and )?not (?:me|mine|myself)(?= i | im | ive | just | though| tho|,|$))\\b");

    /** A stomach bug, which explains a few pounds lost: "had a stomach bug last week and lost a couple of pounds". */
    static final Pattern STOMACH_BUG = Pattern.compile("\\b(?:(?:stomach|tummy|sickness|vomiting|winter vomiting) bug|food poisoning|norovirus|gastro(?:enteritis)?|d and v)\\b");

    /** What keeps weight loss unexplained despite a bug: it goes on, or the appetite has not come back. */
    static final Pattern STILL_LOSING = Pattern.compile("\\b(?:still (?:losing|dropping)|keeps? (?:losing|dropping)|more (?:weight|kg|pounds) since|(?<!from )(?<!because of )(?<!because i was )not eating|cant eat|no appetite)\\b");

    /** Checked at hospital after the accident and cleared: "went to a and e, all clear, just bruising", "ct showed no fractures". */
    static final Pattern TRAUMA_CLEARED = Pattern.compile("\\b(?:ancient history|and that was that"
            + "|(?:a and e|a e|er|hospital|emergency|casualty|x ?rays?|scans?|ct|mri|checked),? (?:[a-z]+,? ){0,8}?all clear"
            // "the scan showed it was fine, just muscle strain"
            + "|(?:x ?rays?|scans?|ct|mri|imaging) (?:[a-z]+ ){0,2}?(?:showed|shows|came back|was|were|said)(?: that)?(?: it was| it is| its| there was| everything was)? (?:all |completely |totally )?(?:fine|clear|normal|nothing (?:broken|wrong|there|serious)|no (?:fracture|break|crack|damage)s?))\\b");

    /** What keeps an accident current despite a check: it hurts more now, or the check was not at hospital. */
    static final Pattern TRAUMA_NOT_SETTLED = Pattern.compile("\\b(?:but (?:[a-z]+ ){0,4}?(?:pain|hurts|back|worse|bad|sore|didnt|did not)"
            + "|now (?:my |his |her |the )?(?:back|pain|it)|getting (?:worse|more)|worse|isnt going|not going|really bad|refused|didnt go|did not go|still (?:hurts|sore|bad|painful))\\b");

    /** A clinician who examined the back called it muscular: "doctor says muscular", "the GP had a prod and said it's a strain". */
    static final Pattern CLEARED_BY_CLINICIAN = Pattern.compile("\\b(?:(?:doctor|doc|gp|dr|physio|physiotherapist|osteopath|consultant|she|he)"
            // the verb may come after the examination: "she had a good prod around, checked my legs, said its a strain"
            + "(?: [^.?!]{0,80}?)? (?:says|said|thinks|thought|reckons|reckoned|confirmed|told me|had a (?:good )?(?:prod|look|feel)(?: and said)?)"
            + " (?:[a-z]+ ){0,6}?(?:muscular|a (?:muscle )?strain|strained|a pulled muscle|soft tissue|nothing serious|nothing wrong|harmless|mechanical|non specific|(?:just )?(?:a )?muscle spasm|(?:just )?(?:a )?(?:tight )?knot|(?:just )?gas (?:in the joint|bubbles))"
            // the verdict first: "just a strain the doctor said"
            + "|(?:just|only) (?:a )?(?:muscle )?(?:strain|sprain|pulled muscle|muscular)(?: [a-z]+){0,2}? (?:the |my )?(?:doctor|doc|gp|dr|physio) (?:says|said|thinks|reckons)"
            + "|(?:just|only) (?:a )?(?:muscle|muscular)(?: strain)?,? (?:the |my )?(?:doctor|doc|gp|dr|physio) (?:checked|examined) (?:it |me )?(?:all|everything|over|out|properly))\\b");

    /** Over within seconds or minutes: "went away after a minute", "eased in 5 mins". */
    static final Pattern PASSED_IN_MINUTES = Pattern.compile("\\b(?:went|gone|eased|settled|stopped|disappeared|passed|faded)(?: off| away| down)?"
            + " (?:after|within|in) (?:a |about |around |like |maybe |only |just |under )?(?:few |couple of |couple |[0-9]+ |one |two |five |ten )?(?:seconds?|secs?|minutes?|mins?)\\b");

    /** A loss of feeling or strength, which "has not come back" leaves lost. */
    static final Pattern A_LOSS = Pattern.compile("\\b(?:numb[a-z]*|dead|no feeling|lost (?:the |all )?(?:feeling|sensation|strength|power|control)|weak[a-z]*|cant feel|gave way|gone)\\b");

    /** "It hasn't come back", said of what went: the feeling, not the symptom. */
    static final Pattern NOT_BACK = Pattern.compile("\\b(?:hasnt|has not|havent|have not|didnt|did not|never|still not|not yet) (?:came|come|comes|returned)(?: back)?\\b");

    /** In the middle of a set, told as where the pain came: "mid set of back squats", "halfway through my third rep". */
    static final Pattern MID_SET = Pattern.compile("\\b(?:mid ?(?:set|rep|lift|squat|deadlift|pull)|(?:middle of|halfway through|half way through) (?:a |the |my )?(?:[a-z]+ )?(?:set|rep|lift))\\b");

    /** A few days back: "2 days ago", "on monday", "last weekend". */
    static final Pattern DAYS_AGO = Pattern.compile("\\b(?:(?:[2-9]|1[0-9]|a few|few|two|three|four|five|six|seven|eight|nine|ten|several|a couple of|couple of) days ago"
            + "|(?:on|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last weekend|at the weekend|last week|a week ago"
            // told in a second language: "acute back pain now since 1 week"
            + "|(?:since|for) (?:1|one|a|2|two|3|three) (?:week|weeks|wk|wks))\\b");

    /** Muscles away from the back that people pull: "pulled my hamstring sprinting". */
    static final Pattern OTHER_MUSCLE = Pattern.compile("\\b(?:hamstrings?|hammy|groin|calf|calves|quads?|adductors?|obliques?|intercostals?|in my side|my ribs)\\b");

    /** The back, named any way. */
    static final Pattern THE_BACK = Pattern.compile("\\b(?:back|backs|spine|spinal|lumbar|lbp|sciatica|disc|disk|vertebra[a-z]*|tailbone|coccyx)\\b");

    /** A strain told as mild: "jarred my back a bit. Mild ache only." */
    static final Pattern MILD_ACHE = Pattern.compile("\\b(?:mild (?:ache|pain|soreness)(?: only)?|(?:achy|sore|aching|an ache),? (?:but )?not sharp|(?:only|just) (?:a )?mild (?:ache|pain)|(?:just|only) (?:a bit )?achy"
            + "|tender to (?:press|touch)|(?:moving|walking) (?:around |about )?is (?:fine|ok|okay)"
            // "it was sore for a few days and now its mostly better"
            + "|sore for (?:a few|a couple of|two|three|[2-9]) days|sore for (?:about |around )?a week|(?:a )?satisfying sore|(?:a |the )?good (?:kind of )?sore|just a bit tight|(?:now |its |it is )?(?:mostly|nearly|almost|pretty much|largely) (?:gone|better|healed|settled))\\b");

    /** What keeps a days-old strain a stop: it is still sharp, stabbing or shooting, or got worse. */
    static final Pattern SHARP_SINCE = Pattern.compile("\\b(?<!(?:not|no|nothing|never) )(?:sharp|stabbing|stabs|shooting|shoots|electric|knife|pop|popped|snap|snapped"
            + "|worse|worsening|cant (?:stand|straighten|move|walk)|today|just now|this morning)\\b");

    /** The words that put an event on the day of the message. */
    private static final String TODAY = "today|tonight|just now|this (?:morning|afternoon|evening)";

    /** Something that happened just now, which no earlier examination covers. */
    static final Pattern HAPPENED_TODAY = Pattern.compile("\\b(?:" + TODAY + "|right now|again|mid (?:set|rep|lift))\\b");

    /** Today, told of a session already over: "earlier", "this morning". */
    static final Pattern EARLIER_TODAY = Pattern.compile("\\b(?:earlier|" + TODAY + ")\\b");

    /** Somebody else told to be fine: "she's totally fine, laughed it off". */
    static final Pattern OTHER_IS_FINE = Pattern.compile("\\b(?:shes|hes|theyre|she is|he is|they are|shes been|hes been|she|he|they) "
            + "(?:[0-9]{1,3} now,? (?:and )?)?(?:totally |completely |absolutely |perfectly |all |absolutely )?(?:fine|ok|okay|alright|all right|unhurt)\\b"
            // (but not "he says he is fine, only back hurts")
            + "(?!,? (?:only|just|except|but|apart from) (?:[a-z]+ ){0,2}?(?:back|hurts|pain|sore))"
            // "cried but was fine after 5 mins", "she lifts heavier than me now"
            // "my flatmate fell down the stairs last week and is fine"
            + "|\\b(?:and|but) (?:is|was|s) (?:totally |completely |absolutely |perfectly )?(?:fine|ok|okay|alright|all right|unhurt)\\b(?!,? (?:only|just|except|apart from))"
            + "|\\b(?:but |and )?(?:was|were) (?:totally |completely |perfectly )?(?:fine|ok|okay) (?:after|within) (?:a few|a couple of|[0-9]+|a|one|two|five|ten) (?:mins?|minutes|seconds|secs|moments)\\b"
            + "|\\b(?:lifts|runs|trains|squats|deadlifts|benches) (?:heavier|more|further|harder|faster|better) than (?:me|i do|most)\\b"
            // "had back surgery, now coaches lifting fine"
            + "|\\b(?:now )?(?:coaches|lifts|trains|runs|works|plays|competes|squats|deadlifts) (?:[a-z]+ ){0,2}?(?:fine|no problem|no problems|without (?:any )?(?:problems|issues|pain))\\b"
            // "mate had a discectomy, he lifts now"
            + "|\\b(?:he|she|they) (?:lifts|trains|runs|plays|competes|lifts heavy|is lifting|is back lifting|is back training|is back at the gym) (?:again |heavy |fine )?now\\b");

    /** The harmless thigh-skin nerve, named: "meralgia paraesthetica". */
    static final Pattern THIGH_NERVE = Pattern.compile("\\b(?:meralgia|lateral (?:femoral )?cutaneous nerve)");

    /** Signs of more than a thigh-skin nerve. */
    static final Pattern BEYOND_THE_THIGH = Pattern.compile("\\b(?:both legs|bladder|bowels?|toilet paper|wipe|wiping|groin|saddle|weak[a-z]*|drag[a-z]*|gave way|giving way|spreading|worse)\\b");

    /** Numbness from how one sat or from cold, anywhere in the message: "sat cross legged for an hour", "the sea was freezing". */
    static final Pattern NUMB_CAUSE = Pattern.compile("\\b(?:cross ?legged|seiza|kneel[a-z]*|(?:slept|sleeping|lain|lying|lay) (?:on it|on (?:my|his|her) (?:arm|leg|side)) (?:awkward(?:ly)?|funny|wrong|badly)|sitting on (?:my |the )?(?:feet|foot|legs|heels|toilet|loo)"
            + "|sat on (?:my |the )?(?:feet|foot|legs|heels|toilet|loo)|(?:sitting|sat) on (?:a |the )?(?:hard |wooden |metal )?(?:bench|bleachers|stool) (?:[a-z]+ ){0,4}?all (?:afternoon|morning|day|evening)|(?:sitting|sat) (?:[a-z]+ ){0,4}?(?:too long|for (?:an hour|hours|ages|[0-9]+ hours?))"
            + "|(?:long|[0-9]+ hour|two hour|three hour|four hour|five hour|six hour) (?:meeting|lecture|drive|flight|train ride|car ride|shift|coach trip|coach ride|coach journey|bus ride|bus trip|bus journey|train journey|car journey|journey)|gaming|scrolling|from sitting"
            + "|(?:drove|driving|drive|flew|flying|sat) (?:for )?(?:[0-9]+|two|three|four|five|six|seven|eight|several|a few) (?:hours?|hrs?)"
            + "|(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|several|a few|few) (?:hours?|hrs?) (?:in the car|in a car|driving|on the road|on a plane|on the plane|on a train|on the train|on a coach|at (?:my|the) desk)"
            + "|(?:cinema|theatre|theater|film|movie|concert|church|lecture|bleachers)|hard (?:[a-z]+ )?(?:chairs?|seats?|benches|bench|stools?|bleachers|pews?)|wooden (?:benches|bench|chairs?|seats?)|freezing|cold (?:water|sea|swim|weather|outside)|ice bath|snow)\\b");

    /** The numbness went as soon as the cause did: "stood up and it was fine", "came back when i stood", "warmed up". */
    static final Pattern NUMB_RELIEF = Pattern.compile("\\b(?:(?:stood|stand|standing|got up|get up|getting up|warmed up|warm up|moved|walked|walking|walk)"
            + ",? (?:[a-z]+,? ){0,8}?(?:fine|fixes|fixed|better|normal|gone|went away|goes away|ok)|(?:totally|completely|all) fine now|(?:fine|gone|normal|better|ok) (?:again )?(?:[a-z]+ ){0,3}?(?:after|once|when|as soon as|within|later|the second|the moment|the minute)"
            // "pins and needles for a minute then back to normal"
            + "|(?:for a (?:minute|second|moment|few minutes)|a few minutes) then back to normal"
            + "|came back (?:when|once|after|as soon as|the second|the moment|the minute)|(?:shook|shaken|walked|stamped) (?:it|them) (?:off|out)|(?:standing|getting) up fixes|until i (?:got home|warmed up|stood)|(?:it all |it |they )?came back and i was (?:fine|ok|okay)|(?:stamping|stomping|walking) (?:around|about) (?:[a-z]+ ){0,3}?(?:it |they )?(?:all )?came back|goes (?:away )?(?:in|within) (?:a )?(?:short time|minute|few))\\b");

    /** What makes numbness more than a sat-on leg: it stays, it spreads, it comes with bladder or saddle signs or weakness. */
    static final Pattern NUMB_PERSISTS = Pattern.compile("\\b(?:(?<!(?:can|could|should|may) i )still|(?<!(?:good|fine|great|better|ok|okay|fine all day) )since|anymore|any more|hasnt|has not|wont go|not gone|for (?:[a-z0-9]+ )?(?:days|weeks)"
            + "|worse|spreading|bladder|bowels?|toilet paper|wipe|wiping|cant (?:pee|wee|poo)|weak[a-z]*|drag[a-z]*|gave way|both legs and"
            // new since a day, with more pain: "from yesterday ... the back pain is more than usually"
            + "|from (?:yesterday|this morning|last night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|more than (?:usual|usually|normal))\\b");

    /** Somebody else's condition told as now: "my dad has a tumour on his spine", "she is on treatment for it". */
    static final Pattern CURRENT_CONDITION = Pattern.compile("\\b(?:has|have|got|has got|with|is having|diagnosed with|just diagnosed"
            + "|being (?:treated|investigated|tested|scanned)|on treatment|investigating|in treatment|undergoing|having (?:chemo|radiotherapy|treatment))\\b");

    /** In or on the spine or its bones: "a tumour on his spine", "mets in her vertebrae". */
    static final Pattern IN_THE_SPINE = Pattern.compile("(?<!\\bmy )\\b(?:spine|spinal|vertebra[a-z]*|backbone|back|bones?|sacrum|tailbone)\\b");

    /** Night pain that a change of position eases: "i roll over and its better", "settles as soon as i shift position". */
    static final Pattern EASED_BY_POSITION = Pattern.compile("\\b(?:(?:when|once|if) i (?:lie|lay) (?:down|flat) (?:it )?(?:is |gets |goes )?(?:going |getting )?(?:better|easier|eases)"
            + "|(?:roll|rolled|rolling|turn|turned|turning)"
            + " (?:over )?(?:onto|on to|to|on) (?:my |the other |the )?(?:side|back|front|stomach|tummy|belly)(?:,| and| then)? (?:[a-z]+ ){0,7}?(?:eased|eases|settled|settles|better|fine|stopped|stops|went away|goes away|ok|gone)"
            + "|(?:only )?(?:happens|hurts|wakes me|aches) (?:[a-z]+ )?(?:when|if) i (?:roll|rolled|turn|turned) over awkwardly(?:,| and)? (?:then )?(?:its|it is|it gets)? ?(?:fine|better|ok|gone)"
            + "|(?:roll|rolled|rolling|turn|turned|shift|shifted|change|changed|move|moved)"
            + " (?:over|position|positions|sides?|my position)(?:,| and| then)? (?:its|it is|it gets|it feels|it|the pain)? ?(?:better|fine|settles|eases|goes|stops|ok|gone)"
            + "|(?:settles|eases|goes away|goes|disappears|stops|better|fine) (?:[a-z]+ ){0,2}?(?:as soon as|when|once|if) (?:i )?(?:shift|roll|turn|change|move) (?:over|position|positions|sides?|(?:onto|on to|on) (?:my |the other )?(?:side|back|front|stomach|tummy))"
            // "hurts at night unless pillow under knees, then fine"
            + "|(?:unless|until|till|except when|but not when|not if) (?:i )?(?:put |have |use |get |with )?(?:a )?pillows? (?:under|between|behind) (?:my )?(?:knees|legs|back)"
            + "|pillows? (?:under|between|behind) (?:my )?(?:knees|legs|back),? (?:and |then )?(?:its |it is |it s )?(?:fine|ok|okay|better|eases|settles|gone)"
            + "|moved (?:to|into|onto) (?:my |the )?(?:bed|sofa|couch|other side)(?:,| and)? (?:it |its )?(?:was |is |felt )?(?:fine|better|ok|eased|settled)"
            + "|(?:settles|eases|fine|better|goes away|stops) (?:[a-z]+ ){0,3}?(?:once|when|as soon as|if) i (?:get comfy|get comfortable|roll|turn|lie on my side|move|shift)"
            // "turning over sorts it out", "turned over onto my side and it went off"
            + "|(?:roll|rolled|rolling|turn|turned|turning) over (?:[a-z]+ ){0,3}?(?:sorts it|sorted it|fixes it|fixed it|eases it|eased it|and it (?:went off|settled|eased|stopped|went away|was fine|goes off|settles|eases|stops|goes away))"
            // "comfy once i turned over", "fine once i put a pillow under my knees"
            + "|(?:comfy|comfortable|fine|ok|better|eases|settles) (?:again )?once i (?:turned|turn|rolled|roll|shifted|shift) over"
            + "|(?:fine|ok|better|eases|settles|comfy|comfortable) (?:once|when|if) i (?:put|use|have) a pillow (?:under|between) my (?:knees|legs)"
            // "turned over, got comfy and dropped straight back off"
            + "|(?<!cant |couldnt |cannot |could not |can not |never |not |barely |hardly |unable to |struggle to |struggled to )(?:went|go|goes|dropped|drop|drifted|drift|fell|fall|got|get) (?:straight |right |easily |quickly |soon )?back (?:to sleep|off)"
            + "|lie awkwardly|lying awkwardly|(?:lying|lie|sleeping|sleep) in (?:one|the same|a weird|an awkward) position (?:too long|for too long)"
            // morning stiffness: "waking up at 6 with my back a bit stiff but its gone after i move about"
            + "|stiff (?:[a-z]+ ){0,4}?(?:gone|goes|eases|fine|better|loosens? up|wears off) (?:after|once|when|as soon as) i (?:move|get moving|get up|start moving|walk|get going))\\b");

    /** What makes night pain more than a stiff position: nothing eases it, every night, worse, agony. */
    static final Pattern NIGHT_PAIN_PERSISTS = Pattern.compile("\\b(?:doesnt help|dont help|no help|doesnt matter|no position|nothing helps|nothing eases|whatever i d[oa]e?|many times"
            + "|cant get comfortable|cant get comfy|every night|all night|agony|unbearable|excruciating|worse|worsening|sweat[a-z]*|fever|weight)\\b");

    /** Training named as the cause, anywhere in the message: "squats were 2 days ago", "after leg day". */
    static final Pattern TRAINING_CAUSE = Pattern.compile("\\b(?:squats?|squatting|leg days?|legs day|doms|workout|work out|training|trained|sets|reps|wall sits?|deconditioned"
            + "|session|gym|band work|bands|run|running|ride|riding|hike|hiking|class|lunges|deadlifts?|leg press|spin|marathon|race|circuits?|crossfit|step ?ups?"
            + "|ran (?:a|an|the|my|our) (?:[a-z0-9]+ )?(?:[0-9]+ ?k|marathon|half|parkrun|race|ultra|run)|[0-9]+ ?k run|parkrun"
            + "|five a side|5 a side|(?:football|footy|rugby|netball|hockey|basketball|tennis|squash|badminton) (?:match|game|training|session)|hat trick)\\b");

    /**
     * What makes a leg symptom more than tiredness, anywhere in the message: it lasts or spreads, it is
     * one-sided, it is told as numbness, or it comes with a saddle or bladder sign.
     */
    static final Pattern MORE_THAN_TIRED = Pattern.compile("\\b(?:still|since|anymore|any more|for (?:[a-z0-9]+ )?(?:days|weeks|months)"
            + "|worse|worsening|getting weaker|spreading|(?<!no )(?<!not )(?<!\\bnot [a-z]{4,8} or )(?<!\\bno [a-z]{4,9} or )numb[a-z]*|(?<!no )(?<!not )(?<!\\bnot [a-z]{4,8} or )(?<!\\bno [a-z]{4,9} or )tingl[a-z]*|(?<!no )(?<!not )pins and needles|no feeling|cant feel|one leg|one foot"
            // one side ("my left leg", "on the right"), but not "normal right?"
            + "|(?:left|right) (?:leg|foot|side|calf|thigh|shin|knee|hip|buttock|glute)|on (?:my |the )?(?:left|right)"
            + "|bladder|bowels?|toilet|loo|pee|wee|groin|saddle|drag[a-z]*|trip[a-z]*|fall[a-z]*|fell|gave way|giving way|gave out|gives out|giving out|buckl[a-z]*)\\b");

    /** The user's back is fine: "no back pain at all", "my back is fine", "back feels great". */
    static final Pattern BACK_IS_WELL = Pattern.compile(
            "\\b(?:(?:no|zero|(?<!(?:cant|couldnt|cannot|unable to) (?:sit|stand|walk|move|sleep|bend|lie|get up|turn|cough|sneeze) )without|never had|dont have|dont have any|havent got|not any) (?:any )?(?:back ?(?:pain|ache|problems?|issues?|trouble))"
            + "|nothing hurt(?:s)?(?: at all)?|didnt hurt at all|no pain at all"
            // "my back didnt hurt then and doesnt now", "i didnt hurt my back"
            + "|(?:didnt|did not|never) (?:hurt|injure|damage) my back|my back (?:didnt|did not) hurt"
            // "her back doesnt hurt"
            + "|(?:my|his|her|their) back (?:doesnt|does not|didnt|did not) (?:hurt|ache)(?! (?:anymore|any more|as much|that much|much|all the time|until|till|when|unless|if|except))"
            + "|(?<!\\bfor )(?<!\\bfor my )(?:my )?back (?:is |feels |has been |s |was |felt )?(?:totally |completely |absolutely |perfectly |actually |really )?(?:fine|ok|okay|good|great|healthy|grand|perfect)"
            // "he says his back is fine, just sore" is not well
            + "(?![,.]? (?:just|but|only|except|apart from) (?:a (?:bit|little) |bit |quite |very |really )?(?:sore|achy|aching|hurts|hurting|painful|tender|bruised))(?! ?ish\\b)"
            + "|(?:my )?back (?:didnt|did not) (?:even )?(?:get|take) (?:a )?(?:knock|hit|bang)|back is (?:exactly )?as it always is|nothing wrong with my back|(?:totally |completely |entirely )?(?:separate|unrelated) (?:from|to) my back|nothing to do with my back)\\b");

    /** Their own say-so that their back is fine: "says back ok", "he insists his back is fine". */
    static final Pattern WELL_ON_THEIR_WORD = Pattern.compile("\\b(?:he|she|they|hubby|husband|wife|dad|mum|mom|son|daughter|grandad|grandpa|nan|gran)? ?"
            + "(?:says|said|insists|insisted|reckons|claims|swears) (?:that )?(?:his |her |their |the )?back (?:is |s |feels |was )?(?:fine|ok|okay|good|grand|alright)\\b");

    /** The bones were checked and are sound: "her bone density scan was completely normal, no osteoporosis". */
    static final Pattern BONES_SOUND = Pattern.compile("\\b(?:no (?:sign of )?(?:osteoporosis|osteopenia|thin bones|bone (?:problems|issues|conditions|disease))"
            + "|bone (?:density )?(?:scan |test |check )?(?:[a-z]+ )?(?:was |is |came back |showed )?(?:completely |totally |perfectly |all )?(?:normal|fine|good|clear)"
            + "|dexa (?:scan )?(?:was |is |came back |showed )?(?:completely |totally |perfectly |all )?(?:normal|fine|good|clear)|bones (?:are )?(?:fine|ok|okay|healthy|strong)|no bone (?:issues|problems)"
            + "|(?:my |her |his |their )?bones are (?:in )?(?:good|great|fine|excellent) (?:shape|nick|condition|health)?)\\b");

    /** The user's back hurts somewhere in the message: "my back hurts", "lower back pain", "sore back". */
    static final Pattern BACK_HURTS = Pattern.compile(
            "\\b(?:back|spine) (?:[a-z]+ )?(?:hurts?|hurting|aches?|aching|pain|painful|sore|killing|agony|twing[a-z]*|playing up|flar[a-z]*|stiff)"
            + "|(?:sore|bad|painful|aching|achy|stiff|dodgy|hurting) (?:lower |low |upper |mid )?back|backache|back ?pain|pain in my (?:lower |low |upper )?back\\b");

    /**
     * Somebody else's back trouble now ("her back hurts", "he cant feel his legs"): their red flag
     * needs help too, so it counts ("my mum is 80 and fell off a chair, her back hurts").
     */
    /** Back pain told as a sentence of its own, with no owner: "back pain as well", "back pain for about a month now". */
    static final Pattern BACK_PAIN_UNOWNED = Pattern.compile("(?:^|\\. |, )(?:and |with |plus |now )?(?:some |bad |a lot of |lots of |terrible |awful |new )?(?:low |lower )?back ?(?:pain|ache)s? "
            + "(?:as well|too|also|for (?:about |over |nearly |almost )?(?:a|an|[0-9]+|two|three|four|a few|several|some) (?:days?|weeks?|months?))\\b"
            // "back pain now", "back hurting since, new pain", "back pain today"
            + "|(?:^|\\. |, )(?:and |now )?(?:new |bad )?(?:low |lower )?back (?:pain|ache|hurting|hurts|sore|painful|bad)(?: is| has been)? (?:now|today|since|ever since|since then|this morning)(?=$|,| )");

    /** Their back hurt by something and hurting since, across the "since then" that splits clauses: "felt something in her back, since then very painful". */
    static final Pattern OTHERS_BACK_SINCE = Pattern.compile("\\b(?:in|to|on) (?:his|her|their) (?:lower |low )?back,? (?:and )?(?:since then|ever since|since) "
            + "(?:[a-z]+ ){0,2}?(?:painful|sore|pain|agony|hurting|hurts|bad)\\b");

    /** The user's own back, told anywhere: "my back", "my lower back", "i have back pain". */
    static final Pattern OWN_BACK = Pattern.compile("\\b(?:my (?:lower |low |upper |mid |own )?back|i (?:have|ve got|have got|get|got) (?:[a-z]+ )?back ?(?:pain|ache)|(?:im|i am) (?:in pain|sore))\\b");

    static final Pattern OTHER_PERSON_AILING = Pattern.compile(
            // "he says he is fine, only back hurts"
            "\\b(?:(?:he|she|they) (?:says|said|say) (?:[a-z]+,? ){0,4}?(?:only|just|but) (?:the )?back (?:hurts|is sore|aches|is bad)|(?:his|her|their|(?:" + Others.PEOPLE + ")s?) (?:lower |low |upper |mid |poor |bad )?(?:back|spine|tailbone|hips?|legs?|bladder)"
            // (not "her back doesnt hurt")
            + " (?:(?!(?:doesnt|didnt|dont|not|isnt|wasnt|never|no|hasnt|havent)\\b)[a-z]+ ){0,4}?(?:hurts?|hurting|aches?|aching|achy|paining|killing|agony|sore|pain|painful|numb|weak|gave|gone|went|giving|bruised|tender"
            + "|bad|terrible|awful|playing up|acting up|out|worse|worsening|downhill|deteriorat[a-z]*|bothering|troubling|bugging|giving (?:her|him|them) (?:grief|gyp|jip|trouble)))\\b"
            // "stumbled off the kerb, jarred his back"
            + "|\\b(?:jarred|hurt|tweaked|twisted|wrenched|bashed|banged|knocked|injured|strained|ricked|put out) (?:his|her|their) (?:lower |low )?back\\b"
            // "has been in pain all weekend", "now new low back pain", "shes now had lower back pain for 4 weeks",
            // "mum has lost weight, she eats the same, and now back pain"
            // (clauses here, split at "now" and ", and": the subjectless clause is what is left of "... and now back pain")
            + "|^ ?(?:new |fresh )?(?:low |lower )?back ?(?:pain|ache)$|^ ?had (?:low |lower )?back ?(?:pain|ache) for\\b"
            + "|\\b(?:he|she|they) (?:has|have|s|hes|shes) been in (?:pain|agony) (?:all|since|for)\\b"
            // "back hurts him", "felt his back go", "now he groans when he sits up", "dad up all night, back", "and the back pain is more"
            + "|\\bback (?:hurts?|hurting|aches?|aching|is killing|killing) (?:him|her|them)\\b|\\b(?:felt|heard) (?:his|her|their) back (?:go|give|twinge|pop|crack|click)\\b"
            // shown, not said: "hes always rubbing his back", "keeps holding her back"
            + "|\\b(?:always|keeps?|kept|constantly|is|s|hes|shes|been) (?:[a-z]+ )?(?:rubbing|holding|clutching|grabbing|nursing) (?:his|her|their) (?:lower |low )?back\\b"
            + "|\\b(?:he|she|they) (?:[a-z]+ )?(?:groans?|groaning|winces?|wincing|moans?|cries out|yelps?) (?:when|as|every time|whenever)\\b"
            + "|\\b(?:dad|father|mum|mom|mother|husband|wife|partner|grandad|granddad|grandpa|grandma|gran|nan|nana|granny|he|she) (?:is |s |was |been )?up (?:all night|half the night|most of the night),? (?:with |from )?(?:his |her |their |the )?(?:back|pain)\\b"
            + "|^ ?(?:and )?(?:the |her |his |their )?back ?(?:pain|ache) (?:is|s|gets?|getting|got) (?:more|worse|bad|stronger)\\b"
            // "back pain for a week", "lower back pain came on recently", "now complaining of back pain", "back pain now"
            + "|^ ?(?:and )?(?:now )?(?:lower |low )?back ?(?:pain|ache) (?:for (?:a|[0-9]+|two|three|a few|about a|about [0-9]+) (?:days?|weeks?)|now|since|ever since)\\b"
            + "|\\bback ?(?:pain|ache) (?:has )?(?:came|come) on (?:recently|lately|last week|this week|a few days ago|suddenly)\\b"
            + "|(?:^ ?|, |\\bnow )(?:complaining|complains|moaning) (?:of|about) (?:[a-z]+ )?back ?(?:pain|ache)\\b"
            // "keeps moaning about her lower back"
            + "|\\b(?:(?:keeps|keep|kept|still|always|constantly) (?:on )?)?(?:moaning|complaining|grumbling|moans|complains|moaned|complained) (?:about|of) (?:her|his|their) (?:lower |low |bad |sore |upper )?back\\b"
            // told without a subject in a story about them: "mum took a tumble. back's been bad since"
            + "|^back (?:s |has |is )?been (?:bad|sore|painful|hurting|awful|terrible|agony) since\\b"
            // telegraphic, at the end of their story: "grandad osteoporosis, missed a step, sore back", "and a sore back"
            // (not in a clause where the user speaks: "i'm the one asking: back sore")
            + "|^(?!.*\\b(?:i|im|me|ive|id|myself)\\b)(?:.*, | ?)(?:and )?(?:now )?(?:a )?(?:sore|bad|painful|aching|achy|hurting|wrecked) (?:lower |low )?back(?=$|,)"
            + "|^(?!.*\\b(?:i|im|me|ive|id|myself)\\b)(?:.*, | ?)(?:and )?(?:now )?(?:lower |low )?back (?:is )?(?:sore|killing|hurting|hurts|aching|wrecked)(?=$|,)"
            // "felt something go in her back, pain ever since", "had chemo last year, now has back ache", "back pain since"
            + "|(?:^ ?|, )(?:and )?(?:(?:back )?pain|sore|hurting|agony) (?:ever )?since\\b|(?:^ ?|, )(?:and )?(?:now )?(?:has|has got|is having) (?:[a-z]+ ){0,2}?(?:back|spine) ?(?:pain|ache|problems)\\b"
            // "who has low back pain", "has come to us with bad back pain", "my sister on chemotherapy, back pain"
            + "|\\bwho (?:has|have|has got|s got|is having) (?:[a-z]+ ){0,2}?(?:back|spine) ?(?:pain|ache|problems)\\b"
            // "mom on chemo with back ache"
            + "|\\b(?:" + Others.PEOPLE + ")s? (?:[a-z]+ ){0,3}?with (?:a )?(?:bad |sore |new |low |lower |terrible |awful )*back ?(?:pain|ache)\\b"
            + "|\\b(?:come|came|comes|presented|turned up) (?:to [a-z]+ )?with (?:a )?(?:bad |terrible |awful |severe |new )?back ?(?:pain|ache)\\b"
            + "|\\b(?:" + Others.PEOPLE + ")s? (?:is )?(?:on|having|in|doing|after) (?:[a-z0-9]+ ){0,3}?[a-z0-9]+, (?:and )?(?:bad |sore |lower |low )?back ?(?:pain|ache)\\b"
            // "son hurt back in a football collision"
            + "|\\b(?:" + Others.PEOPLE + ")s? (?:hurt|injured|tweaked|wrecked|did|put out|pulled) (?:his |her |their )?(?:lower |low )?back\\b"
            // "her back is in bits", "she has back pain again now"
            + "|\\b(?:his|her|their) (?:lower |low )?back (?:is |s )?(?:in bits|in pieces|wrecked|a mess|in a state)\\b"
            + "|\\b(?:she|he|they) (?:now )?(?:has|have|has got|got|is having|complains of|has been having) (?:[a-z]+ ){0,2}?(?:back|spine) ?(?:pain|ache|agony|problems)\\b"
            // help asked for it: "is asking if she can do the exercises from your article for her back"
            + "|\\b(?:exercises?|stretches|something|anything|help|movements?|moves|squats|weights|lifting) (?:[a-z]+ ){0,4}?for (?:his|her|their) (?:sore |bad |painful |aching |achy |stiff )?(?:lower |low )?back\\b"
            // "Mom (82) has the bad back", "he has disc problems", "she has the lumbar disc bulge", "pain in her back"
            + "|\\b(?:he|she|they|hes|shes|theyve|(?:" + Others.PEOPLE + ")s?(?: [0-9]{1,3})?) (?:has|have|got|has got|s got|with|had|has had|s had) (?:the |a |an )?(?:bad|sore|painful|dodgy|weak|terrible|crook|wonky|grumbly|stuffed|bad lower|sore lower) back\\b"
            + "|\\b(?:he|she|they|(?:" + Others.PEOPLE + ")s?) (?:has|have|got|has got|s got|with) (?:the |a |an )?(?:(?:[a-z]+ )?(?:disc|disk|spine|spinal|back) (?:problems?|issues?|trouble|bulge|bulging|prolapse|herniation|slipped)|(?:slipped|bulging|herniated|prolapsed|bad|trapped) (?:disc|disk|nerve))\\b"
            + "|\\bpain (?:in|across|down|through) (?:his|her|their) (?:lower |low |upper |mid )?back\\b"
            // "shes now had lower back pain for about 4 weeks"
            + "|\\b(?:shes|hes|she|he|theyve|they|theyre)(?: is| has| have)? (?:now |also |recently |just )?(?:has |have |had |got |been having |been getting |having |getting )(?:some |a lot of |bad |new )?(?:lower |low )?back ?(?:pain|ache)\\b"
            // "now she complains about back pain"
            + "|\\b(?:he|she|they|hes|shes|theyre) (?:[a-z]+ )?(?:complains?|complaining|moans?|moaning|grumbles?) (?:about|of) (?:her |his |their |a |the )?(?:bad |sore )?(?:lower |low )?back\\b"
            + "|\\b(?:he|she|hes|shes|they|theyre) (?:is |s |are )?(?:sore|tender|achy) in (?:his|her|their|the) (?:lower |low )?back\\b"
            // "hes 61, sore back"
            + "|\\b(?:hes|shes|he is|she is)(?: [0-9]{1,3},?)? (?:a |with a )?(?:sore|bad|painful|stiff|aching) back\\b"
            // after the knock: "his back took the hit. now hes sore"
            + "|\\b(?:hes|shes|theyre|he is|she is|they are) (?:now |still |really |very |so |pretty |quite )?(?:sore|in pain|in agony|hurting|achy)\\b"
            // Taglish word order, "masakit likod niya": "painful back her"
            + "|\\b(?:painful|pain|sore) (?:the |in the )?back (?:his|her|their)\\b"
            // "crying with her back", "complaining about his back", "dads 77, back pain and ..."
            + "|\\b(?:with|about|from|of) (?:his|her|their) (?:lower |low |bad |sore |poor )?back\\b"
            // "weights for her achy back" (but "strength training for her back" says nothing of how it is)
            + "|\\bfor (?:his|her|their) (?:bad|sore|poor|achy|aching|painful|dodgy|stiff|hurting) (?:lower |low )?back\\b"
            // "friend has a high temp and a sore back", "patient has been febrile for 3 days with new lower back pain"
            + "|\\b(?:he|she|they|(?:" + Others.PEOPLE + ")s?) (?:has|have|got|has got|has been|is|was) (?:[a-z0-9]+ ){0,6}?(?:and|with) (?:a |an )?(?:new |new onset |onset |sudden |bad |sore |painful |aching |achy |worsening )*(?:lower |low )?back ?(?:pain|ache)?\\b"
            // what happened to them: "she slipped off the shed roof and landed on her back"
            + "|\\blanded (?:[a-z]+ )?(?:on|onto) (?:his|her|their) (?:back|spine|tailbone|head|neck)\\b"
            + "|\\b(?:" + Others.PEOPLE + ")s? (?:is |s )?[0-9]{1,3},? (?:and )?(?:has |with )?(?:back ?pain|backache|a bad back|a sore back)\\b"
            // "now he is saying pain in back", "he has big pain in back"
            + "|\\b(?:he|she|they) (?:is |are |s )?(?:saying|says|said|complain[a-z]*|has|have|got|is having) (?:of )?(?:[a-z]+ ){0,2}?(?:pain|ache|agony) in (?:his |her |their |the )?(?:lower |low )?back\\b"
            // told after what happened to them: "she sat down hard on the chair and now the back is very painful"
            + "|\\b(?:and now|now (?:the|a|sore|bad|painful)) (?:sore |bad |painful )?back\\b|\\bnow (?:sore |bad )?back ?pain\\b|^(?:and |now |with )?(?:a )?(?:sore|bad|painful|aching|achy) back (?:since|ever since|now|since then)\\b"
            + "|\\b(?:he|she|hes|shes) (?:is |has been |s |been )?(?:in (?:a lot of |so much |real |terrible |bad )?(?:agony|pain)"
            + "|cant (?:walk|move|stand|feel|get up|pee|wee|sit))\\b"
            // an age may sit after the person: "my dad (70) has back pain"
            + "|\\b(?:he|she|they|hes|shes|theyre|(?:" + Others.PEOPLE + ")s?(?:,? (?:aged |age )?[0-9]{1,3}(?: ?(?:yrs?|years?|yo|y o)(?: old)?)?,?)?) (?:has|have|got|has got|s got|now has|is having|complains? of|complaining of|is complaining of"
            + "|has been complaining of|been complaining of|complained of|has complained of|s complained of|has had|had|keeps complaining of|is in|has been in) (?:[a-z0-9]+ ){0,4}?(?:back|spine|tailbone) ?(?:pain|ache|agony)\\b"
            + "|\\b(?:and|,) (?:now )?(?:has|has got|got|is having|is in|complains of|is complaining of|has complained of|complained of|has been complaining of|complains about|is complaining about|complained about|has been complaining about) (?:[a-z]+ ){0,2}?(?:back|spine|tailbone) ?(?:pain|ache|agony)\\b"
            + "|\\b(?:and|,) (?:now )?(?:has|has got|got) (?:a |an )?(?:sore|bad|painful|aching|achy)(?: lower| low)? back\\b"
            + "|\\b(?:" + Others.PEOPLE + ")s?\\b[^.?!]{0,60}\\b(?:fell|fall|falls|fallen|slipped|tripped|took a tumble|had a fall)\\b[^.?!]{0,60}"
            + "\\b(?:back pain|backache|pain in (?:the |his |her )?back|back (?:is )?(?:hurts|hurting|sore|agony|painful))\\b"
            + "|\\b(?:hurt|injured|hurting|damaged|did|done|put out|tweaked|twisted|hit|banged|bumped|knocked|whacked|bashed) (?:his|her|their) (?:lower |low |upper )?back\\b"
            + "|\\b(?:he|she) (?:fell|fall|falls|fallen|slipped|slip|tripped|trip)\\b[^.?!]{0,60}?\\b(?:now|since) (?:[a-z]+ ){0,2}?(?:back pain|backache|pain)\\b");

    /** A cold room or morning as the reason for chills (see {@link MessageFacts#chilledByTheRoom}). */
    static final Pattern COLD_SURROUNDINGS = Pattern.compile("\\b(?:air ?con|air conditioning|goosebumps|not the medical kind"
            + "|(?:shivering|shivery|chilled|freezing|shaking) from the (?:cold|rain|wind)|caught in (?:the |a )?(?:[a-z]+ )?(?:rain|storm|rainstorm|downpour|shower)"
            + "|(?:gym|room|office|studio|hall|garage|house|flat|class) (?:is|was|s|gets|feels) (?:so |really |always |absolutely |bloody )?(?:freezing|cold|ice cold|icy)"
            + "|(?:cold|freezing|icy|unheated) (?:gym|room|garage|studio|hall|morning|mornings|weather|class)|freezing (?:in|at) (?:my |the |our )?(?:garage|gym|shed|studio|house|flat|office|hall)|before (?:i|we) (?:warm|warmed) up"
            // somebody's cold hands: "my physios hands are freezing, gave me chills lol"
            + "|(?:hands|fingers) (?:are|were|s|is) (?:so |really |always |absolutely )?(?:freezing|cold|ice cold|icy)"
            // the weather outside: "teeth chattering walking to the gym, its minus 5 here"
            + "|minus [0-9]+|below (?:zero|freezing)|sub ?zero|[0-9]+ (?:degrees )?below|(?:once|when) (?:i was |i got |we got )?(?:inside|indoors))\\b");

    /** The user as the one something was done to: "flattened me", "crashed into us". */
    static final Pattern DONE_TO_ME = Pattern.compile("(?<!\\b(?:telling|tells|told|tell|asked|asks|asking|warned|warns|showed|shows|reminded|reminds|scared|scares|scaring|worries|worried|texted|messaged) )\\b(?:me|us)\\b");

    /** A fall shrugged off in the telling: "landed on my bum, im 28, bit bruised, nothing else going on". */
    static final Pattern FALL_SHRUGGED_OFF = Pattern.compile("\\b(?:(?:just |only |a )?(?:bit|little|tiny bit) bruised|(?:just|only) a bruise(?:,| and)? (?:a (?:bit|little) |bit )?(?:stiff|sore|tender)|nothing else (?:going on|wrong|to report)|no other (?:problems|symptoms|issues)|no ongoing (?:problems|issues|pain|trouble)"
            // "bruised for a week and that was it"
            + "|bruised for a (?:day|few days|couple of days|week)(?: or (?:so|two))? and that was it)\\b");

    /** The fever is over: "been normal temperature since friday", "fever has gone", "over it now, feeling 100%". */
    static final Pattern FEVER_OVER = Pattern.compile("\\b(?:(?<!(?:till|until|til|once|before|when) (?:the |my |his |her )?)(?:temp|temperature) (?:has been |is |s |been |was |has |now |back to |all )*(?:normal|fine|down)(?: again)? (?:for|since|now|again)"
            + "|(?:been |back to )?normal (?:temp|temperature) (?:for|since|now|again)|(?<!(?:till|until|til|once|before|when|wait for|waiting for) (?:the |my |his |her )?)(?:fever|temp|temperature) (?:has |is |s |been |has been )?(?:gone|went|broke|broken|passed|cleared)"
            // months ago: "had a fever with the flu back in january, but the back pain only started this month"
            + "|(?:had|got) (?:a |the )?(?:fever|temperature|temp|flu)(?: [a-z]+){0,4} back in (?:january|february|march|april|may|june|july|august|september|october|november|december|the spring|spring|the summer|summer|the autumn|autumn|the winter|winter)"
            // a cold's fever weeks back: "had a fever last month (just a cold)"
            + "|(?:had|got) (?:a |the )?(?:fever|temperature|temp)(?: [a-z]+){0,2} (?:last month|a month ago|(?:a few|a couple of|two|three|[2-9]) (?:weeks|months) ago),? (?:it was |that was )?(?:just |only )?(?:a |the )?(?:cold|flu|bug|virus|covid|chest infection)\\b"
            // "had fever last month with flu, all finish now"
            + "|(?:fever|flu|temperature|temp|chills|infection|virus|covid|bug|cold|colds)(?: (?!(?:not|no|never|isnt|still|but)\\b)[a-z]+){0,6},? (?:and |but )?(?:its |it is |its all |all |is )?(?:finish|finished|done|gone|over|cleared)(?: now| (?:ever )?since)"
            // "a bladder infection, antibiotics sorted it", "it all went when the cold went"
            + "|(?:infection|fever|temperature|temp|flu|cold|virus|bug)(?:,? (?!(?:not|no|never|isnt|still|but)\\b)[a-z]+){0,3},? (?:the )?(?:antibiotics|tablets|meds|medicine|a course of [a-z]+) (?:sorted|cleared|fixed|got rid of) it"
            + "|finished (?:the |my |a |his |her )?(?:course of )?antibiotics|(?:fully|completely|totally) over it"
            // "chills and fevers but that was a year ago"
            + "|(?:but )?(?:that|it) was (?:a year|over a year|a few months|months|ages|years) ago"
            + "|(?:it all |it |all )?went (?:away )?when (?:the |my )?(?:cold|flu|bug|infection|virus|fever) (?:went|cleared|did|cleared up)"
            // "a nasty flu with chills, but ive been fine since", "a temp and back pain with a kidney infection, hospital treated it,
            // hes been well for 2 years"
            + "|(?:fever|flu|temperature|temp|chills|infection|virus|covid|bug)(?:,? (?!(?:not|no|never|isnt|still)\\b)[a-z]+){0,8},? (?:and |but )?"
            + "(?:(?:ive|i have|i ve|i|hes|shes|he has|she has|theyve|they have|has|have)(?: been| felt)? (?:fine|well|ok|okay|good|great|better) (?:ever )?"
            + "(?:since|for (?:[0-9]+|two|three|four|five|a few|several|many) (?:years|months))"
            // told without a subject: "had the flu over christmas, fever and chills, been well for a month now"
            + "|(?:been|felt) (?:fine|well|ok|okay|good|great|better) (?:for (?:a|[0-9]+|two|three|four|a few|several) (?:weeks?|months?)|ever since))"
            + "|(?:had|got) (?:a |the )?(?:covid |flu |bad |high )?(?:fever|temperature|temp)(?: [a-z]+){0,2}? (?:last year|a year ago|years ago)"
            + "|(?:im|i am|i was) (?:completely |totally |fully )?(?:over it|recovered|better) now|(?:i )?recovered (?:completely|fully)|(?:tested|test (?:came back|was)) negative|feeling (?:100|a hundred) ?(?:percent|%)?)\\b");

    /** What keeps a fever current despite that: it is back, still there, or comes with night sweats. */
    static final Pattern FEVER_PERSISTS = Pattern.compile("\\b(?:still (?:have|got|running|feverish|hot|shivering)|(?:fever|temp|temperature) (?:is |s |has )?(?:come )?(?:back|again)|night sweats|sweats at night|sweating at night|keeps? coming back|same (?:[a-z]+ ){0,3}?(?:feeling|fever|temperature)|(?:fever|temp|temperature|shivery|feverish|shivering) again|again (?:today|tonight|now))\\b");

    /** A fever told in any words, which no cold room explains away. */
    static final Pattern FEVER_TOLD = Pattern.compile("\\b(?:fever[a-z]*|temp|temperature|sweats|sweating|sweaty|flu|infection|[0-9]+ degrees|night|burning up)\\b");

    /** The menopause named as what the sweats come from. */
    static final Pattern MENOPAUSE = Pattern.compile("\\b(?<!\\bnot )(?<!\\bnot in )(?<!\\bnot in the )(?:(?:peri ?)?menopaus[a-z]*|hot flush(?:es)?|hot flash(?:es)?|hrt)\\b");

    /** A bedroom too hot to sleep cool in: "flat is boiling at night", "no aircon", "heating on full", "like a sauna". */
    static final Pattern HOT_ROOM = Pattern.compile("\\b(?:(?:because|as|cause|coz|cos) (?:my |the |our )?(?:room|bedroom|flat|house|place) (?:is|s|gets|was) (?:so |really |too |very )?(?:hot|warm|boiling|stuffy|roasting)|(?:flat|room|house|bedroom|place|bed) (?:is|gets|s|was) (?:so |really |absolutely |always )?(?:boiling|roasting|baking|sweltering|stifling|so hot|really hot|too hot|like (?:a sauna|an oven))"
            // told as the cause, not guessed at: "its been a heatwave and im sweaty every night" (not "probably the heatwave")
            + "|(?<!(?:probably|maybe|prob|must be|could be|blame|blaming|guess) (?:the |this |it |its )?)(?:heat ?wave|(?:this |the )?hot weather|humid (?:nights?|weather))|(?:house|flat|room|bedroom) like (?:a sauna|an oven)|(?:2[4-9]|3[0-9]) degrees in (?:this|the|my|our) (?:flat|room|house|bedroom)|no (?:aircon|air con|air conditioning|fan)|heating (?:on )?(?:full|too high|up high)|heating (?:[a-z]+ ){0,4}?full blast|(?:thick|heavy|winter|feather) (?:duvet|quilt))\\b");

    /** What makes sweats more than the menopause or a hot room: a fever, chills or infection, or sweats that are new or different. */
    static final Pattern SWEATS_OF_CONCERN = Pattern.compile("\\b(?:(?<!\\bno )(?<!\\bnot a )fever[a-z]*|(?<!\\bno )temp|(?<!\\bno )temperature|chills|shiver[a-z]*|rigors|infection"
            + "|burning up|(?:3[7-9]|4[0-2])(?: [0-9])? degrees|(?<!\\bno )different|new|worse|unlike|not like|drench[a-z]*|soak[a-z]*|change the sheets"
            // "well past the menopause so it isnt that", "thought it was the menopause but im a man"
            + "|past (?:the )?menopause|(?:isnt|is not|not) (?:that|it|the menopause)|thought (?:it was|its|it s|it is) (?:the )?menopause but|(?:way |long |well )past (?:that|it)(?=,|$| now| years)|(?:im|i am) a (?:[0-9]+ (?:yr|year) old )?(?:man|guy|bloke))\\b");

    /** Told again: "she has back pain again now". */
    static final Pattern AGAIN = Pattern.compile("\\bagain\\b");

    /** Told as going on: "keeps moaning about her lower back", "still complaining of her back". */
    static final Pattern ONGOING = Pattern.compile("\\b(?:keeps|keep|kept|still|constantly|always) (?:on )?(?:moaning|complaining|grumbling|going on)\\b");

    /**
     * Somebody's trouble told as before their diagnosis: "my dad had back pain before his diagnosis", "my cousin's back
     * pain turned out to be a tumour".
     */
    static final Pattern BEFORE_DIAGNOSIS = Pattern.compile("\\bbefore (?:his |her |their |the )?(?:diagnos[a-z]*|(?:he|she|they) (?:died|passed|was diagnosed|were diagnosed))"
            + "|\\b(?:turned out|ended up being|was found to be) ");

    /** How many words before a mention of somebody else's red flag a "today" or "just" can sit. */
    static final int NOW_REACH_WORDS = 10;

    /**
     * Somebody else's red flag told as happening now: "today she has accident with the toilet", "he just
     * felt a crack", "she is trying for hours", "since few days", "new this week".
     */
    /**
     * A recent date: for an event that is itself the red flag (an operation, a fall, a fracture) it makes
     * somebody else's red flag theirs now ("my husband had a laminectomy 10 days ago"); for a symptom it does not.
     */
    static final Pattern RECENT_EVENT = Pattern.compile("\\b(?:"
            + "(?:[0-9]+|a|one|two|three|four|five|six|few|a few|couple of|a couple of) (?:days|weeks) ago|last (?:week|month|night)|yesterday"
            + "|(?:a|one|two|three|[1-3]) months? ago|recently|recent|(?:a|one|two) fortnights? ago"
            + "|(?:on |last |this (?:past )?)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:at|over|on) the weekend|(?:last|this) weekend"
            + "|(?:on |last |this )?(?:fri|tues|thurs|thur)|(?:last|this) (?:mon|wed|sat|sun)"
            + "|(?:this|earlier this) (?:week|month)|the (?:last|past) (?:[0-9]+|two|three|four|five|few|couple of) (?:days|weeks)"
            + ")\\b");

    static final Pattern HAPPENING_NOW = Pattern.compile("\\b(?:"
            + "today|tonight|now(?! and (?:then|again))|right now|just(?! (?:want|wanted|wanting|asking|curious|wondering|checking|in case|need|needs|looking|a (?:quick|general)))|currently|at the moment|at present|suddenly|since(?! (?:my|his|her|their|our) (?:" + Others.PEOPLE + ") (?:had|was|were|died|passed|got)\\b)|for hours|new"
            + "|(?:shes|hes|theyve|[a-z]+s) been [a-z]+ing"
            + "|every (?:night|day|morning)|all the time|constantly|can (?:barely|hardly)|cant (?:stand|walk|move|sit|get up)"
            + "|this (?:morning|afternoon|evening|week)|(?:[0-9]+|a|an|one|few|a few|couple of) (?:minutes|mins|hours|hrs) ago"
            + "|(?:is|are|hes|shes|theyre|keeps?) (?:still )?[a-z]+ing"
            // told in the present: "she cant lift the front of her foot"
            + "|(?:he|she|they|" + Others.PEOPLE + ") (?:still )?(?:cant|cannot|keeps|has no|no)"
            // hearsay in the present: "mum says cant feel her bottom when sitting"
            + "|(?:says|tells me|keeps saying|is saying|complains|keeps complaining|is complaining) (?:that )?(?:she |he |they |shes |hes )?(?:cant|cannot|can not|has no|doesnt|does not|no longer)"
            // a state told without a verb: "husband numb in groin after lifting"
            + "|(?<!(?:was|were|had|got|went) )numb (?:in|down|around|on)"
            + ")\\b");

    /**
     * Somebody else's red flag told as history or hearsay, never theirs now: "my mum died of cancer", "runs in
     * the family", "had a discectomy last year and squats heavy now", "my friend said squats give you ...".
     */
    /** Somebody else's lasting condition that is no longer theirs: they died, or it is family history. */
    static final Pattern THEIRS_GONE = Pattern.compile("\\b(?:died|passed away|passed on|family history|runs in (?:the|my|our) family|hereditary|genetic)\\b");

    static final Pattern THEIRS_IN_THE_PAST = Pattern.compile("\\b(?:"
            + "died|passed away|passed on|family history|runs in (?:the|my|our) family|hereditary|genetic"
            + "|last year|years ago|yrs ago|as a (?:kid|child|teenager)|when (?:he|she|they) (?:was|were) (?:young|younger|a kid|a child|a teen|teen|a teenager|teenager|at school|little)"
            // (not what they could do before: "used to walk fine, now she needs the frame")
            + "|in (?:his|her|their) (?:teens|twenties|thirties|forties|youth|20s|30s|40s)|(?<!never |didnt |not )used to(?! (?:walk|be (?:able|fine|ok|okay|active|fit|strong)|manage|get (?:about|around)|go out)\\b)|former|formerly|back in the day"
            // already in care: "did his back in properly, ended up in hospital"
            + "|ended up in (?:hospital|a and e|a&e|the er|er)|(?:was|got) taken to (?:hospital|a and e|the er)|(?:is|s) in hospital"
            + ")\\b");

    /**
     * The user asks what somebody else should do now ("should he carry on?", "she wants to keep going", "what should
     * we do"): their sharp pain or pop in the session told is theirs now.
     */
    static final Pattern ASKS_FOR_THEM = Pattern.compile("\\b(?:"
            + "(?:should|can|could|may|must|does|do) (?:he|she|they|we|my [a-z]+) (?:still |just )?(?:carry on|continue|keep going|keep at it|finish|go ahead|go|train|lift|resume"
            + "|rest|stop|push through|do the rest|go back|get back|keep (?:lifting|training|stretching|doing))"
            + "|(?:is|are) (?:he|she|they) (?:alright|ok|okay|fine|safe) to (?:carry on|continue|keep going|train|lift|exercise)"
            + "|(?:is it|its) (?:ok|okay|safe|fine) for (?:him|her|them) to|(?:ok|okay|safe) for (?:him|her|them) to"
            + "|(?:would|will|could|might) (?:suit|help|work for) (?:him|her|them)\\b|(?:for|to) (?:him|her|them) to (?:do|try|start|use)"
            + "|(?:he|she|they) (?:wants?|want) to (?:keep going|carry on|continue|go|train|lift|finish|push through|try again|have another go|go again)"
            // "let him?", "should he?"
            + "|let (?:him|her|them)(?: (?:carry on|continue|finish|train|lift|do (?:it|them|planks|the rest)))?$|should (?:he|she|they)$"
            + "|(?:if )?(?:he|she|they) (?:should|can|could) (?:still |just )?(?:carry on|continue|keep going|go|train|lift|rest|stop|push through|use|do)"
            + "|what should (?:he|she|they|we) do|what (?:do|should|would|can) i tell (?:him|her|them)|keep going or (?:not|stop)|(?:go|carry on|continue|stop) or (?:rest|not|stop)"
            // "carry on with her strength session?", "shes saying do the session anyway", "he do exercise with bands every day, he continue?"
            + "|(?:carry on|continue|keep going|keep up|go ahead) with (?:his|her|their) |(?:hes|shes|theyre|he is|she is|they are) (?:saying|insisting|keen|wanting|asking)"
            + "|(?:^|, )(?:he|she|they) (?:continue|carry on|keep going|go on|can continue|can carry on)$"
            // their own question passed on: "he wants to know can he do some light weights"
            + "|(?:he|she|they) (?:wants?|wanted|would like|asked me|asks|is asking|are asking) (?:to know )?(?:if |whether )?(?:(?:he|she|they) (?:can|could|should|may)|(?:can|could|should|may) (?:he|she|they))"
            // a carer's question: "im her carer. what chair exercises?", "exercises for him"
            + "|im (?:his|her|their) (?:main |full time )?(?:carer|caregiver)|(?:exercises?|routine|workout|programme|program|moves) for (?:him|her|them)$"
            + ")\\b");

    /** How long ago a pain score was: "a month", "two weeks", "3 days". */
    static final String SCORE_DATE = "(?:a |one |two |three |four |five |six |[0-9]+ |a few |a couple of )(?:days?|weeks?|months?)";

    /** A pain score that changed: "from 7 to 3", "from a 3/10 to a 7/10" (the slash reads as a space). */
    static final Pattern SCORE_CHANGE = Pattern.compile("\\bfrom (?:a )?([0-9]{1,2})(?: 10| out of 10)? (?:down |up )?to (?:a )?([0-9]{1,2})\\b"
            // week by week: "week 1 it was an 8/10, now week 5 its a 3/10"
            + "|\\b(?:week|wk) [0-9]+ (?:[a-z]+ ){0,3}?(?:an? )?([0-9]{1,2}) 10,? (?:and |but )?(?:now |by )?(?:week|wk) [0-9]+ (?:[a-z]+ ){0,2}?(?:an? )?([0-9]{1,2}) 10\\b"
            // dated, then now: "a 7 two weeks ago, now a 3"
            + "|\\b([0-9]{1,2})(?: 10| out of 10)? " + SCORE_DATE + " ago,? (?:[^.?!]{0,40}? )?(?:and )?now (?:its |it s |it is |at |about )?(?:an? )?([0-9]{1,2})\\b");

    /** Said to be getting worse, whatever a score did. */
    static final Pattern GETTING_WORSE = Pattern.compile("\\b(?:worse|worsening|climbing|increasing|rising|creeping up)\\b");

    /** Somebody else: "my mum had breast cancer", "my dad's fusion". */
    static final Pattern THIRD_PARTY = Pattern.compile(
            "\\b(?:" + Others.PEOPLE + "|he|she|hes|shes|his|her|him|family|relatives?|kid|child|baby|(?<!bird )dog|(?<!bird dog |bird dogs )cat(?! cows?\\b))s?\\b");

    /** The people users talk about, by name of relation (declared apart so patterns above can use it). */
    private static final class Others {
        static final String PEOPLE = "mum|mom|mother|mommy|mummy|dad|father|daddy|parents?|brother|sister|sis|son|daughter|wife|husband"
                + "|partner|boyfriend|girlfriend|friend|mate|buddy|pal|patient|grandma|grandmother|granny|gran|nan|nana|grandad"
                + "|granddad|grandpa|grandfather|aunt|auntie|uncle|cousin|colleague|coworker|co worker|workmate|work mate|neighbour|neighbor|client"
                // "hey coach" speaks to the bot; "my coach" is somebody else
                + "|(?:my|our|his|her) [0-9]{1,2} ?(?:yr|yrs|year|years|yo) old|(?:my|our|his|her) [0-9]{1,2} ?(?:yo|y o)|toddler|baby|little one|kid|kids|child|children|teenager|teen"
                + "|(?:my|our|his|her|the) (?:old |former |ex |previous )?(?:coach|trainer|pt)|teammate|flatmate|roommate|housemate|mother in law|father in law|in laws|boss|manager|supervisor|instructor|teacher|landlord|landlady|classmate|nephew|niece|stepdad|stepmum|stepmom|grandson|granddaughter"
                + "|fiance|fiancee|spouse|hubby|missus|bf|gf|guy|bloke|dude|chap|fella|lady|woman|girl|lad"
                // "my old man" is a father, not the user
                + "|old man|old lady|old dear|papa|mama|mam|pops|babushka|abuela|abuelo|nonna|nonno|oma|opa|dadi|nani|tatay|nanay|ex wife|ex husband|ex partner"
                // "my ex", not an "ex smoker" or "ex soldier"
                + "|ex(?! (?:smoker|drinker|soldier|army|military|forces|athlete|rugby|footballer|player|runner|lifter|gymnast|dancer|boxer|nurse|cop|police|miner|builder|addict|user|junkie|druggie|alcoholic|heroin))";
    }
}
