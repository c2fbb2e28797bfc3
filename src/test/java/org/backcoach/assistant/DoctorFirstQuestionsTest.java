package org.backcoach.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backcoach.corpus.CorpusLoader;
import org.backcoach.corpus.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Should I see a doctor first?" goes straight to the guidance tagged {@code doctor-first}; the cue must
 * take no question that wants other guidance. Every in-scope question of the development sets (the
 * held-out sets stay unread) that the cue takes must be one the doctor-first guidance answers.
 */
class DoctorFirstQuestionsTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "should i check with my doctor before i start lifting?",
        "do I really need a doctor's OK to pick up a few dumbbells?",
        "who should I ask before I start any of this",
        "is it necessary to see a GP first? the waiting list is six weeks",
        "can I skip the doctor part, my pain is mild",
        "my GP appointment is in a month, should I wait for it before starting?",
        "is it dumb to start lifting without asking anyone?"})
    void asksWhetherToSeeSomeoneFirst(String question) {
        assertThat(DoctorFirstQuestions.asks(ChatWords.of(question))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "my doctor says lifting is fine, how often should I train?",
        "my physio told me to do core work, which muscles is that?",
        "what should I do before each session, warm up?",
        "the doctor checked me last week and said it is muscular, can I use bands at home?"})
    void leavesOtherQuestionsThatNameADoctorToTheSearch(String question) {
        assertThat(DoctorFirstQuestions.asks(ChatWords.of(question))).isFalse();
    }

    @Test
    void takesNoDevelopmentQuestionThatWantsOtherGuidance() throws IOException {
        Section doctorFirst = new CorpusLoader().load(Path.of("corpus")).tagged("doctor-first").get(0);
        String guidance = plain(doctorFirst.text());
        List<String> wrong = new ArrayList<>();
        int taken = 0;
        for (JsonNode question : DevelopmentQuestions.all()) {
            if (!DoctorFirstQuestions.asks(ChatWords.of(question.get("q").asText()))) {
                continue;
            }
            taken++;
            boolean answers = false;
            for (JsonNode phrase : question.get("any")) {
                answers |= guidance.contains(plain(phrase.asText()));
            }
            if (!answers) {
                wrong.add(question.get("q").asText());
            }
        }
        System.out.printf(Locale.ROOT, "doctor-first cue: %d development questions taken, %d wanting other guidance%n", taken, wrong.size());
        assertThat(taken).isGreaterThan(50);
        assertThat(wrong).isEmpty();
    }

    private static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
