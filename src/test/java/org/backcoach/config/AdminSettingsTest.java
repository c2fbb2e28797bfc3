package org.backcoach.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may use /stats: none by default, a list or comma-separated ids in the file, the environment winning. */
class AdminSettingsTest {
    @TempDir
    Path dir;

    private Path yaml(String text) throws Exception {
        Path file = dir.resolve("backcoach.yaml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void noAdminsByDefault() {
        assertThat(AdminSettings.load(Map.of(), dir.resolve("absent.yaml"))).isEqualTo(AdminSettings.NONE);
    }

    @Test
    void aListOrCommaSeparatedIdsInTheFileAndTheEnvironmentWins() throws Exception {
        assertThat(AdminSettings.load(Map.of(), yaml("admin:\n  chat-ids: [123456789, -1001234567890]\n")).chatIds())
                .isEqualTo(Set.of(123_456_789L, -1_001_234_567_890L));
        Path file = yaml("admin:\n  chat-ids: \"1, 2\"\n");
        assertThat(AdminSettings.load(Map.of(), file).chatIds()).isEqualTo(Set.of(1L, 2L));
        AdminSettings fromEnv = AdminSettings.load(Map.of("BACKCOACH_ADMIN_CHAT_IDS", " 7 ,8,"), file);
        assertThat(fromEnv.chatIds()).isEqualTo(Set.of(7L, 8L));
        assertThat(fromEnv.isAdmin(7)).isTrue();
        assertThat(fromEnv.isAdmin(1)).isFalse();
    }

    @Test
    void badIdsNameTheSettingAndWhatItAccepts() throws Exception {
        assertThatThrownBy(() -> AdminSettings.load(Map.of("BACKCOACH_ADMIN_CHAT_IDS", "12,@pat"), dir.resolve("x")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("BACKCOACH_ADMIN_CHAT_IDS").hasMessageContaining("'@pat'").hasMessageContaining("whole numbers");
        assertThatThrownBy(() -> AdminSettings.load(Map.of(), yaml("admin:\n  chat-ids:\n    pat: 1\n")))
                .hasMessageContaining("admin.chat-ids").hasMessageContaining("list");
        assertThatThrownBy(() -> AdminSettings.load(Map.of(), yaml("admin:\n  chat_ids: [1]\n")))
                .hasMessageContaining("admin.chat_ids").hasMessageContaining("accepted keys: chat-ids");
    }
}
