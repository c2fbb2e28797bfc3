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
        return read("questions.jsonl");
    }

    /** Each off-topic message as written: {@code q}. */
    static List<JsonNode> offTopic() throws IOException {
        return read("offtopic.jsonl");
    }

    /** The development sets' folders, in order: each set is one writer's work (not the held-out sets, nor sets written but not yet folded in). */
    static List<Path> folders() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            return files.filter(f -> f.getFileName().toString().equals("questions.jsonl"))
                    .filter(f -> !f.toString().contains("heldout") && !f.toString().contains("unfolded")).map(Path::getParent).sorted().toList();
        }
    }

    private static List<JsonNode> read(String fileName) throws IOException {
        List<JsonNode> messages = new ArrayList<>();
        for (Path folder : folders()) {
            Path file = folder.resolve(fileName);
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) {
                        messages.add(JSON.readTree(line));
                    }
                }
            }
        }
        return messages;
    }
}
