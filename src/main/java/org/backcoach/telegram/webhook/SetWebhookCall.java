package org.backcoach.telegram.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethodBoolean;

/**
 * {@code setWebhook} as a plain JSON call. TelegramBots' own {@code SetWebhook} is a multipart upload
 * (for a certificate we do not send) and so cannot go through the door's one sender, which takes
 * JSON methods only. {@link #toString()} leaves the secret out.
 */
public final class SetWebhookCall extends BotApiMethodBoolean {
    private static final long serialVersionUID = 1L;

    @JsonProperty("url")
    private final String url;
    @JsonProperty("secret_token")
    private final String secretToken;
    @JsonProperty("allowed_updates")
    private final List<String> allowedUpdates;
    @JsonProperty("max_connections")
    private final int maxConnections;

    public SetWebhookCall(String url, String secretToken, List<String> allowedUpdates, int maxConnections) {
        this.url = Objects.requireNonNull(url, "url");
        this.secretToken = Objects.requireNonNull(secretToken, "secretToken");
        this.allowedUpdates = List.copyOf(allowedUpdates);
        this.maxConnections = maxConnections;
    }

    @Override
    public String getMethod() {
        return "setWebhook";
    }

    @Override
    public String toString() {
        return "SetWebhookCall[url=" + url + ", allowedUpdates=" + allowedUpdates + ", secret=<redacted>]";
    }
}
