package org.backcoach.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** Chats that answered 403 (the bot was blocked or removed), kept across restarts. */
public final class InactiveChats {
    private final Database db;

    public InactiveChats(Database db) {
        this.db = db;
    }

    public Set<Long> all() {
        return db.read("reading inactive chats", c -> {
            Set<Long> chats = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT chat_id FROM inactive_chats");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    chats.add(rs.getLong(1));
                }
            }
            return chats;
        });
    }

    public void add(long chatId, Instant since) {
        db.read("marking a chat inactive", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO inactive_chats (chat_id, since) VALUES (?, ?)"
                    + " ON CONFLICT (chat_id) DO NOTHING")) {
                s.setLong(1, chatId);
                s.setLong(2, since.toEpochMilli());
                return s.executeUpdate();
            }
        });
    }

    public void remove(long chatId) {
        db.read("marking a chat active", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM inactive_chats WHERE chat_id = ?")) {
                s.setLong(1, chatId);
                return s.executeUpdate();
            }
        });
    }
}
