package org.backcoach.safety;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One place where a symptom phrase matched, read within its sentence: is it the user reporting it
 * now, or a negation, a resolved episode, a hypothetical, a general question, or someone else?
 * Context is bounded to a few hundred characters either side, so reading stays cheap on long input.
 */
final class Mention {

    private static final int REACH = 250;
    /** How far after somebody else's red flag a "now" can sit ("she sat down hard on the chair and now ..."). */
    private static final int NOW_REACH_AFTER = 60;
    /** How many words before a mention a fronted "years ago," may stand. */
    private static final int FRONTED_TIME_WORDS = 6;

    /** How far into a sentence a time can open it: "so back in 2011, ...", "back story: 12 years ago i had ...". */
    private static final int OPENING_CHARS = 25;
    /** "a guy who ...", "a flatmate who's HIV positive": the one told of is the subject. */
    private static final Pattern WHO_FOLLOWS = Pattern.compile(" (?:who|whos)\\b");
    private static final Pattern WORD_START = Pattern.compile("(?:^| )(?=[^ ])");

    private final String sentence;
    private final int start;
    private final int end;

    Mention(String sentence, int start, int end) {
        this.sentence = sentence;
        this.start = start;
        this.end = end;
    }

    /**
     * Whether the mention counts as the user's own, current report. Emergency symptoms count even in
     * a question or a "what if" (we would rather over-warn than miss one); lower levels need a plain
     * report, since the article itself discusses sharp pain, fractures, tumours and surgery. A general
     * mention counts when the message claims it elsewhere ("... I had mine 3 weeks ago").
     */
    boolean isReport(EscalationLevel level, Recovery recovery, MessageFacts facts) {
        boolean claimedElsewhere = facts.claimed();
        String scope = scopeBefore();
        String clauseAfter = upToFirst(ReadingCues.CLAUSE_BREAK);
        String following = sentence.substring(end);
        if (isNegated(scope) || isDismissed(level, recovery, scope, facts)
                // "if my leg ever goes weak", "physio asked about saddle numbness": not a report, even for an emergency
                || (!claimedElsewhere && ifEver(scope))
                || ReadingCues.NEGATED_AFTER.matcher(following).find()
                || (ReadingCues.EVENT.matcher(phrase()).find() && ReadingCues.HARMLESS_AFTER.matcher(following).find())
                // "had a small accident, i spilled my protein shake"
                || (phrase().contains("accident") && ReadingCues.MISHAP_AFTER.matcher(following).find())
                || ReadingCues.ANSWERED_NO.matcher(following).find()
                // somebody else's, unless theirs now; "my mate had a fusion, is he allowed to deadlift? just curious" asks
                // their friend's, not theirs: "dad worries since his friend had cancer", "mums friend had a spinal fracture"
                || ((ReadingCues.FRIEND_OF_THEIRS.matcher(lastWords(scope, ReadingCues.FRIEND_REACH_WORDS)).find() || toldOfTheirRelative(scope))
                        && !ReadingCues.HAPPENING_NOW.matcher(phrase() + upToFirst(ReadingCues.SCOPE_BREAK)).find())
                // "my husband's sister had a back operation recently, not him": not the one asked about either
                || (isAboutSomeoneElse(scope + phrase(), clauseAfter) && (facts.justAsking() || !isTheirsNow(level, facts, recovery)
                        || ReadingCues.NOT_THEM_AFTER.matcher(following).find()))
                // somebody else's story that set the user thinking about their own back: "one of my patients had a spinal
                // fracture and it's put me off lifting. I just have ordinary nurse back"
                || (facts.ownBackInstead() && isOthersStory(scope + phrase()))) {
            return false;
        }
        if (claimedElsewhere) {
            return true; // "what can you do after a discectomy? I had mine 3 weeks ago"
        }
        String clauseStart = clauseBefore();
        // "how do I spot cauda equina?" asks about it: the "I" of the question is not a report
        String clause = ReadingCues.INQUIRY.matcher(clauseStart + " " + phrase() + " " + clauseAfter).replaceAll(" ");
        // "is it ok ..." is the user's own unless plainly general ("generally speaking is it ok ..."); a date makes it theirs
        boolean personal = ReadingCues.FIRST_PERSON_PRONOUN.matcher(clause).find()
                || (ReadingCues.FIRST_PERSON.matcher(clause).find() && !ReadingCues.GENERALLY.matcher(scope).find())
                || ReadingCues.DATED.matcher(phrase() + " " + clauseAfter).find()
                || ReadingCues.TOLD_WITHOUT_I.matcher(sentence).lookingAt();
        // people say "you" about themselves ("your leg just goes"): for an emergency only a plainly general
        // subject ("can people ...") or an inquiry makes the mention general
        Pattern general = level == EscalationLevel.EMERGENCY ? ReadingCues.PLAINLY_GENERAL_SUBJECT : ReadingCues.GENERAL_SUBJECT;
        boolean generalTalk = general.matcher(scope).find()
                // an inquiry up to a change of subject makes it general ("soreness vs sharp pain, whats the difference"),
                // unless the mention's own clause dates it ("leg went numb during squats today, whats a good warm up")
                || ReadingCues.INQUIRY.matcher(scope + phrase() + clauseAfter).find()
                || (ReadingCues.INQUIRY.matcher(context(scope)).find()
                        && !ReadingCues.DATED.matcher(phrase() + clauseAfter).find() && !ReadingCues.HAPPENED_TODAY.matcher(phrase() + clauseAfter).find());
        if (!personal && (generalTalk || facts.justAsking())) {
            return false;
        }
        // only what leads up to the phrase: "fusion in March, what is safe?" is still a report
        String lead = scope + phrase();
        boolean hypothetical = ReadingCues.HYPOTHETICAL.matcher(lead).find()
                // asked the other way round: "if i lift and i feel something go pop, what i should do?"
                || (ReadingCues.IF_CLAUSE.matcher(lastWords(before(), ReadingCues.NEGATION_REACH_WORDS)).find() && ReadingCues.WHAT_TO_DO_AFTER.matcher(following).lookingAt())
                // a what-if from someone who says it has not happened: "what id do if i was lifting and felt a sudden sharp pain. it hasnt happened"
                || (facts.justAsking() && ReadingCues.IF_CLAUSE.matcher(lastWords(before(), ReadingCues.NEGATION_REACH_WORDS)).find())
                || (!personal && ReadingCues.INQUIRY.matcher(lead).find());
        if (level == EscalationLevel.EMERGENCY) {
            // a what-if counts for an emergency sign, unless the user says they are only asking
            return !((hypothetical || ReadingCues.WORRIED_ABOUT.matcher(lead).find()) && facts.justAsking());
        }
        boolean generalQuestion = !personal && (ReadingCues.INTERROGATIVE_START.matcher(clauseStart).find() || askedAfterward(clauseStart));
        return !hypothetical && !generalQuestion;
    }

