package org.backcoach.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The safety net on its own (the triage asks it only when no rule fired, so most messages never
 * reach it): each clinical word family fires when reported, and stays quiet when negated, fine,
 * figurative or about the ordinary tiredness of training.
 */
class SafetyNetTest {

    private static Optional<String> net(String message) {
        List<String> sentences = TextNormalizer.sentences(message);
        boolean claimed = sentences.stream().anyMatch(s -> ReadingCues.SELF_REFERENCE.matcher(s).find());
        return SafetyNet.RULES.stream().filter(rule -> rule.firesOn(sentences, claimed)).findFirst()
                .map(rule -> rule.level().name().toLowerCase() + " " + rule.name());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "my bladder is acting strangely since my back went            | emergency net-bladder-bowel",
            "numb when i wipe after the loo, and my lower back hurts      | emergency net-numbness",
            "odd tingly feeling in my groin today with the back pain      | emergency net-numbness",
            "chest pressure and my back aches today                       | emergency net-chest-breath",
            "my scooter accident was on tuesday and my back is sore        | emergency net-major-trauma",
            "shivery and achy all over, lower back the worst              | urgent net-fever",
            "finished chemo in spring, can i start lifting                 | urgent net-cancer",
            "doc found a fracture on my scan                               | urgent net-bone",
            "had decompression surgery on my lumbar spine 5 weeks ago      | urgent net-spinal-surgery",
            "on biologics for crohns and my back hurts                     | urgent net-immune-drugs",
            "dropped 8kg this month and my back aches, no idea why         | urgent net-weight-loss"})
    void aReportedRedFlagWordEscalates(String message, String expected) {
        assertThat(net(message)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my bladder is fine, just a stiff back",
            "no numbness or tingling anywhere, just sore",
            "my legs went numb after sitting on the floor too long",
            "felt like i fell off a roof after leg day lol",
            "temperature is normal, back is just stiff",
            "i had a cancer scare but it was benign",
            "i have osteoporosis, what exercises are safe",
            "my surgeon signed me off years after my back surgery",
            "lost 5kg on my diet and my back feels better",
            "chest day tomorrow, back is a bit sore from deadlifts"})
    void ordinaryMessagesStayQuiet(String message) {
        assertThat(net(message)).isEmpty();
    }
}
