package org.backcoach.store;

/**
 * Who may poll Telegram. Telegram answers a second poller on the same token with 409 Conflict, so of
 * the instances sharing a PostgreSQL database only the one holding this lock polls. On SQLite (one
 * instance) the lock is always held.
 */
public interface PollerLock extends AutoCloseable {

    /**
     * True while this instance holds the lock: takes it when it is free, and when already held checks
     * that it still is (the session that holds it is alive). Never throws; a database error reads as false.
     */
    boolean hold();

    /** Gives the lock up (if held) and closes its connection. */
    @Override
    void close();

    /** A lock nobody else competes for: one instance on SQLite, or a door without a database. */
    static PollerLock always() {
        return new PollerLock() {
            @Override
            public boolean hold() {
                return true;
            }

            @Override
            public void close() {
            }
        };
    }
}
