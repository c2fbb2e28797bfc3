package org.backcoach.store;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.backcoach.config.DatabaseSettings;

/**
 * A schema of its own on the PostgreSQL at 127.0.0.1:5432 (database {@code test}, user {@code postgres},
 * trust auth) for one test. Skipped, saying why, when no server is reachable there; a failure instead
 * when CI=true or -Dbackcoach.postgres.required=true, since CI's machine has one.
 */
public final class TestPostgres implements AutoCloseable {
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String USER = "postgres";

    private final String schema = "backcoach_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private TestPostgres() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER, USER, ""); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
    }

    /** A fresh schema, or the test is skipped (or fails on CI) when PostgreSQL is not there. */
    public static TestPostgres schema() throws SQLException {
        String why = "PostgreSQL is not reachable at " + SERVER + " as " + USER;
        if (required()) {
            assertTrue(reachable(), why + " (required: CI=true or -Dbackcoach.postgres.required=true)");
        }
        assumeTrue(reachable(), why + ": PostgreSQL tests skipped");
        return new TestPostgres();
    }

    /** Settings for one more connection pool on this schema, as another instance would open. */
    public DatabaseSettings settings() {
        return new DatabaseSettings(SERVER + "?currentSchema=" + schema, Optional.of(USER), Optional.empty());
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER, USER, ""); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("backcoach.postgres.required");
    }

    static boolean reachable() {
        DriverManager.setLoginTimeout(2);
        try (Connection c = DriverManager.getConnection(SERVER + "?connectTimeout=2", USER, "")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
