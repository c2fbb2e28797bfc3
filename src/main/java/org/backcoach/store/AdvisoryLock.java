package org.backcoach.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.backcoach.config.DatabaseSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL session advisory lock, held on a connection of its own (outside the pool, which would
 * recycle it): one instance of several does a job, such as polling Telegram. When the holding process
 * dies its session ends and PostgreSQL releases the lock, so another instance gets it at its next try.
 */
public final class AdvisoryLock implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AdvisoryLock.class);
    /** Keeps BackCoach's lock apart from other applications' advisory locks on the same database. */
    private static final long NAMESPACE = 0x4241_434B_0000_0000L; // "BACK"
    private static final int CONNECT_SECONDS = 3;

    private final DatabaseSettings settings;
    private Connection connection;
    private boolean held;

    private AdvisoryLock(DatabaseSettings settings) {
        this.settings = settings;
    }

    /** A lock on PostgreSQL; empty for SQLite, which is one instance's file and needs none. */
    public static java.util.Optional<AdvisoryLock> on(DatabaseSettings settings) {
        return settings.url().startsWith("jdbc:postgresql:")
                ? java.util.Optional.of(new AdvisoryLock(settings)) : java.util.Optional.empty();
    }

    /** True when this instance holds the lock {@code key} (now or already); never throws. */
    public synchronized boolean tryHold(long key) {
        try {
            if (held && connection.isValid(CONNECT_SECONDS)) {
                return true;
            }
            if (held) {
                log.warn("lost the advisory lock's database session; trying to take it again");
                held = false;
                closeQuietly();
            }
            if (connection == null) {
                DriverManager.setLoginTimeout(CONNECT_SECONDS);
                connection = DriverManager.getConnection(settings.url(), settings.user().orElse(null),
                        settings.password().orElse(null));
            }
            try (PreparedStatement s = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                s.setLong(1, NAMESPACE ^ key);
                try (ResultSet rs = s.executeQuery()) {
                    held = rs.next() && rs.getBoolean(1);
                }
            }
            return held;
        } catch (SQLException e) {
            log.warn("could not ask for the advisory lock: {}", e.getClass().getSimpleName());
            closeQuietly();
            return false;
        }
    }

    @Override
    public synchronized void close() {
        held = false;
        closeQuietly();
    }

    private void closeQuietly() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("closing the advisory lock's connection: {}", e.getClass().getSimpleName());
            }
            connection = null;
        }
    }
}
