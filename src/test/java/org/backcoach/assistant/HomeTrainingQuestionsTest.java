package org.backcoach.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Training without a gym, asked with nothing else specific, gets the home guidance; anything specific still goes to search. */
class HomeTrainingQuestionsTest {
    private static Assistant assistant;

    @BeforeAll
    static void load() {
        assistant = Assistant.load(Path.of("corpus"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "can i do it at home tho?|training-at-home",
        "my mum refuses to go to a gym, is there a way she can do this in the living room?|training-at-home",
        "what can i use if i dont own any equipment?|training-at-home",
        "how often should i train at home?|how-often-and-how-long",
        "how do i stretch my hamstrings at home?|towel-stretch-at-home",
        "should i ice my back at home after a workout?|ice-after-workout"})
    void answersWithTheGuidanceTheQuestionIsAbout(String question, String section) {
        assertThat(assistant.reply(new Conversation(), question).sources()).first().isEqualTo(section);
    }
}
