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
import org.junit.jupiter.api.AfterEach;

/**
 * The same contract on PostgreSQL at 127.0.0.1:5432 (database {@code test}, user {@code postgres}),
 * each test in a schema of its own. Skipped, saying why, when no server is reachable there.
 */
class PostgresStoreTest extends StoreContract {
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String USER = "postgres";

    private String schema;

    @Override
    Database open() throws Exception {
        String why = "PostgreSQL is not reachable at " + SERVER + " as " + USER;
        // CI runs on a machine that has PostgreSQL: there a missing server is a failure, not a skip.
        if (required()) {
            assertTrue(reachable(), why + " (required: CI=true or -Dbackcoach.postgres.required=true)");
        }
        assumeTrue(reachable(), why + ": PostgreSQL tests skipped");
        schema = "backcoach_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(SERVER, USER, ""); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return Database.open(new DatabaseSettings(SERVER + "?currentSchema=" + schema, Optional.of(USER), Optional.empty()));
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (schema == null) {
            return;
        }
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
