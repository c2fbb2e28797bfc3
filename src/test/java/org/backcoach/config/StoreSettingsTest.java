package org.backcoach.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Database and tip settings: defaults, environment over file, and errors that name the setting. */
class StoreSettingsTest {
    @TempDir
    Path dir;

    private Path yaml(String text) throws Exception {
        Path file = dir.resolve("backcoach.yaml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void theDefaultIsTheSqliteFileUnderData() {
        DatabaseSettings settings = DatabaseSettings.load(Map.of(), dir.resolve("absent.yaml"));
        assertThat(settings.url()).isEqualTo("jdbc:sqlite:data/backcoach.db");
        assertThat(settings.sqliteFile()).contains(Path.of("data/backcoach.db"));
        assertThat(TipSettings.load(Map.of(), dir.resolve("absent.yaml"))).isEqualTo(new TipSettings(25, Duration.ofHours(6)));
    }

    @Test
    void theEnvironmentWinsOverTheFileAndThePasswordIsNeverShown() throws Exception {
        Path file = yaml("database:\n  url: jdbc:sqlite:other.db\n  user: bot\n  password: s3cret\ntips:\n  broadcast-rate: 20\n  grace: 90m\n");
        DatabaseSettings fromFile = DatabaseSettings.load(Map.of(), file);
        assertThat(fromFile.url()).isEqualTo("jdbc:sqlite:other.db");
        assertThat(fromFile.password()).contains("s3cret");
        assertThat(fromFile.toString()).doesNotContain("s3cret");
        DatabaseSettings fromEnv = DatabaseSettings.load(Map.of("BACKCOACH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test",
                "BACKCOACH_DB_USER", "postgres"), file);
        assertThat(fromEnv.url()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
        assertThat(fromEnv.user()).contains("postgres");
        assertThat(fromEnv.sqliteFile()).isEmpty();
        assertThat(TipSettings.load(Map.of(), file)).isEqualTo(new TipSettings(20, Duration.ofMinutes(90)));
        assertThat(TipSettings.load(Map.of("BACKCOACH_TIP_RATE", "10", "BACKCOACH_TIP_GRACE", "2h"), file))
                .isEqualTo(new TipSettings(10, Duration.ofHours(2)));
    }

    @Test
    void badValuesNameTheSettingAndWhatItAccepts() throws Exception {
        assertThatThrownBy(() -> DatabaseSettings.load(Map.of("BACKCOACH_DB_URL", "jdbc:mysql://h/db?password=hunter2"), dir.resolve("x")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("BACKCOACH_DB_URL").hasMessageContaining("jdbc:sqlite:").hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> DatabaseSettings.load(Map.of(), yaml("database:\n  uri: jdbc:sqlite:x.db\n")))
                .hasMessageContaining("database.uri").hasMessageContaining("accepted keys: password, url, user");
        assertThatThrownBy(() -> TipSettings.load(Map.of("BACKCOACH_TIP_RATE", "31"), dir.resolve("x")))
                .hasMessageContaining("BACKCOACH_TIP_RATE").hasMessageContaining("1 to 30");
        assertThatThrownBy(() -> TipSettings.load(Map.of(), yaml("tips:\n  grace: forever\n")))
                .hasMessageContaining("tips.grace").hasMessageContaining("e.g. 6h");
        assertThatThrownBy(() -> TipSettings.load(Map.of("BACKCOACH_TIP_GRACE", "30s"), dir.resolve("x")))
                .hasMessageContaining("from 1 m to 23 h");
        assertThat(new DatabaseSettings("jdbc:sqlite::memory:", Optional.empty(), Optional.empty()).sqliteFile()).isEmpty();
    }

    @Test
    void theTelegramSectionStillAcceptsTheFileWithTheNewSections() throws Exception {
        Path file = yaml("telegram:\n  token: \"12345:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"\ndatabase:\n  url: jdbc:sqlite:x.db\n");
        assertThat(TelegramSettings.load(Map.of(), file)).isPresent();
    }
}
