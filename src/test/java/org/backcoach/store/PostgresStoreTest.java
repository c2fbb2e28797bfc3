package org.backcoach.store;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;

/**
 * The same contract on PostgreSQL at 127.0.0.1:5432 (database {@code test}, user {@code postgres}),
 * each test in a schema of its own. Skipped, saying why, when no server is reachable there.
 */
class PostgresStoreTest extends StoreContract {
    private TestPostgres postgres;

    @Override
    Database open() throws Exception {
        postgres = TestPostgres.create();
        return postgres.open();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (postgres != null) {
            db.close();
            db = null;
            postgres.close();
        }
    }
}
