package org.backcoach.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.backcoach.config.DatabaseSettings;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection pool and the schema: {@link #open} creates the SQLite folder if needed, starts
 * HikariCP and applies the Flyway migrations in {@code db/migration}. Work runs in
 * {@link #transaction} or {@link #read}.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    /** Work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final HikariDataSource pool;
    private final DatabaseSettings settings;
    private final Dialect dialect;

    private Database(HikariDataSource pool, DatabaseSettings settings) {
        this.pool = pool;
        this.settings = settings;
        this.dialect = Dialect.of(settings);
    }

    public static Database open(DatabaseSettings settings) {
        settings.sqliteFile().map(Path::toAbsolutePath).map(Path::getParent).ifPresent(Database::createFolder);
        HikariConfig config = new HikariConfig();
        config.setPoolName("backcoach-db");
        config.setJdbcUrl(settings.url());
        settings.user().ifPresent(config::setUsername);
        settings.password().ifPresent(config::setPassword);
        config.setInitializationFailTimeout(2_000);
        config.setConnectionTimeout(10_000);
        if (settings.isSqlite()) {
            // One writer at a time is SQLite's rule: WAL lets reads go on beside it, IMMEDIATE takes the
            // write lock at BEGIN (no deadlock on upgrade), busy_timeout waits instead of failing.
            config.setMaximumPoolSize(4);
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "FULL");
            config.addDataSourceProperty("busy_timeout", "10000");
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        } else {
            config.setMaximumPoolSize(8);
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the database at " + redacted(settings.url()) + ": " + rootMessage(e), e);
        }
        Database database = new Database(pool, settings);
        try {
            migrate(pool);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        log.info("database open: {}", redacted(settings.url()));
        return database;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T transaction(String what, Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(connection);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(what + " failed: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} on a connection in auto-commit mode: for reads and single statements. */
    public <T> T read(String what, Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(what + " failed: " + e.getMessage(), e);
        }
    }

    public boolean isSqlite() {
        return dialect == Dialect.SQLITE;
    }

    /**
     * The lock that decides which instance polls Telegram for the bot {@code name}: a PostgreSQL
     * advisory lock on a connection of its own, or, on SQLite, a lock that is always held.
     */
    public PollerLock pollerLock(String name, InstanceId instance) {
        return dialect.pollerLock(settings, name, instance);
    }

    Dialect dialect() {
        return dialect;
    }

    DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }

    private static void migrate(DataSource dataSource) {
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (FlywayException e) {
            throw new StoreException("database migration failed: " + e.getMessage(), e);
        }
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("cannot create the database folder " + folder + ": " + e.getClass().getSimpleName(), e);
        }
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            log.warn("rollback failed: {}", e.getMessage());
        }
    }

    /** The URL without its query: a password may ride there. */
    private static String redacted(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?...";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
