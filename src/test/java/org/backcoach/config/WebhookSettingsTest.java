package org.backcoach.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Webhook and health settings: defaults, environment over file, errors that name the setting, secrets never shown. */
class WebhookSettingsTest {
    private static final String SECRET = "a-configured-secret_0123456789abcdefgh";

    @TempDir
    Path dir;

    private Path absent() {
        return dir.resolve("absent.yaml");
    }

    private Path yaml(String text) throws Exception {
        Path file = dir.resolve("backcoach.yaml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void withoutAUrlTheBotPolls() {
        assertThat(WebhookSettings.load(Map.of(), absent())).isEmpty();
    }

    @Test
    void aUrlAloneGetsTheDefaultsAndARandomSecretThatIsNeverShown() {
        WebhookSettings a = WebhookSettings.load(Map.of("BACKCOACH_WEBHOOK_URL", "https://bot.example.org/tg"), absent()).orElseThrow();
        WebhookSettings b = WebhookSettings.load(Map.of("BACKCOACH_WEBHOOK_URL", "https://bot.example.org/tg"), absent()).orElseThrow();
        assertThat(a.url()).isEqualTo(URI.create("https://bot.example.org/tg"));
        assertThat(a.listen()).isEqualTo("0.0.0.0");
        assertThat(a.port()).isEqualTo(8443);
        assertThat(a.path()).isEqualTo("/telegram");
        assertThat(a.secretGenerated()).isTrue();
        assertThat(a.secret()).hasSizeGreaterThanOrEqualTo(32).matches("[A-Za-z0-9_-]+").isNotEqualTo(b.secret());
        assertThat(a.toString()).doesNotContain(a.secret());
    }

    @Test
    void theEnvironmentWinsOverTheFile() throws Exception {
        Path file = yaml("webhook:\n  url: https://file.example.org/hook\n  port: 9000\n  path: /from-file\n  secret: " + SECRET
                + "\n  listen: 127.0.0.1\n");
        WebhookSettings fromFile = WebhookSettings.load(Map.of(), file).orElseThrow();
        assertThat(fromFile).isEqualTo(new WebhookSettings(URI.create("https://file.example.org/hook"), "127.0.0.1", 9000,
                "/from-file", SECRET, false));
        WebhookSettings fromEnv = WebhookSettings.load(Map.of("BACKCOACH_WEBHOOK_URL", "https://env.example.org:8443/x",
                "BACKCOACH_WEBHOOK_PORT", "8444", "BACKCOACH_WEBHOOK_PATH", "/x"), file).orElseThrow();
        assertThat(fromEnv.url()).isEqualTo(URI.create("https://env.example.org:8443/x"));
        assertThat(fromEnv.port()).isEqualTo(8444);
        assertThat(fromEnv.path()).isEqualTo("/x");
        assertThat(fromEnv.secret()).isEqualTo(SECRET);
        assertThat(fromEnv.toString()).doesNotContain(SECRET);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "BACKCOACH_WEBHOOK_URL    | http://bot.example.org/telegram | HTTPS only",
        "BACKCOACH_WEBHOOK_URL    | https:///telegram               | no host",
        "BACKCOACH_WEBHOOK_URL    | https://bot.example.org:9999/t  | port 9999",
        "BACKCOACH_WEBHOOK_PORT   | eighty                          | 'eighty'; accepted: a port number",
        "BACKCOACH_WEBHOOK_PORT   | 70000                           | accepted: a port number from 1 to 65535",
        "BACKCOACH_WEBHOOK_PATH   | telegram                        | a path starting with /",
        "BACKCOACH_WEBHOOK_LISTEN | localhost                       | an IP address",
        "BACKCOACH_WEBHOOK_SECRET | short                           | 5 characters",
    })
    void badSettingsFailWithAMessageNamingTheSetting(String name, String value, String says) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("BACKCOACH_WEBHOOK_URL", "https://bot.example.org/telegram"));
        env.put(name, value);
        assertThatThrownBy(() -> WebhookSettings.load(env, absent()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith(name)
                .hasMessageContaining(says);
    }

    @Test
    void aBadSecretIsNeverEchoedAndAFileSettingIsNamedByItsKey() throws Exception {
        String almost = "a-secret-with-a-bad-character!0123456789";
        assertThatThrownBy(() -> WebhookSettings.load(Map.of("BACKCOACH_WEBHOOK_SECRET", almost), absent()))
                .hasMessageStartingWith("BACKCOACH_WEBHOOK_SECRET").hasMessageNotContaining(almost);
        Path file = yaml("webhook:\n  port: abc\n");
        assertThatThrownBy(() -> WebhookSettings.load(Map.of(), file))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("webhook.port in " + file);
        Path typo = yaml("webhook:\n  secret-token: x\n");
        assertThatThrownBy(() -> WebhookSettings.load(Map.of(), typo)).hasMessageContaining("webhook.secret-token");
    }

    // ---- several instances: one shared secret --------------------------------------------------

    private static final DatabaseSettings POSTGRES = DatabaseSettings.load(
            Map.of("BACKCOACH_DB_URL", "jdbc:postgresql://db.internal:5432/backcoach"), Path.of("absent.yaml"));
    private static final DatabaseSettings SQLITE = DatabaseSettings.load(Map.of(), Path.of("absent.yaml"));

    @Test
    void webhookModeOnPostgresqlWithoutASecretStopsTheStartNamingTheSetting() {
        Optional<WebhookSettings> random = WebhookSettings.load(Map.of("BACKCOACH_WEBHOOK_URL", "https://bot.example.org/tg"), absent());
        assertThat(random.orElseThrow().secretGenerated()).isTrue();
        assertThatThrownBy(() -> WebhookSettings.checkSharedSecret(random, POSTGRES))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("BACKCOACH_WEBHOOK_SECRET")
                .hasMessageContaining("PostgreSQL")
                .hasMessageContaining("401")
                .hasMessageContaining("the same BACKCOACH_WEBHOOK_SECRET on every instance")
                .hasMessageNotContaining(random.get().secret());
    }

    @Test
    void aConfiguredSecretSQLiteOrPollingNeedNothingMore() throws Exception {
        Map<String, String> url = Map.of("BACKCOACH_WEBHOOK_URL", "https://bot.example.org/tg");
        Optional<WebhookSettings> random = WebhookSettings.load(url, absent());
        Optional<WebhookSettings> fromEnv = WebhookSettings.load(Map.of("BACKCOACH_WEBHOOK_URL", "https://bot.example.org/tg",
                "BACKCOACH_WEBHOOK_SECRET", SECRET), absent());
        Optional<WebhookSettings> fromFile = WebhookSettings.load(url, yaml("webhook:\n  secret: " + SECRET + "\n"));
        WebhookSettings.checkSharedSecret(fromEnv, POSTGRES);
        WebhookSettings.checkSharedSecret(fromFile, POSTGRES);
        WebhookSettings.checkSharedSecret(random, SQLITE); // one instance: its random secret is the only one
        WebhookSettings.checkSharedSecret(Optional.empty(), POSTGRES); // polling: the advisory lock picks one poller
        assertThat(fromFile.orElseThrow().secretGenerated()).isFalse();
    }

    @Test
    void healthPortDefaultsTo8081AndZeroSwitchesItOff() throws Exception {
        assertThat(HealthSettings.load(Map.of(), absent())).isEqualTo(new HealthSettings(8081));
        assertThat(HealthSettings.load(Map.of("BACKCOACH_HEALTH_PORT", "0"), absent()).enabled()).isFalse();
        assertThat(HealthSettings.load(Map.of(), yaml("health:\n  port: 9100\n")).port()).isEqualTo(9100);
        assertThatThrownBy(() -> HealthSettings.load(Map.of("BACKCOACH_HEALTH_PORT", "http"), absent()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("BACKCOACH_HEALTH_PORT is 'http'");
    }

    @Test
    void theShippedSettingsFileReadsCleanly() {
        Path shipped = Path.of("config", "backcoach.yaml");
        assertThat(WebhookSettings.load(Map.of(), shipped)).isEqualTo(Optional.empty());
        assertThat(HealthSettings.load(Map.of(), shipped).port()).isEqualTo(8081);
    }
}
