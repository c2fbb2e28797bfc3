package org.backcoach.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Subscriptions and their deliveries. Every change that follows a send names the due instant and
 * tip position it was claimed with, so a row changed in between (re-subscribed, forgotten, already
 * delivered by someone else) is left alone.
 */
public final class SubscriptionStore {
    private static final String COLUMNS = "chat_id, local_time, zone_id, active, next_due_at, tip_position";

    private final Database db;

    public SubscriptionStore(Database db) {
        this.db = db;
    }

    public Optional<Subscription> find(long chatId) {
        return db.read("reading a subscription", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM subscriptions WHERE chat_id = ?")) {
                s.setLong(1, chatId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(subscription(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Creates or replaces the chat's subscription (time, zone, active, next due), keeping its tip position. */
    public void save(Subscription subscription, Instant now) {
        db.transaction("saving a subscription", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO subscriptions (" + COLUMNS
                    + ", claimed_until, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)"
                    + " ON CONFLICT (chat_id) DO UPDATE SET local_time = excluded.local_time, zone_id = excluded.zone_id,"
                    + " active = excluded.active, next_due_at = excluded.next_due_at, claimed_by = NULL, claimed_until = NULL,"
                    + " updated_at = excluded.updated_at")) {
                s.setLong(1, subscription.chatId());
                s.setString(2, subscription.time().toString());
                s.setString(3, subscription.zone().getId());
                s.setBoolean(4, subscription.active());
                s.setLong(5, subscription.nextDue().toEpochMilli());
                s.setLong(6, subscription.tipPosition());
                s.setLong(7, now.toEpochMilli());
                s.setLong(8, now.toEpochMilli());
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Stops the chat's tips (unsubscribe, 403); returns whether an active subscription was stopped. */
    public boolean deactivate(long chatId, Instant now) {
        return db.read("stopping a subscription", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE subscriptions SET active = ?, claimed_by = NULL, claimed_until = NULL,"
                    + " updated_at = ? WHERE chat_id = ? AND active = ?")) {
                s.setBoolean(1, false);
                s.setLong(2, now.toEpochMilli());
                s.setLong(3, chatId);
                s.setBoolean(4, true);
                return s.executeUpdate() == 1;
            }
        });
    }

    /**
     * Claims up to {@code limit} active subscriptions due at {@code now} that nobody holds (or whose claim
     * ran out: its owner is presumed dead) for {@code claim}, and returns them, earliest due first.
     *
     * <p>Atomic across instances: on PostgreSQL the candidate rows are locked with {@code FOR UPDATE SKIP
     * LOCKED}, so concurrent claimers take disjoint rows without waiting for each other, and a row another
     * claim took meanwhile fails the re-check of the WHERE clause; on SQLite the IMMEDIATE transaction
     * holds the write lock from its start.
     */
    public List<Subscription> claimDue(Claim claim, Instant now, int limit) {
        return db.transaction("claiming due subscriptions", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE subscriptions SET claimed_by = ?, claimed_until = ?"
                    + " WHERE chat_id IN (SELECT chat_id FROM subscriptions WHERE active = ? AND next_due_at <= ?"
                    + " AND (claimed_until IS NULL OR claimed_until <= ?) ORDER BY next_due_at LIMIT ?"
                    + db.dialect().skipLocked() + ")")) {
                s.setString(1, claim.owner().value());
                s.setLong(2, claim.until().toEpochMilli());
                s.setBoolean(3, true);
                s.setLong(4, now.toEpochMilli());
                s.setLong(5, now.toEpochMilli());
                s.setInt(6, limit);
                s.executeUpdate();
            }
            List<Subscription> claimed = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM subscriptions WHERE claimed_by = ? AND claimed_until = ? ORDER BY next_due_at")) {
                s.setString(1, claim.owner().value());
                s.setLong(2, claim.until().toEpochMilli());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        claimed.add(subscription(rs));
                    }
                }
            }
            return claimed;
        });
    }

    /**
     * Gives a claimed subscription back unchanged (the send failed): it is due again at the next run.
     * Only while the claim is still this one: a claim that ran out may have been taken over meanwhile.
     */
    public void release(long chatId, Claim claim) {
        db.read("releasing a claim", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE subscriptions SET claimed_by = NULL, claimed_until = NULL"
                    + " WHERE chat_id = ? AND claimed_by = ? AND claimed_until = ?")) {
                s.setLong(1, chatId);
                s.setString(2, claim.owner().value());
                s.setLong(3, claim.until().toEpochMilli());
                return s.executeUpdate();
            }
        });
    }

    /** How many subscriptions are active (for /stats). */
    public int countActive() {
        return db.read("counting subscribers", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM subscriptions WHERE active = ?")) {
                s.setBoolean(1, true);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /**
     * Records a tip Telegram accepted and moves the subscription on, in one transaction: next due
     * {@code nextDue}, next tip position. Returns false (and records nothing) when the subscription is
     * no longer the one that was claimed.
     */
    public boolean delivered(Subscription claimed, Delivery delivery, Instant nextDue) {
        return db.transaction("recording a delivery", c -> {
            if (!advance(c, claimed, nextDue, claimed.tipPosition() + 1, delivery.sentAt())) {
                return false;
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO deliveries (chat_id, due_at, section_id,"
                    + " tip_position, sent_at, message_id) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, delivery.chatId());
                s.setLong(2, delivery.dueAt().toEpochMilli());
                s.setString(3, delivery.sectionId());
                s.setLong(4, delivery.tipPosition());
                s.setLong(5, delivery.sentAt().toEpochMilli());
                s.setLong(6, delivery.messageId());
                s.executeUpdate();
            }
            return true;
        });
    }

    /** Moves a claimed subscription to {@code nextDue} without a tip (missed beyond the grace period). */
    public boolean skipped(Subscription claimed, Instant nextDue, Instant now) {
        return db.transaction("skipping a missed tip", c -> advance(c, claimed, nextDue, claimed.tipPosition(), now));
    }

    public List<Delivery> deliveries(long chatId) {
        return db.read("reading deliveries", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT chat_id, due_at, section_id, tip_position, sent_at,"
                    + " message_id FROM deliveries WHERE chat_id = ? ORDER BY due_at")) {
                s.setLong(1, chatId);
                List<Delivery> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Delivery(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                                rs.getLong(4), Instant.ofEpochMilli(rs.getLong(5)), rs.getLong(6)));
                    }
                }
                return out;
            }
        });
    }

    /** Deletes the chat's subscription, deliveries and feedback in one transaction. */
    public Forgotten forget(long chatId) {
        return db.transaction("forgetting a chat", c -> {
            int subscription = delete(c, "subscriptions", chatId);
            int deliveries = delete(c, "deliveries", chatId);
            int feedback = delete(c, "feedback", chatId);
            delete(c, "inactive_chats", chatId);
            return new Forgotten(subscription > 0, deliveries, feedback);
        });
    }

    private static boolean advance(Connection c, Subscription claimed, Instant nextDue, long position, Instant now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE subscriptions SET next_due_at = ?, tip_position = ?,"
                + " claimed_by = NULL, claimed_until = NULL, updated_at = ? WHERE chat_id = ? AND next_due_at = ? AND tip_position = ?"
                + " AND active = ?")) {
            s.setLong(1, nextDue.toEpochMilli());
            s.setLong(2, position);
            s.setLong(3, now.toEpochMilli());
            s.setLong(4, claimed.chatId());
            s.setLong(5, claimed.nextDue().toEpochMilli());
            s.setLong(6, claimed.tipPosition());
            s.setBoolean(7, true);
            return s.executeUpdate() == 1;
        }
    }

    private static int delete(Connection c, String table, long chatId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE chat_id = ?")) {
            s.setLong(1, chatId);
            return s.executeUpdate();
        }
    }

    private static Subscription subscription(ResultSet rs) throws SQLException {
        return new Subscription(rs.getLong(1), LocalTime.parse(rs.getString(2)), ZoneId.of(rs.getString(3)),
                rs.getBoolean(4), Instant.ofEpochMilli(rs.getLong(5)), rs.getLong(6));
    }
}