    /** "my husband's brother had surgery for a tumour years ago": the clause opens with their relative as its subject. */
    private static boolean toldOfTheirRelative(String scope) {
        String clause = scope.strip();
        Matcher subject = ReadingCues.FRIEND_OF_THEIRS.matcher(clause);
        if (!subject.lookingAt()) {
            return false;
        }
        // ... and stays the subject up to the mention: not "my wife's mum lives with us, she fell yesterday"
        String rest = clause.substring(subject.end());
        return !rest.contains(",") && !ReadingCues.FIRST_PERSON.matcher(rest).find() && !ReadingCues.ANOTHER_SUBJECT.matcher(rest).find();
    }

    /** "after an operation on the back, is lifting ok?" asks about operations in general, unless the question says I. */
    private boolean askedAfterward(String clauseStart) {
        // the phrase may hold the lead-in itself: "after a fusion"
        if (!ReadingCues.GENERIC_AFTER.matcher(clauseStart + " " + phrase() + " ").find()) {
            return false;
        }
        String following = sentence.substring(end).replaceFirst("^[ ,;:]+", "");
        // the question may follow the rest of the lead-in: "after a fusion operation, is it safe ..."
        String nextClause = following.replaceFirst("^[^,;:]*[,;:] *", "");
        return (ReadingCues.INTERROGATIVE_START.matcher(following).find()
                        || ReadingCues.INTERROGATIVE_START.matcher(nextClause).find())
                && !ReadingCues.FIRST_PERSON.matcher(following).find();
    }

    /** A "what if" that starts before the end of the phrase, read on to the end of the sentence ("if i got X would that ..."). */
    private boolean ifEver(String scope) {
        Matcher m = ReadingCues.IF_EVER.matcher(scope + sentence.substring(start));
        return m.find() && m.start() < scope.length() + end - start;
    }

