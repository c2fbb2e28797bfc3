package org.backcoach.safety;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One named red flag: the phrases that report it, when a report is dismissed, and what else the
 * message must say for it to count.
 *
 * @param name      short, stable name for logs and reviews, never user text
 * @param level     what the user should do when it fires
 * @param symptom   phrases that report the red flag (see {@link PhrasePattern})
 * @param recovery  which "it is over" statements dismiss it
 * @param unless    words near the mention that make it ordinary ("legs weak after leg day")
 * @param alsoNeeds something else the message must report too ("osteoporosis" needs a fall)
 */
record RedFlagRule(
        String name,
        EscalationLevel level,
        Pattern symptom,
        Recovery recovery,
        Optional<Pattern> unless,
        Optional<Pattern> alsoNeeds) {

    RedFlagRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(symptom, "symptom");
        Objects.requireNonNull(recovery, "recovery");
        Objects.requireNonNull(unless, "unless");
        Objects.requireNonNull(alsoNeeds, "alsoNeeds");
    }

    RedFlagRule unlessNear(Pattern ordinaryContext) {
        return new RedFlagRule(name, level, symptom, recovery, Optional.of(ordinaryContext), alsoNeeds);
    }

    RedFlagRule onlyWith(Pattern companion) {
        return new RedFlagRule(name, level, symptom, recovery, unless, Optional.of(companion));
    }

    boolean firesOn(List<String> sentences) {
        return reports(symptom, sentences, true)
                && alsoNeeds.map(companion -> reports(companion, sentences, false)).orElse(true);
    }

    private boolean reports(Pattern phrases, List<String> sentences, boolean applyUnless) {
        for (String sentence : sentences) {
            Matcher m = phrases.matcher(sentence);
            while (m.find()) {
                Mention mention = new Mention(sentence, m.start(), m.end());
                if (mention.isReport(level, recovery) && !(applyUnless && isOrdinary(mention))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isOrdinary(Mention mention) {
        return unless.map(ordinary -> ordinary.matcher(mention.context()).find()).orElse(false);
    }
}
