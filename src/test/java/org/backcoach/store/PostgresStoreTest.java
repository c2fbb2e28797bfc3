package org.backcoach.store;

import org.junit.jupiter.api.AfterEach;

/** The same contract on PostgreSQL, each test in a schema of its own (see {@link TestPostgres}). */
class PostgresStoreTest extends StoreContract {
    private TestPostgres postgres;

    @Override
    Database open() throws Exception {
        postgres = TestPostgres.schema();
        return Database.open(postgres.settings());
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }
}
