package org.backcoach.store;

import java.sql.PreparedStatement;
import java.time.Instant;

/**
 * Telegram update ids already taken on. Long polling keeps its offset in memory, so after a restart
 * Telegram hands out the last unconfirmed updates again; this is how the bot knows it answered them.
 */
public final class HandledUpdates {
    private final Database db;

    public HandledUpdates(Database db) {
        this.db = db;
    }

    /** Records {@code updateId}; false when it was recorded before (then the caller skips the update). */
    public boolean firstTime(long updateId, Instant now) {
        return db.read("recording an update id", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO handled_updates (update_id, handled_at) VALUES (?, ?)"
                    + " ON CONFLICT (update_id) DO NOTHING")) {
                s.setLong(1, updateId);
                s.setLong(2, now.toEpochMilli());
                return s.executeUpdate() == 1;
            }
        });
    }

    /** Deletes the ids recorded before {@code before}; returns how many. */
    public int prune(Instant before) {
        return db.read("pruning update ids", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM handled_updates WHERE handled_at < ?")) {
                s.setLong(1, before.toEpochMilli());
                return s.executeUpdate();
            }
        });
    }
}
