package org.backcoach.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PushbackTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "you misunderstood",
            "You misunderstood me, I'm fine",
            "that's not what I meant",
            "thats not what i meant",
            "it's fine",
            "its fine really",
            "im ok really",
            "I'm okay honestly",
            "stop overreacting",
            "you're overreacting",
            "no its not that serious",
            "it's not a big deal",
            "just answer the question",
            "ok but can i still lift?",
            "but can I still train today?",
            "nah i'm good",
            "whatever",
            "calm down, it's nothing",
            "I've already seen my doctor",
            "my physio said it's fine to train",
            "I was joking",
            "I don't need a doctor",
            "all good, how many sets should I do then?",
            "I know, I know",
            "I meant the soreness from last week"})
    void recognisesPushback(String message) {
        assertThat(Pushback.isPushback(message)).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "how often should i train?",
            "what exercises help my core?",
            "what's wrong with my deadlift form?",
            "how long should a session be",
            "thanks",
            "what about resistance bands?",
            "can I use ice after a workout?",
            "",
            "\ud83d\ude00"})
    void aNewQuestionIsNotPushback(String message) {
        assertThat(Pushback.isPushback(message)).as(message).isFalse();
    }
}
