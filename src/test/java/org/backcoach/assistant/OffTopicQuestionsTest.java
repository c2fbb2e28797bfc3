package org.backcoach.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The off-topic families must never take a question the article answers: every in-scope question of
 * the development sets (the held-out sets stay unread) is checked against them.
 */
class OffTopicQuestionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noInScopeQuestionOfTheDevelopmentSetsFallsIntoAnOffTopicFamily() throws IOException {
        List<String> caught = new ArrayList<>();
        int questions = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("questions.jsonl"))
                    .filter(f -> !f.toString().contains("heldout")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String question = JSON.readTree(line).get("q").asText();
                    questions++;
                    OffTopicQuestions.kindOf(question).ifPresent(kind -> caught.add(kind + ": " + question));
                }
            }
        }
        assertThat(questions).isGreaterThan(3000);
        assertThat(caught).isEmpty();
    }
}
