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
 * trust auth), dropped on {@link #close()}. {@link #create()} skips the calling test, saying why, when no
 * server is reachable there, and fails it instead when CI=true or -Dbackcoach.postgres.required=true.
 */
public final class TestPostgres implements AutoCloseable {
    public static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String USER = "postgres";

    private final String schema;

    private TestPostgres(String schema) {
        this.schema = schema;
    }

    public static TestPostgres create() throws SQLException {
        String why = "PostgreSQL is not reachable at " + SERVER + " as " + USER;
        // CI runs on a machine that has PostgreSQL: there a missing server is a failure, not a skip.
        if (required()) {
            assertTrue(reachable(), why + " (required: CI=true or -Dbackcoach.postgres.required=true)");
        }
        assumeTrue(reachable(), why + ": PostgreSQL tests skipped");
        String schema = "backcoach_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + schema);
        return new TestPostgres(schema);
    }

    /** What an instance on this schema is configured with. */
    public DatabaseSettings settings() {
        return new DatabaseSettings(SERVER + "?currentSchema=" + schema, Optional.of(USER), Optional.empty());
    }

    /** One instance's pool on this schema (migrated). */
    public Database open() {
        return Database.open(settings());
    }

    public String schema() {
        return schema;
    }

    /** Runs one statement as the superuser, outside any instance (e.g. to end another session). */
    public static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER, USER, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        execute("DROP SCHEMA " + schema + " CASCADE");
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
