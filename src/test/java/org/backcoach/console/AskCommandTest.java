package org.backcoach.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.backcoach.assistant.Assistant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AskCommandTest {
    static AskCommand ask;

    @BeforeAll
    static void load() {
        ask = new AskCommand(Assistant.load(Path.of("corpus")));
    }

    @Test
    void jsonLinesGiveOneObjectPerInputLineWithTheAgreedFields() throws Exception {
        String input = "how often should i train?\nbest pizza in town\n\nhello\n/help\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ask.printJsonLines(new BufferedReader(new StringReader(input)), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(5);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode answer = mapper.readTree(lines.get(0));
        assertThat(answer.fieldNames()).toIterable()
                .containsExactly("question", "kind", "escalation", "reply", "sources");
        assertThat(answer.get("question").asText()).isEqualTo("how often should i train?");
        assertThat(answer.get("kind").asText()).isEqualTo("answer");
        assertThat(answer.get("escalation").isNull()).isTrue();
        assertThat(answer.get("reply").asText()).contains("2 or 3 times a week");
        assertThat(answer.get("sources").get(0).asText()).isEqualTo("how-often-and-how-long");
        assertThat(mapper.readTree(lines.get(1)).get("kind").asText()).isEqualTo("fallback");
        assertThat(mapper.readTree(lines.get(2)).get("kind").asText()).isEqualTo("fallback");
        assertThat(mapper.readTree(lines.get(3)).get("kind").asText()).isEqualTo("smalltalk");
        assertThat(mapper.readTree(lines.get(4)).get("kind").asText()).isEqualTo("command");
    }

    @Test
    void everyLineIsItsOwnConversation() throws Exception {
        String input = "i can't feel my bum on the toilet seat\nit's fine, you misunderstood\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ask.printJsonLines(new BufferedReader(new StringReader(input)), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(lines.get(0)).get("escalation").asText()).isEqualTo("emergency");
        assertThat(mapper.readTree(lines.get(1)).get("kind").asText()).isNotEqualTo("escalation");
    }
}
