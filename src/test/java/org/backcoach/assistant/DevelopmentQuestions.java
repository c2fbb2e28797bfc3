package org.backcoach.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Every in-scope question of the development sets in {@code src/test/resources}; the held-out sets stay unread. */
final class DevelopmentQuestions {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DevelopmentQuestions() {
    }

    /** Each question as written: {@code q}, {@code any} (the phrases a right answer contains) and {@code topic}. */
    static List<JsonNode> all() throws IOException {
        List<JsonNode> questions = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("questions.jsonl"))
                    .filter(f -> !f.toString().contains("heldout")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) {
                        questions.add(JSON.readTree(line));
                    }
                }
            }
        }
        return questions;
    }
}
