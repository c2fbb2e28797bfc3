package org.backcoach.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TelegramSettingsTest {
    private static final String TOKEN = "12345:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
    private static final String OTHER = "555:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB";

    @TempDir
    Path dir;

    private Path yaml(String text) throws IOException {
        Path file = dir.resolve("backcoach.yaml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void noTokenAnywhereMeansNoTelegramDoor() {
        assertThat(TelegramSettings.load(Map.of(), dir.resolve("missing.yaml"))).isEmpty();
    }

    @Test
    void theEnvironmentWinsOverTheFile() throws IOException {
        Path file = yaml("telegram:\n  token: \"" + OTHER + "\"\n  api-url: http://10.0.0.1:8081\n");
        TelegramSettings settings = TelegramSettings.load(Map.of("TELEGRAM_BOT_TOKEN", TOKEN), file).orElseThrow();
        assertThat(settings.token()).isEqualTo(TOKEN);
        assertThat(settings.apiUrl()).isEqualTo(URI.create("http://10.0.0.1:8081"));
        assertThat(settings.port()).isEqualTo(8081);
    }

    @Test
    void theFileAloneIsEnoughAndTheUrlDefaultsToTelegram() throws IOException {
        TelegramSettings settings = TelegramSettings.load(Map.of(), yaml("telegram:\n  token: \"" + TOKEN + "\"\n")).orElseThrow();
        assertThat(settings.apiUrl()).isEqualTo(URI.create("https://api.telegram.org"));
        assertThat(settings.port()).isEqualTo(443);
    }

    @Test
    void aMalformedTokenIsNamedButNeverEchoed() {
        String bad = "123456789-AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
        assertThatThrownBy(() -> TelegramSettings.load(Map.of("TELEGRAM_BOT_TOKEN", bad), dir.resolve("none.yaml")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("TELEGRAM_BOT_TOKEN")
                .hasMessageContaining("<bot id>:<secret>")
                .hasMessageNotContaining("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");
    }

    @Test
    void anApiUrlWithAPathGetsAClearError() {
        assertThatThrownBy(() -> TelegramSettings.load(Map.of("TELEGRAM_BOT_TOKEN", TOKEN,
                "TELEGRAM_API_URL", "https://proxy.example.org/telegram"), dir.resolve("none.yaml")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("TELEGRAM_API_URL")
                .hasMessageContaining("has a path (/telegram)")
                .hasMessageContaining("accepted:");
    }

    @Test
    void otherBadUrlsNameTheSettingAndTheAcceptedValues() {
        for (String url : new String[] {"ftp://example.org", "api.telegram.org", "http://:8080", "https://x.org?a=b", "http://h:0"}) {
            assertThatThrownBy(() -> TelegramSettings.load(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", url),
                    dir.resolve("none.yaml")))
                    .as(url)
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessageContaining("TELEGRAM_API_URL");
        }
    }

    @Test
    void anUnknownKeyInTheFileIsNamedWithTheAcceptedKeys() throws IOException {
        Path file = yaml("telegram:\n  tokn: \"" + TOKEN + "\"\n");
        assertThatThrownBy(() -> TelegramSettings.load(Map.of(), file))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("telegram.tokn")
                .hasMessageContaining("api-url, token")
                .hasMessageNotContaining("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");
    }

    @Test
    void toStringHidesTheToken() {
        assertThat(new TelegramSettings(TOKEN, URI.create("https://api.telegram.org")).toString())
                .doesNotContain("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw").contains("redacted");
    }
}
