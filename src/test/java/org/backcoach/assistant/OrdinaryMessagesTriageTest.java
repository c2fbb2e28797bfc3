package org.backcoach.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.backcoach.safety.ProductTriage;
import org.backcoach.safety.Triage;
import org.junit.jupiter.api.Test;

/**
 * Every development question and off-topic message through the triage as users meet it (rules and second reader).
 * A user who asks an ordinary question and gets "stop exercising now" or "see a doctor" instead of the guidance
 * loses the answer; retraining the second reader on new labelled messages can quietly start doing that, and the
 * per-set floors of {@link AnswerQualityTest} only notice when a set drops several points. This pins the count.
 * Lower the ceiling when a change escalates fewer; a higher count means reading what newly escalates (printed).
 */
class OrdinaryMessagesTriageTest {
    /**
     * Escalated of about 27,800 at the end of session 21 (18 of 26,400 at the end of sessions 19 and 20, 20 at the end of
     * session 18): mostly a sharp pain or a surgery asked about in passing. Session 21's dev237 brought one the second
     * reader already escalated at first sight (knots "between the shoulder blades", where chest pain can be felt);
     * own-wording counter-examples in the table did not move it. 18 of about 28,100 at the end of session 22: its dev241
     * brought a flare-up ("my usual back pain came back this week worse than normal") that own-wording lines in the
     * table now keep ordinary, and a familiar "my back has gone again, one of my bad spells" is no longer read as a pop.
     * 23 of about 28,600 in session 23 at first: its dev245-248 (320 questions and off-topic messages, unseen) brought four the
     * triage escalated at first sight (a back "getting more and more cranky" with heavy lifting, read as worsening pain;
     * the second reader on a shoulder that hurts at night, "my back pain is new, only since last week" and "if one day i
     * feel sudden sharp pain ... asking before i start"), and retraining on their labelled messages flipped the dev241
     * flare-up back; a "chest and back superset" it newly read as chest pain is kept ordinary by table lines. 21 since
     * the second reader no longer adds a stop to a what-if from someone who says they are only asking.
     */
    private static final int MOST_ESCALATED = 21;

    @Test
    void developmentQuestionsAndOffTopicMessagesAlmostNeverEscalate() throws IOException {
        Triage triage = ProductTriage.load();
        List<JsonNode> messages = new ArrayList<>(DevelopmentQuestions.all());
        messages.addAll(DevelopmentQuestions.offTopic());
        List<String> escalated = new ArrayList<>();
        for (JsonNode m : messages) {
            String text = m.get("q").asText();
            triage.assess(text).ifPresent(e -> escalated.add(e.level().wireName() + " " + e.rule() + " <- " + text));
        }
        System.out.printf("ordinary development messages escalated: %d of %d%n", escalated.size(), messages.size());
        escalated.forEach(line -> System.out.println("    " + line));
        assertThat(escalated.size()).as("ordinary questions newly escalated; see the list above").isLessThanOrEqualTo(MOST_ESCALATED);
    }
}
