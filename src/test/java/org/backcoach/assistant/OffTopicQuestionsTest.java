package org.backcoach.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The off-topic families must never take a question the article answers: every in-scope question of
 * the development sets (the held-out sets stay unread) is checked against them.
 */
class OffTopicQuestionsTest {

    @Test
    void noInScopeQuestionOfTheDevelopmentSetsFallsIntoAnOffTopicFamily() throws IOException {
        List<JsonNode> questions = DevelopmentQuestions.all();
        List<String> caught = new ArrayList<>();
        for (JsonNode question : questions) {
            String text = question.get("q").asText();
            OffTopicQuestions.kindOf(text).ifPresent(kind -> caught.add(kind + ": " + text));
        }
        assertThat(questions).hasSizeGreaterThan(3000);
        assertThat(caught).isEmpty();
    }
}
