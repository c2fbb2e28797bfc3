package org.backcoach.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Judges the whole reply path on an evaluation folder the way users meet it: an in-scope question
 * ({@code questions.jsonl}: q, any) is right when the reply is an answer containing one of the
 * article's phrases; off-topic text ({@code offtopic.jsonl}) gets the fallback or small talk; red
 * flags ({@code redflags.jsonl}: q, level) escalate, at the right level; benign messages
 * ({@code benign.jsonl}) do not. Each message is a new conversation, as with {@code ask --json}.
 */
final class SetJudge {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How many of {@code total} came out right, and a line per one that did not. */
    record Outcome(String what, int good, int total, List<String> failures) {
        double share() {
            return total == 0 ? Double.NaN : (double) good / total;
        }

        String line() {
            return String.format(Locale.ROOT, "%s: %d/%d = %.1f%%", what, good, total, 100 * share());
        }
    }

    private final Assistant assistant;

    SetJudge(Assistant assistant) {
        this.assistant = assistant;
    }

    Outcome inScope(String set, List<JsonNode> questions) {
        List<String> misses = new ArrayList<>();
        for (JsonNode q : questions) {
            Reply reply = ask(q.get("q").asText());
            String text = reply.text().toLowerCase(Locale.ROOT);
            boolean right = reply.kind() == ReplyKind.ANSWER && containsAny(text, q.get("any"));
            if (!right) {
                misses.add(reply.kind().wireName() + " " + reply.sources() + " <- " + q.get("q").asText());
            }
        }
        return new Outcome(set + " in-scope answered right", questions.size() - misses.size(), questions.size(), misses);
    }

    Outcome offTopic(String set, List<JsonNode> messages) {
        List<String> misses = new ArrayList<>();
        for (JsonNode m : messages) {
            Reply reply = ask(m.get("q").asText());
            if (reply.kind() != ReplyKind.FALLBACK && reply.kind() != ReplyKind.SMALLTALK) {
                misses.add(reply.kind().wireName() + " " + reply.sources() + " <- " + m.get("q").asText());
            }
        }
        return new Outcome(set + " off-topic declined", messages.size() - misses.size(), messages.size(), misses);
    }

    /** Two outcomes: escalated at all, and escalated at the expected level. */
    List<Outcome> redFlags(String set, List<JsonNode> messages) {
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
        int total = messages.size();
        return List.of(
                new Outcome(set + " red flags escalated", total - missed.size(), total, missed),
                new Outcome(set + " red flags at the right level", total - missed.size() - wrongLevel.size(), total, wrongLevel));
    }

    /** Counts the benign messages left alone; the failures are the false alarms. */
    Outcome benign(String set, List<JsonNode> messages) {
        List<String> alarms = new ArrayList<>();
        for (JsonNode m : messages) {
            Reply reply = ask(m.get("q").asText());
            if (reply.kind() == ReplyKind.ESCALATION) {
                alarms.add(reply.escalation().orElseThrow().wireName() + " <- " + m.get("q").asText());
            }
        }
        return new Outcome(set + " benign left alone", messages.size() - alarms.size(), messages.size(), alarms);
    }

    private Reply ask(String text) {
        return assistant.reply(new Conversation(), text);
    }

    private static boolean containsAny(String text, JsonNode phrases) {
        for (JsonNode p : phrases) {
            if (text.contains(p.asText().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The rows of a JSON Lines file; none when the folder has no such file. */
    static List<JsonNode> read(Path file) {
        List<JsonNode> rows = new ArrayList<>();
        if (!Files.exists(file)) {
            return rows;
        }
        try {
            for (String line : Files.readAllLines(file)) {
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