    /** Over ("went away", "years ago", "used to wake me"), unless it came back ("but today it came back"). */
    private boolean isDismissed(EscalationLevel level, Recovery recovery, String scope, MessageFacts facts) {
        // the phrase itself can hold the "how long": "2 years after my fusion"; a bar stands where the phrase was,
        // so the words either side do not read as one ("everything has gone | numb between my legs" is not "has gone")
        String around = scope + " | " + after();
        boolean longAgo = recovery.dismissesLongAgo(facts)
                && (ReadingCues.LONG_AGO.matcher(around).find() || ReadingCues.LONG_AGO.matcher(scope + phrase()).find()
                        // the phrase may end in the time's own first word: "pulled my back in | 2015"
                        || (phrase().endsWith(" in") && ReadingCues.LONG_AGO.matcher("in" + after()).lookingAt())
                        // a time put in front, past a comma: "long time ago, 2009, i had a disc operation"
                        || frontedLongAgo())
                // a date in its own clause says when this one happened: "osteoporosis for years, slipped yesterday"
                && !ReadingCues.RECENT_EVENT.matcher(phrase() + upToFirst(ReadingCues.CLAUSE_BREAK)).find();
        // feeling lost that "hasnt come back" is still lost: "my leg went numb on monday and it hasnt come back"
        String settleText = ReadingCues.A_LOSS.matcher(phrase()).find() ? ReadingCues.NOT_BACK.matcher(around).replaceAll(" ") : around;
        boolean settled = recovery == Recovery.LONG_AGO_OR_SETTLED
                && (ReadingCues.SETTLED.matcher(settleText).find() || ReadingCues.USED_TO.matcher(scope + phrase()).find())
                // a sharp pain mid-set that passed within a minute still ends the session ("stabbing pain on the 8th rep,
                // went away after a minute"); a leg gone dead on the loo that came back in a minute is nothing
                && !(level == EscalationLevel.STOP && (ReadingCues.PASSED_IN_MINUTES.matcher(around).find()
                        // "mid set of back squats a pain went through me like a bolt, gone now. go again?": the set still ends
                        || ReadingCues.MID_SET.matcher(scope).find()));
        return (longAgo || settled) && !ReadingCues.RECURRED.matcher(sentence.substring(end)).find();
    }

    /** The words around the mention that a rule's "unless" list is checked against. */
    String context() {
        return context(scopeBefore());
    }

    private String context(String scope) {
        scope = causeBefore() + scope;
        String after = sentence.substring(end, Math.min(sentence.length(), end + REACH));
        Matcher stop = ReadingCues.SCOPE_BREAK.matcher(after);
        if (!stop.find()) {
            return scope + phrase() + after;
        }
        // the cause belongs to the mention: "woke up sweaty because someone put the heating on full blast"; so does a
        // "but" that says it lasts or why: "numb, like after a hard chair, but it doesnt go away"
        Matcher but = ReadingCues.BUT_LASTS_OR_BECAUSE.matcher(after).region(stop.start(), after.length());
        boolean butBelongs = but.lookingAt();
        if (butBelongs || after.startsWith("because", stop.start())) {
            Matcher next = ReadingCues.SCOPE_BREAK.matcher(after);
            int causeEnd = next.find(butBelongs ? but.end() : stop.end()) ? next.start() : after.length();
            return scope + phrase() + after.substring(0, causeEnd);
        }
        return scope + phrase() + after.substring(0, stop.start());
    }

    /** The cause told first belongs to the mention too: "my flat is boiling so i wake up sweaty". */
    private String causeBefore() {
        String before = before();
        int breakEnd = lastEnd(ReadingCues.SCOPE_BREAK, before);
        if (!before.startsWith("so ", breakEnd - 3)) {
            return "";
        }
        String lead = before.substring(0, breakEnd - 3);
        return lead.substring(lastEnd(ReadingCues.SCOPE_BREAK, lead));
    }

    private String phrase() {
        return sentence.substring(start, end);
    }

    /** "long time ago, 2009, i had ...", but not "surgery years ago, but today my legs went weak". */
    private boolean frontedLongAgo() {
        return frontedLongAgo(lastWords(before(), FRONTED_TIME_WORDS)) || openedLongAgo();
    }

    /** The sentence opens with the time: "back in 2011 i was in a bad car accident, got t boned, and had whiplash". */
    private boolean openedLongAgo() {
        String lead = sentence.substring(0, start);
        Matcher opening = ReadingCues.LONG_AGO.matcher(lead);
        return opening.find() && opening.start() <= OPENING_CHARS && frontedLongAgo(lead)
                && !ReadingCues.RECENT_EVENT.matcher(lead.substring(opening.end())).find();
    }

