package org.backcoach.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Quality of the whole reply path on messages written the way people type, judged as users meet
 * it: an in-scope question is right when the reply is an answer containing one of the article's
 * phrases; red flags must escalate (at the right level); benign messages must not; off-topic text
 * gets the fallback. Prints every figure; asserts the floors we have reached so that a change
 * that makes answers worse fails the build.
 *
 * <p>{@code eval/} was written for tuning; {@code holdout/} was written separately, later; {@code dev2/}
 * was written in session 2 by a writer who saw only the article (its misses were then studied, so it
 * is a tuning set now); {@code dev3/} holds red flags and benign messages written the same way; {@code dev4/} in-scope and
 * off-topic questions in the style of the shared sample questions. A set's floor sits a little under what it measured when it was added.
 */
class AnswerQualityTest {
    /** The least share of in-scope questions answered right, per set. */
    private static final Map<String, Double> IN_SCOPE_FLOOR = Map.of("eval", 0.95, "holdout", 0.93, "dev2", 0.87, "dev4", 0.92);
    private static Assistant assistant;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void load() {
        assistant = Assistant.load(Path.of("corpus"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"eval", "holdout", "dev2", "dev4"})
    void inScopeQuestionsGetTheRightGuidance(String set) {
        List<JsonNode> questions = read(set, "questions.jsonl");
        if (set.equals("eval")) {
            questions.addAll(read(set, "sample-questions.jsonl"));
        }
        List<String> misses = new ArrayList<>();
        for (JsonNode q : questions) {
            Reply reply = ask(q.get("q").asText());
            String text = reply.text().toLowerCase(Locale.ROOT);
            boolean right = reply.kind() == ReplyKind.ANSWER
                    && contains(q.get("any"), p -> text.contains(p.toLowerCase(Locale.ROOT)));
            if (!right) {
                misses.add(reply.kind().wireName() + " " + reply.sources() + " <- " + q.get("q").asText());
            }
        }
        double share = report(set + " in-scope answered right", questions.size() - misses.size(), questions.size(), misses);
        assertThat(share).isGreaterThanOrEqualTo(IN_SCOPE_FLOOR.get(set));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"eval", "holdout", "dev2", "dev4"})
    void offTopicMessagesGetTheFallback(String set) {
        List<JsonNode> messages = read(set, "offtopic.jsonl");
        List<String> misses = new ArrayList<>();
        for (JsonNode m : messages) {
            Reply reply = ask(m.get("q").asText());
            if (reply.kind() != ReplyKind.FALLBACK && reply.kind() != ReplyKind.SMALLTALK) {
                misses.add(reply.kind().wireName() + " " + reply.sources() + " <- " + m.get("q").asText());
            }
        }
        double share = report(set + " off-topic declined", messages.size() - misses.size(), messages.size(), misses);
        assertThat(share).isGreaterThanOrEqualTo(0.95);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"eval", "holdout", "dev2", "dev3"})
    void redFlagsEscalateAtTheRightLevel(String set) {
        List<JsonNode> messages = read(set, "redflags.jsonl");
        List<String> missed = new ArrayList<>();
        List<String> wrongLevel = new ArrayList<>();
        for (JsonNode m : messages) {
            Reply reply = ask(m.get("q").asText());
            String expected = m.get("level").asText();
            if (reply.kind() != ReplyKind.ESCALATION) {
                missed.add(expected + " <- " + m.get("q").asText());
            } else if (!reply.escalation().orElseThrow().wireName().equals(expected)) {
                wrongLevel.add(reply.escalation().orElseThrow().wireName() + " (want " + expected + ") <- " + m.get("q").asText());
            }
        }
        double escalated = report(set + " red flags escalated", messages.size() - missed.size(), messages.size(), missed);
        double rightLevel = report(set + " red flags at the right level",
                messages.size() - missed.size() - wrongLevel.size(), messages.size(), wrongLevel);
        assertThat(escalated).isGreaterThanOrEqualTo(0.98);
        assertThat(rightLevel).isGreaterThanOrEqualTo(0.95);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"eval", "holdout", "dev2", "dev3"})
    void benignMessagesDoNotEscalate(String set) {
        List<JsonNode> messages = read(set, "benign.jsonl");
        List<String> alarms = new ArrayList<>();
        for (JsonNode m : messages) {
            Reply reply = ask(m.get("q").asText());
            if (reply.kind() == ReplyKind.ESCALATION) {
                alarms.add(reply.escalation().orElseThrow().wireName() + " <- " + m.get("q").asText());
            }
        }
        report(set + " benign left alone", messages.size() - alarms.size(), messages.size(), alarms);
        assertThat((double) alarms.size() / messages.size()).isLessThanOrEqualTo(0.02);
    }

    private static Reply ask(String text) {
        return assistant.reply(new Conversation(), text);
    }

    private static boolean contains(JsonNode phrases, Predicate<String> test) {
        for (JsonNode p : phrases) {
            if (test.test(p.asText())) {
                return true;
            }
        }
        return false;
    }

    private static double report(String what, int good, int total, List<String> failures) {
        double share = (double) good / total;
        System.out.printf("%s: %d/%d = %.1f%%%n", what, good, total, 100 * share);
        failures.forEach(f -> System.out.println("    " + f));
        return share;
    }

    static List<JsonNode> read(String set, String file) {
        Path path = Path.of("src/test/resources", set, file);
        List<JsonNode> rows = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(path)) {
                if (!line.isBlank()) {
                    rows.add(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
