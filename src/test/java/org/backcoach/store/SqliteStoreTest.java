package org.backcoach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.backcoach.config.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    Database open() {
        return Database.open(DatabaseSettings.sqlite(dir.resolve("backcoach.db")));
    }

    @Test
    void theFolderIsCreatedOnFirstRunAndASecondOpenFindsTheData() {
        Path file = dir.resolve("data").resolve("nested").resolve("backcoach.db");
        try (Database first = Database.open(DatabaseSettings.sqlite(file))) {
            new SubscriptionStore(first).save(daily(PAT, "07:30", "Europe/Berlin", NOW), NOW);
        }
        assertThat(Files.isRegularFile(file)).isTrue();
        try (Database second = Database.open(DatabaseSettings.sqlite(file))) {
            assertThat(new SubscriptionStore(second).find(PAT)).isPresent();
        }
    }

    @Test
    void aFileThatIsNotADatabaseFailsWithAMessageNamingIt() throws Exception {
        Path file = dir.resolve("not-a.db");
        Files.writeString(file, "this is not a database, just text that fills the header and more ".repeat(20));
        assertThatThrownBy(() -> Database.open(DatabaseSettings.sqlite(file)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("not-a.db");
    }
}
