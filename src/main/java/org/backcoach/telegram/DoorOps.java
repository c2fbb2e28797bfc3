package org.backcoach.telegram;

import java.util.Objects;
import java.util.Optional;
import org.backcoach.config.WebhookSettings;
import org.backcoach.ops.Metrics;

/**
 * How the door is run: how updates come in (long polling, or a webhook when its settings are given),
 * where it counts, and whom to tell once it is open (readiness).
 */
public record DoorOps(Optional<WebhookSettings> webhook, Metrics metrics, Runnable whenOpen) {

    public DoorOps {
        Objects.requireNonNull(webhook, "webhook");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(whenOpen, "whenOpen");
    }

    /** Long polling, counted in metrics nobody reads. */
    public static DoorOps polling() {
        return new DoorOps(Optional.empty(), new Metrics(), () -> { });
    }
}
