package org.backcoach.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.backcoach.config.DatabaseSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL session advisory lock on a connection of its own, outside the pool: the lock lives
 * exactly as long as that session, so when the holder dies (process killed, machine gone) PostgreSQL
 * ends the session and the lock is free for the next instance that asks.
 */
final class AdvisoryLock implements PollerLock {
    private static final Logger log = LoggerFactory.getLogger(AdvisoryLock.class);
    private static final int CHECK_SECONDS = 2;

    private final DatabaseSettings settings;
    private final String name;
    private final InstanceId instance;
    private Connection connection;
    private long key;
    private boolean held;

    AdvisoryLock(DatabaseSettings settings, String name, InstanceId instance) {
        this.settings = settings;
        this.name = name;
        this.instance = instance;
    }

    @Override
    public synchronized boolean hold() {
        try {
            if (connection != null && !connection.isValid(CHECK_SECONDS)) {
                if (held) {
                    log.warn("the polling lock's database session was lost; not polling until it is taken again");
                }
                disconnect();
                return false; // stand down now; the next try reconnects
            }
            if (held) {
                return true;
            }
            if (connection == null) {
                connection = connect();
            }
            key = key(connection);
            try (PreparedStatement s = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                s.setLong(1, key);
                try (ResultSet rs = s.executeQuery()) {
                    held = rs.next() && rs.getBoolean(1);
                }
            }
            return held;
        } catch (SQLException e) {
            log.warn("could not take the polling lock: {}", e.getMessage());
            disconnect();
            return false;
        }
    }

    @Override
    public synchronized void close() {
        if (held) {
            release();
        }
        disconnect();
    }

    /**
     * Unlocks before disconnecting: the server ends a closed session a moment after the client has
     * gone, so only an explicit unlock frees the lock by the time close() returns.
     */
    private void release() {
        try (PreparedStatement s = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            s.setLong(1, key);
            s.execute();
        } catch (SQLException e) {
            log.debug("unlocking the polling lock: {}", e.getMessage()); // ending the session frees it anyway
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        settings.user().ifPresent(user -> properties.setProperty("user", user));
        settings.password().ifPresent(password -> properties.setProperty("password", password));
        properties.setProperty("ApplicationName", "backcoach poller " + instance.value());
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("tcpKeepAlive", "true");
        Connection c = DriverManager.getConnection(settings.url(), properties);
        try (Statement s = c.createStatement()) {
            // So that PostgreSQL notices within about 25 s a holder whose machine vanished (no FIN), and frees the lock.
            s.execute("SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5; SET tcp_keepalives_count = 3");
        } catch (SQLException e) {
            log.debug("keepalive settings not taken: {}", e.getMessage());
        }
        return c;
    }

    /**
     * One lock per bot and schema: advisory locks are per database, and instances of different
     * deployments (or test runs) in other schemas of it must not stand by for each other.
     */
    private long key(Connection c) throws SQLException {
        String schema;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_schema()")) {
            schema = rs.next() ? rs.getString(1) : "";
        }
        return UUID.nameUUIDFromBytes(("backcoach/" + name + "/" + schema).getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits();
    }

    private void disconnect() {
        held = false;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("closing the polling lock's connection: {}", e.getMessage());
            }
            connection = null;
        }
    }
}