    private static boolean frontedLongAgo(String fronted) {
        Matcher longAgo = ReadingCues.LONG_AGO.matcher(fronted);
        if (!longAgo.find()) {
            return false;
        }
        String between = fronted.substring(longAgo.end());
        return !ReadingCues.CONTRAST_BREAK.matcher(between).find() && !ReadingCues.HAPPENING_NOW.matcher(between).find();
    }

    private boolean isNegated(String scope) {
        return ReadingCues.NEGATION.matcher(lastWords(scope, ReadingCues.NEGATION_REACH_WORDS)).find()
                && !ReadingCues.UNTOLD.matcher(before()).find();
    }

    /**
     * Somebody else's red flag needs help when it is theirs now: told with a "today", "just", "since", "now"
     * ("today she has accident with the toilet", "he just felt a crack"), or when the message tells of their
     * back trouble anywhere ("my wife back is very painful ... she cannot start to urinate"). Family history
     * and long-past events ("my mum had breast cancer", "my dad broke his back years ago") stay theirs.
     */
    private boolean isTheirsNow(EscalationLevel level, MessageFacts facts, Recovery recovery) {
        if (recovery == Recovery.LONG_AGO_IF_BACK_WELL || recovery == Recovery.NEVER_DISMISSED) {
            // somebody else's history matters however old when their back hurts now ("mum had bowel cancer
            // treatment last year, now her back hurts"), and a condition they have now always does ("my dad has a
            // tumour on his spine"); not "my friend had breast cancer" nor "my friend has cancer and wants to lift"
            return facts.othersBackHurts()
                    || (ReadingCues.CURRENT_CONDITION.matcher(lastWords(before(), ReadingCues.NOW_REACH_WORDS)).find()
                            && ReadingCues.IN_THE_SPINE.matcher(phrase() + sentence.substring(end, Math.min(sentence.length(), end + NOW_REACH_AFTER))).find());
        }
        String around = nearby(before());
        // a lasting condition stays theirs however long ago it was found: "thin bones (her scan showed it last year)";
        // a past told before a change of subject is not this one's: "in a wheelchair after a stroke years ago, now his back ..."
        Pattern past = recovery == Recovery.LASTING ? ReadingCues.THEIRS_GONE : ReadingCues.THEIRS_IN_THE_PAST;
        if (past.matcher(nearby(scopeBefore())).find()
                || (!facts.othersBackHurts() && !(level == EscalationLevel.EMERGENCY && facts.wellOnTheirWord())
                        && ReadingCues.OTHER_IS_FINE.matcher(sentence.substring(end)).find())) {
            return false;
        }
        if (level == EscalationLevel.URGENT && recovery == Recovery.LONG_AGO_OR_SETTLED) {
            // their fever, weight loss or night pain is a back red flag when their back hurts:
            // "my little one has a fever so im stuck at home, anything for my back?" is not
            return facts.othersBackHurts();
        }
        return facts.othersBackHurts() || ReadingCues.HAPPENING_NOW.matcher(around).find()
                // a sharp pain or a pop in the session told, asked about for them: "should he carry on?"
                || (level == EscalationLevel.STOP && facts.asksForThem())
                // their emergency, asked about for them ("came off his motorbike ... can he go to the gym?"), unless a
                // friend of theirs had it ("my wife's friend lost feeling in her legs ... can she lift?")
                || (level == EscalationLevel.EMERGENCY && facts.asksForThem() && !ReadingCues.FRIEND_OF_THEIRS.matcher(scopeBefore()).find())
                // the pain told right after: "my son lift at gym, felt snap in back, pain"
                || (level == EscalationLevel.STOP && ReadingCues.PAIN_RIGHT_AFTER.matcher(sentence.substring(end)).lookingAt())
                || (level == EscalationLevel.STOP && isFamilysOwnEvent())
                // their recent operation or fall, unless theirs is a friend's or a neighbour's the user does not ask for
                // ("my neighbour had a spinal fusion last month and ... for me, with no surgery, is the gym safe?")
                || ((recovery == Recovery.LONG_AGO || recovery == Recovery.LASTING) && ReadingCues.RECENT_EVENT.matcher(around).find()
                        && (facts.asksForThem() || !ReadingCues.ACQUAINTANCE.matcher(lastWords(scopeBefore(), ReadingCues.FRIEND_REACH_WORDS)).find()));
    }

