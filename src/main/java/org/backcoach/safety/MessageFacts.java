package org.backcoach.safety;

import java.util.List;

/**
 * What the whole message says that changes how a single mention reads.
 *
 * @param claimed          the user claims a general mention as their own ("what about a discectomy? I had mine in May")
 * @param othersBackHurts  somebody else's back trouble is told somewhere in the message, and not as something long over
 *                         ("my wife's back is very painful", "Mom has the bad back", "he has disc problems"): their red
 *                         flag, told anywhere in the message, is that person's now and needs help
 * @param backIsWell       the user says their back does not hurt ("no back pain at all", "my back is fine") and
 *                         nowhere that it does
 * @param justAsking       the user says they are only asking ("just curious, not happening to me")
 * @param numbFromSitting  the message puts numbness down to how one sat or to cold and says it went when that stopped,
 *                         with nothing that makes it more (it stays, spreads, comes with bladder or saddle signs or weakness)
 * @param tiredFromTraining the message puts its symptoms down to training ("squats were 2 days ago") and says nothing
 *                         that makes a leg symptom more than tiredness (lasting, spreading, one-sided, numb, bladder...)
 */
record MessageFacts(boolean claimed, boolean othersBackHurts, boolean backIsWell, boolean justAsking, boolean numbFromSitting,
                    boolean tiredFromTraining) {

    static MessageFacts of(List<String> sentences) {
        boolean claimed = false;
        boolean othersBackHurts = false;
        boolean backIsWell = false;
        boolean backHurts = false;
        boolean training = false;
        boolean justAsking = false;
        boolean numbCause = false;
        boolean numbRelief = false;
        boolean numbPersists = false;
        boolean moreThanTired = false;
        for (String sentence : sentences) {
            training |= ReadingCues.TRAINING_CAUSE.matcher(sentence).find();
            justAsking |= ReadingCues.JUST_ASKING.matcher(sentence).find();
            numbCause |= ReadingCues.NUMB_CAUSE.matcher(sentence).find();
            numbRelief |= ReadingCues.NUMB_RELIEF.matcher(sentence).find();
            numbPersists |= ReadingCues.NUMB_PERSISTS.matcher(sentence).find();
            moreThanTired |= ReadingCues.MORE_THAN_TIRED.matcher(sentence).find();
            backIsWell |= ReadingCues.BACK_IS_WELL.matcher(sentence).find();
            // "no back pain" says back pain only to deny it
            backHurts |= ReadingCues.BACK_HURTS.matcher(ReadingCues.BACK_IS_WELL.matcher(sentence).replaceAll(" ")).find();
            claimed |= ReadingCues.SELF_REFERENCE.matcher(sentence).find();
            othersBackHurts |= ReadingCues.OTHER_PERSON_AILING.matcher(sentence).find()
                    && !ReadingCues.LONG_AGO.matcher(sentence).find();
        }
        return new MessageFacts(claimed, othersBackHurts, backIsWell && !backHurts, justAsking,
                numbCause && numbRelief && !numbPersists, training && !moreThanTired);
    }
}
