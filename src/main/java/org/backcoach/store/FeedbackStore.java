package org.backcoach.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/** 👍/👎 on the sections the bot answered with: the latest vote of each chat on each section. */
public final class FeedbackStore {
    private final Database db;

    public FeedbackStore(Database db) {
        this.db = db;
    }

    public void record(long chatId, String sectionId, boolean helpful, Instant at) {
        db.read("recording feedback", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO feedback (chat_id, section_id, helpful, given_at)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (chat_id, section_id)"
                    + " DO UPDATE SET helpful = excluded.helpful, given_at = excluded.given_at")) {
                s.setLong(1, chatId);
                s.setString(2, sectionId);
                s.setBoolean(3, helpful);
                s.setLong(4, at.toEpochMilli());
                return s.executeUpdate();
            }
        });
    }

    /** The chat's vote on the section, if any. */
    public Optional<Boolean> vote(long chatId, String sectionId) {
        return db.read("reading feedback", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT helpful FROM feedback WHERE chat_id = ? AND section_id = ?")) {
                s.setLong(1, chatId);
                s.setString(2, sectionId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBoolean(1)) : Optional.empty();
                }
            }
        });
    }
}
