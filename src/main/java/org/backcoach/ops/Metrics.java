package org.backcoach.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.backcoach.assistant.ReplyKind;
import org.backcoach.safety.EscalationLevel;

/**
 * What BackCoach counts, in Prometheus' text format at {@code /metrics}. Callers see plain methods;
 * Micrometer stays inside this class. Nothing here carries message text or chat ids.
 *
 * <pre>
 * backcoach_replies_total{kind}          answer, escalation, fallback, smalltalk, command, tip
 * backcoach_escalations_total{level}     emergency, urgent, stop
 * backcoach_tips_sent_total
 * backcoach_send_failures_total{status}  the Bot API error code of a failed call, or "none" (no answer)
 * backcoach_reply_latency_seconds        update received to reply accepted by Telegram (histogram)
 * backcoach_sender_queue_depth           calls waiting in the one sender
 * backcoach_webhook_requests_total{outcome} accepted, duplicate, unauthorized, rejected, unavailable
 * </pre>
 */
public final class Metrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<ReplyKind, Counter> replies = new EnumMap<>(ReplyKind.class);
    private final Map<EscalationLevel, Counter> escalations = new EnumMap<>(EscalationLevel.class);
    private final Counter tipsSent;
    private final Timer replyLatency;

    public Metrics() {
        // Registered up front, so every series exists at 0 and rate() works from the first scrape.
        for (ReplyKind kind : ReplyKind.values()) {
            replies.put(kind, Counter.builder("backcoach.replies").description("Replies sent, by kind")
                    .tag("kind", kind.wireName()).register(registry));
        }
        for (EscalationLevel level : EscalationLevel.values()) {
            escalations.put(level, Counter.builder("backcoach.escalations").description("Escalations, by level")
                    .tag("level", level.name().toLowerCase(java.util.Locale.ROOT)).register(registry));
        }
        tipsSent = Counter.builder("backcoach.tips.sent").description("Daily tips Telegram accepted").register(registry);
        replyLatency = Timer.builder("backcoach.reply.latency")
                .description("From an update's arrival to Telegram accepting its reply")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofSeconds(60))
                .register(registry);
    }

    /** One reply produced for a user (escalation level only with kind ESCALATION). */
    public void replied(ReplyKind kind, Optional<EscalationLevel> level) {
        replies.get(kind).increment();
        level.ifPresent(l -> escalations.get(l).increment());
    }

    public void replyLatency(Duration latency) {
        replyLatency.record(latency);
    }

    /** For the tip sender: one daily tip Telegram accepted. */
    public void tipSent() {
        tipsSent.increment();
    }

    /** A Bot API call that failed; {@code status} 0 means there was no Bot API answer (network, timeout). */
    public void sendFailed(int status) {
        Counter.builder("backcoach.send.failures").description("Failed Bot API calls, by error code")
                .tag("status", status == 0 ? "none" : Integer.toString(status)).register(registry).increment();
    }

    public void webhookRequest(String outcome) {
        Counter.builder("backcoach.webhook.requests").description("Webhook requests, by outcome")
                .tag("outcome", outcome).register(registry).increment();
    }

    /** Reports {@code depth} as the sender queue gauge (the latest one registered wins). */
    public void senderQueueDepth(IntSupplier depth) {
        registry.find("backcoach.sender.queue.depth").gauges().forEach(registry::remove);
        Gauge.builder("backcoach.sender.queue.depth", depth::getAsInt).description("Calls waiting in the sender")
                .strongReference(true).register(registry);
    }

    /** Everything, in the Prometheus text exposition format. */
    public String scrape() {
        return registry.scrape();
    }
}
