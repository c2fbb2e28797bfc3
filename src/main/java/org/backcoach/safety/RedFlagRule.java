package org.backcoach.safety;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One named red flag: the phrases that report it, when a report is dismissed, and what else the
 * message must say for it to count.
 *
 * @param name      short, stable name for logs and reviews, never user text
 * @param level     what the user should do when it fires
 * @param symptom   phrases that report the red flag (see {@link Phrases})
 * @param recovery  which "it is over" statements dismiss it (and, by {@link Recovery#ofCompanion}, what it also needs)
 * @param unless    words near the mention that make it ordinary ("legs weak after leg day")
 * @param alsoNeeds something else the message must report too ("osteoporosis" needs a fall)
 * @param ordinaryWhen what the whole message says that makes this rule's report ordinary (numbness that came from how
 *                  one sat and went, night pain that eases when one rolls over)
 * @param gymSlang  words of the phrase that, in a message putting it down to training, mean tired
 *                  legs ("my legs are dead, squats were 2 days ago"), not the red flag
 */
record RedFlagRule(
        String name,
        EscalationLevel level,
        Phrases symptom,
        Recovery recovery,
        Optional<Pattern> unless,
        Optional<Phrases> alsoNeeds,
        Optional<Pattern> gymSlang,
        Optional<Predicate<MessageFacts>> ordinaryWhen) {

    /** A sentence this short after a mention is an aside ("A SOCK."), not what happened next. */
    private static final int ASIDE_WORDS = 3;

    RedFlagRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(symptom, "symptom");
        Objects.requireNonNull(recovery, "recovery");
        Objects.requireNonNull(unless, "unless");
        Objects.requireNonNull(alsoNeeds, "alsoNeeds");
        Objects.requireNonNull(gymSlang, "gymSlang");
        Objects.requireNonNull(ordinaryWhen, "ordinaryWhen");
    }

    RedFlagRule unlessNear(Pattern ordinaryContext) {
        return new RedFlagRule(name, level, symptom, recovery, Optional.of(ordinaryContext), alsoNeeds, gymSlang, ordinaryWhen);
    }

    RedFlagRule onlyWith(Phrases companion) {
        return new RedFlagRule(name, level, symptom, recovery, unless, Optional.of(companion), gymSlang, ordinaryWhen);
    }

    RedFlagRule tiredLegsWhen(Pattern slang) {
        return new RedFlagRule(name, level, symptom, recovery, unless, alsoNeeds, Optional.of(slang), ordinaryWhen);
    }

    RedFlagRule ordinaryWhen(Predicate<MessageFacts> fact) {
        return new RedFlagRule(name, level, symptom, recovery, unless, alsoNeeds, gymSlang, Optional.of(fact));
    }

    /**
     * Whether the message reports this red flag.
     *
     * @param facts what the whole message says that changes how one mention reads
     */
    boolean firesOn(List<Sentence> sentences, MessageFacts facts) {
        return reports(symptom, sentences, true, facts, recovery)
                && alsoNeeds.map(companion -> reports(companion, sentences, false, facts, recovery.ofCompanion())).orElse(true);
    }

    private boolean reports(Phrases phrases, List<Sentence> sentences, boolean applyUnless, MessageFacts facts, Recovery over) {
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            if (i + 1 < sentences.size() && (overInTheNextSentence(sentence.text(), sentences.get(i + 1).text(), over)
                    || overAfterAnAside(sentences, i, over)
                    || askedGenerallyNext(sentence.text(), sentences.get(i + 1).text()))) {
                continue;
            }
            boolean reported = phrases.anyMatch(sentence, (start, end) -> {
                Mention mention = new Mention(sentence.text(), start, end);
                return mention.isReport(level, over, facts) && !(applyUnless && isOrdinary(mention))
                        && !ordinaryWhen.map(fact -> fact.test(facts)).orElse(false)
                        && !(facts.tiredFromTraining() && gymSlang.map(slang -> slang.matcher(sentence.text().substring(start, end)).find()).orElse(false));
            });
            if (reported) {
                return true;
            }
        }
        return false;
    }

    /** Over in the sentence after a short aside: "tweaked my back picking up a sock. A SOCK. It went away completely." */
    private boolean overAfterAnAside(List<Sentence> sentences, int i, Recovery over) {
        String next = sentences.get(i + 1).text();
        return i + 2 < sentences.size() && next.split(" ").length <= ASIDE_WORDS && !next.contains("?")
                && !turnsDownCare(next, sentences.get(i + 2).text())
                && overInTheNextSentence(sentences.get(i).text(), sentences.get(i + 2).text(), over);
    }

    /**
     * "...my back went into spasm. Been fine since." / "...what would that mean? I don't have it."
     * An emergency sign that came and went today still needs help, so "fine since" never dismisses one; nor does
     * "fine now" a sharp pain or a pop earlier today ("felt a sudden shooting pain and had to stop. he seems ok now"):
     * that session still ends.
     */
    private boolean overInTheNextSentence(String sentence, String next, Recovery over) {
        // "back is wrecked, doctor? nah" turns down the doctor, not the red flag
        return (ReadingCues.NEXT_SENTENCE_DENIES.matcher(next).find()
                        && !turnsDownCare(sentence, next))
                || (over == Recovery.LONG_AGO_OR_SETTLED && level != EscalationLevel.EMERGENCY
                        && !(level == EscalationLevel.STOP && ReadingCues.EARLIER_TODAY.matcher(sentence).find())
                        && ReadingCues.NEXT_SENTENCE_SETTLES.matcher(next).find());
    }

    /** "... doctor? nah": the "no" answers the question about care, not whether the red flag is there. */
    private static boolean turnsDownCare(String sentence, String next) {
        return ReadingCues.ENDS_ASKING_ABOUT_CARE.matcher(sentence).find() && ReadingCues.BARE_NO.matcher(next).find();
    }

    /** A mention without "I" followed by a general question about it. */
    private static boolean askedGenerallyNext(String sentence, String next) {
        return !ReadingCues.FIRST_PERSON.matcher(sentence).find() && ReadingCues.NEXT_SENTENCE_ASKS_GENERALLY.matcher(next).find();
    }

    private boolean isOrdinary(Mention mention) {
        return unless.map(ordinary -> ordinary.matcher(mention.context()).find()).orElse(false);
    }
}
