package org.backcoach.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.backcoach.assistant.ReplyKind;
import org.backcoach.config.DatabaseSettings;
import org.backcoach.safety.EscalationLevel;
import org.backcoach.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /healthz, /readyz and /metrics over HTTP on 127.0.0.1. */
class HealthServerTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private final Metrics metrics = new Metrics();
    private final ReadyFlag index = new ReadyFlag("index loading");
    private final Readiness readiness = new Readiness(List.of(index));
    private final HealthServer server = HealthServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            readiness, metrics);

    @TempDir
    Path dir;

    @AfterEach
    void tearDown() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthzSaysOkWhileStartUpIsStillGoingOn() throws Exception {
        HttpResponse<String> response = get("/healthz");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("ok\n");
    }

    @Test
    void readyzIs503WithTheReasonUntilReadyThen200() throws Exception {
        HttpResponse<String> before = get("/readyz");
        assertThat(before.statusCode()).isEqualTo(503);
        assertThat(before.body()).isEqualTo("not ready: index loading\n");
        index.ready();
        HttpResponse<String> after = get("/readyz");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).isEqualTo("ready\n");
    }

    @Test
    void readyzWaitsForADatabaseThatAnswers() throws Exception {
        index.ready();
        Database db = Database.open(DatabaseSettings.sqlite(dir.resolve("ready.db")));
        readiness.add(ReadinessCheck.database(db));
        assertThat(get("/readyz").statusCode()).isEqualTo(200);
        db.close();
        HttpResponse<String> gone = get("/readyz");
        assertThat(gone.statusCode()).isEqualTo(503);
        assertThat(gone.body()).isEqualTo("not ready: database not answering\n");
    }

    @Test
    void metricsAreInPrometheusTextFormat() throws Exception {
        metrics.replied(ReplyKind.ANSWER, Optional.empty());
        metrics.replied(ReplyKind.ESCALATION, Optional.of(EscalationLevel.STOP));
        metrics.tipSent();
        metrics.sendFailed(429);
        metrics.sendFailed(0);
        HttpResponse<String> response = get("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(response.body())
                .contains("# TYPE backcoach_replies_total counter")
                .contains("backcoach_replies_total{kind=\"answer\"} 1.0")
                .contains("backcoach_replies_total{kind=\"smalltalk\"} 0.0")
                .contains("backcoach_escalations_total{level=\"stop\"} 1.0")
                .contains("backcoach_tips_sent_total 1.0")
                .contains("backcoach_send_failures_total{status=\"429\"} 1.0")
                .contains("backcoach_send_failures_total{status=\"none\"} 1.0")
                .contains("backcoach_reply_latency_seconds_bucket");
    }

    @Test
    void otherPathsAndMethodsAreRefused() throws Exception {
        assertThat(get("/healthzz").statusCode()).isEqualTo(404);
        assertThat(get("/").statusCode()).isEqualTo(404);
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/healthz"))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        assertThat(http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
    }
}
