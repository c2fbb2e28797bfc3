package org.backcoach.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One row per message the bot answered from the core: when, the kind of reply and the escalation level.
 * Never the text, never the chat: /stats needs counts only.
 */
public final class QuestionLog {

    /** How many replies of each kind, and escalations by level, since some instant. */
    public record Counts(Map<String, Integer> byKind, Map<String, Integer> byEscalation) {
        public Counts {
            byKind = Map.copyOf(byKind);
            byEscalation = Map.copyOf(byEscalation);
        }

        public int kind(String kind) {
            return byKind.getOrDefault(kind, 0);
        }

        public int escalation(String level) {
            return byEscalation.getOrDefault(level, 0);
        }
    }

    private final Database db;

    public QuestionLog(Database db) {
        this.db = db;
    }

    /** @param kind a reply kind's wire name ({@code answer}, {@code fallback}, ...); {@code escalation} its level's */
    public void record(String kind, Optional<String> escalation, Instant at) {
        db.read("logging a question", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO question_log (asked_at, kind, escalation) VALUES (?, ?, ?)")) {
                s.setLong(1, at.toEpochMilli());
                s.setString(2, kind);
                s.setString(3, escalation.orElse(null));
                return s.executeUpdate();
            }
        });
    }

    public Counts since(Instant since) {
        return db.read("counting questions", c -> {
            Map<String, Integer> byKind = new HashMap<>();
            Map<String, Integer> byEscalation = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT kind, escalation, COUNT(*) FROM question_log"
                    + " WHERE asked_at >= ? GROUP BY kind, escalation")) {
                s.setLong(1, since.toEpochMilli());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        int n = rs.getInt(3);
                        byKind.merge(rs.getString(1), n, Integer::sum);
                        if (rs.getString(2) != null) {
                            byEscalation.merge(rs.getString(2), n, Integer::sum);
                        }
                    }
                }
            }
            return new Counts(byKind, byEscalation);
        });
    }

    /** Deletes the rows logged before {@code before}; returns how many. */
    public int prune(Instant before) {
        return db.read("pruning the question log", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM question_log WHERE asked_at < ?")) {
                s.setLong(1, before.toEpochMilli());
                return s.executeUpdate();
            }
        });
    }
}