    /**
     * One of the family's sharp pain or pop told as it happened ("dad felt a sharp stab lifting his weights"), not
     * their friend's, somebody's words or a what-if.
     */
    private boolean isFamilysOwnEvent() {
        String scope = scopeBefore();
        return (ReadingCues.CLOSE_FAMILY.matcher(lastWords(scope, ReadingCues.FRIEND_REACH_WORDS)).find()
                        || ReadingCues.FAMILY_FIRST.matcher(scope).find())
                && !ReadingCues.FRIEND_OF_THEIRS.matcher(scope).find() && !ReadingCues.HEARSAY.matcher(scope).find()
                && !ReadingCues.IF_CLAUSE.matcher(scope).find();
    }

    /** The last few words of {@code lead}, the phrase and a little after it: where a "now" or a "last year" of theirs would sit. */
    private String nearby(String lead) {
        return lastWords(lead, ReadingCues.NOW_REACH_WORDS) + phrase()
                + sentence.substring(end, Math.min(sentence.length(), end + NOW_REACH_AFTER));
    }

    /** Somebody else's doing, unless done to me: "big lad from the other team flattened me, proper collision". */
    private static boolean isOthersStory(String lead) {
        int afterOther = lastSubjectEnd(lead);
        return afterOther > 0 && !ReadingCues.DONE_TO_ME.matcher(lead.substring(afterOther)).find();
    }

    /**
     * "My mum had breast cancer", unless the user comes back in ("my wife says I wet myself", "mate had
     * an accident in my trackies"). Whether it still counts is {@link #isTheirsNow}. The phrase itself is read
     * too: "my gym partner had a sharp pain" matches from "gym".
     */
    private static boolean isAboutSomeoneElse(String lead, String clauseAfter) {
        int afterOther = lastSubjectEnd(lead);
        // "a guy at my gym got a sharp pain", "mum had cancer when i was a kid": a place or a time of mine does not make it mine
        String rest = ReadingCues.MY_PLACE.matcher(lead.substring(afterOther) + " " + clauseAfter).replaceAll(" ");
        rest = ReadingCues.MINE_IN_PASSING.matcher(rest).replaceAll(" ");
        return afterOther > 0 && !ReadingCues.FIRST_PERSON.matcher(rest).find() && !ReadingCues.RODE_ALONG.matcher(lead).find();
    }

    private String before() {
        return sentence.substring(Math.max(0, start - REACH), start);
    }

    /** Back to the last contrast or change of subject ("but", ", I ..."). */
    private String scopeBefore() {
        String before = before();
        return before.substring(lastEnd(ReadingCues.SCOPE_BREAK, before));
    }

    /** Back to the start of the clause (any comma), trimmed. */
    private String clauseBefore() {
        String before = before();
        return before.substring(lastEnd(ReadingCues.CLAUSE_BREAK, before)).strip();
    }

    /** Forward to the next contrast ("but", "now"); commas do not stop it ("fusion, ten years ago"). */
    private String after() {
        return upToFirst(ReadingCues.CONTRAST_BREAK);
    }

    private String upToFirst(Pattern stop) {
        String after = sentence.substring(end, Math.min(sentence.length(), end + REACH));
        Matcher m = stop.matcher(after);
        return m.find() ? after.substring(0, m.start()) : after;
    }

    /** Where the last person other than the user ends, skipping objects ("lifting my son") and observers ("my wife noticed"). */
    private static int lastSubjectEnd(String scope) {
        Matcher m = ReadingCues.THIRD_PARTY.matcher(scope);
        int last = 0;
        while (m.find()) {
            // "a story of a guy who lost control": the one "who" did it is the subject, whatever leads to them
            boolean object = !WHO_FOLLOWS.matcher(scope).region(m.end(), scope.length()).lookingAt()
                    && ReadingCues.OBJECT_LEAD.matcher(scope.substring(Math.max(0, m.start() - 30), m.start())).find();
            boolean observer = ReadingCues.OBSERVER_VERB.matcher(scope.substring(m.end())).find();
            if (!object && !observer) {
                last = m.end();
            }
        }
        return last;
    }

    private static int lastEnd(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int last = 0;
        while (m.find()) {
            last = m.end();
        }
        return last;
    }

    private static String lastWords(String text, int count) {
        Matcher m = WORD_START.matcher(text);
        int[] starts = new int[count];
        int seen = 0;
        while (m.find()) {
            starts[seen % count] = m.end();
            seen++;
        }
        return seen <= count ? text : text.substring(starts[seen % count]);
    }
}
