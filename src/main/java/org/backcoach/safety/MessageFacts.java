package org.backcoach.safety;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the whole message says that changes how a single mention reads. Each fact is read from the
 * sentences the first time a rule asks for it: most messages fire no rule, and then none is needed.
 * One instance serves one {@link Triage#assess} call (not thread-safe, never shared).
 */
final class MessageFacts {
    private enum Fact { CLAIMED, OTHERS_BACK_HURTS, BACK_IS_WELL, JUST_ASKING, NUMB_FROM_SITTING, TIRED_FROM_TRAINING, NIGHT_PAIN_EASES, OWN_BACK_INSTEAD, CLEARED_BY_CLINICIAN, ORDINARY_STRAIN, OTHER_MUSCLE_ONLY, ASKS_FOR_THEM, PAIN_SCORE_FELL, CHILLED_BY_THE_ROOM, SWEATS_OF_THE_MENOPAUSE, SWEATS_OF_A_HOT_ROOM, FEVER_OVER, TRAUMA_CLEARED, WEIGHT_FROM_A_BUG, FALL_SHRUGGED_OFF, BONES_SOUND, WELL_ON_THEIR_WORD, THIGH_NERVE_NAMED }

    private final List<String> sentences;
    private final Map<Fact, Boolean> known = new EnumMap<>(Fact.class);

    private MessageFacts(List<String> sentences) {
        this.sentences = sentences;
    }

    static MessageFacts of(List<String> sentences) {
        return new MessageFacts(sentences);
    }

    /** The user claims a general mention as their own ("what about a discectomy? I had mine in May"). */
    boolean claimed() {
        return once(Fact.CLAIMED, () -> any(ReadingCues.SELF_REFERENCE));
    }

    /**
     * Somebody else's back trouble is told somewhere in the message, and not as something long over ("my
     * wife's back is very painful", "Mom has the bad back", "he has disc problems"): their red flag, told
     * anywhere in the message, is that person's now and needs help.
     */
    boolean othersBackHurts() {
        // clause by clause: "my aunt had a tumour removed 2 yrs ago and now she says her back hurts"
        return once(Fact.OTHERS_BACK_HURTS, () -> sentences.stream()
                .flatMap(s -> ReadingCues.SCOPE_BREAK.splitAsStream(s))
                .anyMatch(MessageFacts::tellsOfOthersBackNow)
                || any(ReadingCues.OTHERS_BACK_SINCE)
                // a carer's back pain told with no owner, asked about for them: "back pain as well. is there a plan that would suit him"
                || (asksForThem() && any(ReadingCues.BACK_PAIN_UNOWNED) && !any(ReadingCues.OWN_BACK))
                // told of one of the family with no owner on the back pain: "my husband he urine in pants and back pain"
                || (any(ReadingCues.FAMILY_FIRST) && any(ReadingCues.BACK_PAIN_TACKED_ON) && !any(ReadingCues.OWN_BACK)
                        && !any(ReadingCues.I_AS_SUBJECT)));
    }

    /**
     * Their back trouble told in a clause with no long-ago in it, or dated recent itself: "had bowel cancer 6 years ago
     * and has complained of new back pain this month" (but not "beat cancer 15 years ago, asks what is ok for her stiff back").
     */
    private static boolean tellsOfOthersBackNow(String clause) {
        Matcher ailing = ReadingCues.OTHER_PERSON_AILING.matcher(clause);
        if (!ailing.find()) {
            return false;
        }
        String trouble = clause.substring(ailing.start());
        return !ReadingCues.LONG_AGO.matcher(trouble).find() && !ReadingCues.BEFORE_DIAGNOSIS.matcher(trouble).find()
                && (!ReadingCues.LONG_AGO.matcher(clause).find() || ReadingCues.RECENT_EVENT.matcher(trouble).find()
                        // "had a tumour in the spine years ago, she has back pain again now"
                        || ReadingCues.AGAIN.matcher(trouble).find()
                        // "(had uterine cancer a few years back) keeps moaning about her lower back", "removed in 2015, now new back pain"
                        || ReadingCues.ONGOING.matcher(trouble).find() || ReadingCues.HAPPENING_NOW.matcher(trouble).find());
    }

    /** A fall in later life needs no check when the bones were found sound ("bone density scan was normal"). */
    boolean bonesSound() {
        return once(Fact.BONES_SOUND, () -> any(ReadingCues.BONES_SOUND));
    }

    /** The user turns from somebody else's story to their own back ("it made me think, i want my own back stronger"). */
    boolean ownBackInstead() {
        return once(Fact.OWN_BACK_INSTEAD, () -> any(ReadingCues.OWN_BACK_INSTEAD));
    }

    /** A few pounds lost to a stomach bug, and eating again: "had a stomach bug last week and lost a couple of pounds". */
    boolean weightFromABug() {
        return once(Fact.WEIGHT_FROM_A_BUG, () -> any(ReadingCues.STOMACH_BUG) && !any(ReadingCues.STILL_LOSING));
    }

    /** Somebody else's word that their back is fine ("hubby fell off roof, says back ok"): after a big knock that is no all-clear. */
    boolean wellOnTheirWord() {
        return once(Fact.WELL_ON_THEIR_WORD, () -> any(ReadingCues.WELL_ON_THEIR_WORD));
    }

    /** An accident already checked at hospital and cleared ("went to A&E, got checked, all clear, just bruising"), nothing since. */
    boolean traumaCleared() {
        return once(Fact.TRAUMA_CLEARED, () -> any(ReadingCues.TRAUMA_CLEARED) && !any(ReadingCues.HAPPENED_TODAY)
                && !any(ReadingCues.TRAUMA_NOT_SETTLED));
    }

    /**
     * A doctor or physio has seen the strain and called it muscular ("pulled something bending over the flower bed.
     * Doctor says muscular."): a strain or a back that seized, already examined, is not a reason to stop now.
     */
    boolean clearedByClinician() {
        // unless something happened since: "doctor said muscular, but today on deadlifts I felt a pop"
        return once(Fact.CLEARED_BY_CLINICIAN, () -> any(ReadingCues.CLEARED_BY_CLINICIAN) && !any(ReadingCues.HAPPENED_TODAY));
    }

    /** The user says their back does not hurt ("no back pain at all", "my back is fine") and nowhere that it does. */
    boolean backIsWell() {
        // "no back pain" says back pain only to deny it
        return once(Fact.BACK_IS_WELL, () -> any(ReadingCues.BACK_IS_WELL) && sentences.stream().noneMatch(s ->
                ReadingCues.BACK_HURTS.matcher(ReadingCues.BACK_IS_WELL.matcher(s).replaceAll(" ")).find()));
    }

    /** A pain score told as falling ("my pain scores went from 7 to 3") and nothing said of it getting worse. */
    boolean painScoreFell() {
        return once(Fact.PAIN_SCORE_FELL, () -> sentences.stream().anyMatch(MessageFacts::scoreFalls) && !any(ReadingCues.GETTING_WORSE));
    }

    private static boolean scoreFalls(String sentence) {
        Matcher change = ReadingCues.SCORE_CHANGE.matcher(sentence);
        while (change.find()) {
            // "from 7 to 3" fills groups 1 and 2, "week 1 a 7/10, now week 5 a 3/10" groups 3 and 4, "a 7 a month ago, now a 3" 5 and 6
            int before = change.group(1) != null ? 1 : change.group(3) != null ? 3 : 5;
            if (Integer.parseInt(change.group(before + 1)) < Integer.parseInt(change.group(before))) {
                return true;
            }
        }
        return false;
    }

    /** The user asks what somebody else should do now ("should he carry on?", "she wants to keep going"). */
    boolean asksForThem() {
        return once(Fact.ASKS_FOR_THEM, () -> any(ReadingCues.ASKS_FOR_THEM));
    }

    /** The user says they are only asking ("just curious, not happening to me"). */
    boolean justAsking() {
        return once(Fact.JUST_ASKING, () -> any(ReadingCues.JUST_ASKING));
    }

    /**
     * A numb patch on the thigh the doctor put down to a pinched skin nerve ("she said it was meralgia paraesthetica
     * from my tight trousers"), with no sign beyond it (both legs, bladder, saddle, weakness).
     */
    boolean thighNerveNamed() {
        return once(Fact.THIGH_NERVE_NAMED, () -> any(ReadingCues.THIGH_NERVE) && !any(ReadingCues.BEYOND_THE_THIGH));
    }

    /**
     * The message puts numbness down to how one sat or to cold and says it went when that stopped, with
     * nothing that makes it more (it stays, spreads, comes with bladder or saddle signs or weakness).
     */
    boolean numbFromSitting() {
        // "sat on the loo scrolling too long and my feet went dead lol. back is ok": a back that is fine stands in for relief
        return once(Fact.NUMB_FROM_SITTING, () ->
                any(ReadingCues.NUMB_CAUSE) && (any(ReadingCues.NUMB_RELIEF) || backIsWell()) && !any(ReadingCues.NUMB_PERSISTS));
    }

    /**
     * The message puts its symptoms down to training ("squats were 2 days ago") and says nothing that makes
     * a leg symptom more than tiredness (lasting, spreading, one-sided, numb, bladder...).
     */
    boolean tiredFromTraining() {
        return once(Fact.TIRED_FROM_TRAINING, () -> any(ReadingCues.TRAINING_CAUSE) && !any(ReadingCues.MORE_THAN_TIRED));
    }

    /** Night pain that rolling over or shifting position eases, with nothing that makes it more. */
    boolean nightPainEasesWithPosition() {
        return once(Fact.NIGHT_PAIN_EASES, () -> any(ReadingCues.EASED_BY_POSITION) && !any(ReadingCues.NIGHT_PAIN_PERSISTS));
    }

    /**
     * A strain told as days old or as a mild ache, with no sharp, stabbing or shooting pain since ("pulled my back 2 days ago lifting a
     * suitcase, can i do gentle exercise?"): the article's guidance on acute back pain, not a "stop exercising now".
     */
    boolean ordinaryStrain() {
        return once(Fact.ORDINARY_STRAIN, () -> (any(ReadingCues.DAYS_AGO) || any(ReadingCues.MILD_ACHE)) && !any(ReadingCues.SHARP_SINCE));
    }

    /** A pulled hamstring, calf or groin, and the back never named or said to be fine: another injury, not a back red flag. */
    boolean otherMuscleOnly() {
        return once(Fact.OTHER_MUSCLE_ONLY, () -> any(ReadingCues.OTHER_MUSCLE) && (!any(ReadingCues.THE_BACK) || backIsWell()));
    }

    /** A fever told as over: "temperature normal for five days now", "fever's been gone a week", "tested negative, over it now". */
    boolean feverOver() {
        return once(Fact.FEVER_OVER, () -> any(ReadingCues.FEVER_OVER) && !any(ReadingCues.FEVER_PERSISTS));
    }

    /**
     * Chills put down to a cold room, with no fever, temperature, sweats or infection told anywhere ("the aircon at my gym
     * is freezing, i get chills by the end of the class"): the cold, not a fever.
     */
    boolean chilledByTheRoom() {
        return once(Fact.CHILLED_BY_THE_ROOM, () -> any(ReadingCues.COLD_SURROUNDINGS) && !any(ReadingCues.FEVER_TOLD));
    }

    /** Night sweats put down to a hot room ("our flat is boiling at night, no aircon, i wake up sweaty"), and nothing of a fever. */
    boolean sweatsOfAHotRoom() {
        return once(Fact.SWEATS_OF_A_HOT_ROOM, () -> any(ReadingCues.HOT_ROOM) && !any(ReadingCues.SWEATS_OF_CONCERN));
    }

    /**
     * Sweats put down to the menopause, with no fever, chills or infection told anywhere and nothing new about them
     * ("a few night sweats since early menopause, on hrt now which has sorted most of it").
     */
    boolean sweatsOfTheMenopause() {
        return once(Fact.SWEATS_OF_THE_MENOPAUSE, () -> any(ReadingCues.MENOPAUSE) && !any(ReadingCues.SWEATS_OF_CONCERN));
    }

    /** A fall onto the bottom told as nothing much: a bruise and nothing else (see {@link ReadingCues#FALL_SHRUGGED_OFF}). */
    boolean fallShruggedOff() {
        return once(Fact.FALL_SHRUGGED_OFF, () -> any(ReadingCues.FALL_SHRUGGED_OFF));
    }

    private boolean once(Fact fact, BooleanSupplier read) {
        Boolean value = known.get(fact);
        if (value == null) {
            value = read.getAsBoolean();
            known.put(fact, value);
        }
        return value;
    }

    private boolean any(Pattern cue) {
        return sentences.stream().anyMatch(s -> cue.matcher(s).find());
    }
}
