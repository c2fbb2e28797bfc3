package org.backcoach.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EscalationTextsTest {

    @ParameterizedTest
    @EnumSource(EscalationLevel.class)
    void fullTextIsShortPlainAndEndsWithTheDisclaimer(EscalationLevel level) {
        String text = EscalationTexts.full(level);
        assertThat(text).isNotBlank().hasSizeLessThan(700);
        assertThat(text).endsWith("BackCoach is not a substitute for a doctor.");
        assertThat(text).doesNotContain("{", "}", "%s", "TODO");
    }

    @ParameterizedTest
    @EnumSource(EscalationLevel.class)
    void reminderIsOneOrTwoSentencesAndShorterThanTheFullText(EscalationLevel level) {
        String reminder = EscalationTexts.reminder(level);
        assertThat(reminder).isNotBlank().hasSizeLessThan(EscalationTexts.full(level).length());
        assertThat(reminder.split("[.!?](\\s|$)")).hasSizeBetween(1, 2);
    }

    @ParameterizedTest
    @EnumSource(EscalationLevel.class)
    void fullTextTellsACarerItAppliesToThePersonTheyWriteAbout(EscalationLevel level) {
        assertThat(EscalationTexts.full(level)).contains("If you are writing about someone else, all of this applies to them.");
    }

    @Test
    void eachLevelHasItsOwnTexts() {
        List<String> full = Arrays.stream(EscalationLevel.values()).map(EscalationTexts::full).toList();
        List<String> reminders = Arrays.stream(EscalationLevel.values()).map(EscalationTexts::reminder).toList();
        assertThat(full).doesNotHaveDuplicates();
        assertThat(reminders).doesNotHaveDuplicates();
    }

    @Test
    void emergencyTellsTheUserToCallForHelpNowAndNotToWait() {
        String text = EscalationTexts.full(EscalationLevel.EMERGENCY);
        assertThat(text).contains("emergency care now", "911", "999", "112", "emergency department",
                "Do not exercise", "Do not wait");
        assertThat(EscalationTexts.reminder(EscalationLevel.EMERGENCY)).contains("emergency");
    }

    @Test
    void urgentSaysNoTrainingUntilADoctorHasCheckedAndWhenToGoToEmergency() {
        String text = EscalationTexts.full(EscalationLevel.URGENT);
        assertThat(text).contains("until a doctor has checked you", "today or in the next few days",
                "bladder or bowels", "emergency care");
        assertThat(EscalationTexts.reminder(EscalationLevel.URGENT)).contains("doctor");
    }

    @Test
    void stopSaysStopNowAndThatSharpPainIsNotNormal() {
        String text = EscalationTexts.full(EscalationLevel.STOP);
        assertThat(text).contains("stop the exercise now", "sharp or sudden pain", "is not", "Rest",
                "numbness, weakness", "bladder or bowel", "get medical help");
        assertThat(EscalationTexts.reminder(EscalationLevel.STOP)).contains("stop");
    }
}
