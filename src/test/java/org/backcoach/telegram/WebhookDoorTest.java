package org.backcoach.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backcoach.telegram.FakeBotApi.privateText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.backcoach.assistant.Reply;
import org.backcoach.config.WebhookSettings;
import org.backcoach.ops.Metrics;
import org.backcoach.safety.EscalationLevel;
import org.backcoach.telegram.webhook.WebhookServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Webhook mode end to end on 127.0.0.1: updates posted to the door's own HTTP server as Telegram would,
 * replies through the real TelegramBots client to the fake Bot API.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WebhookDoorTest {
    private static final long PAT = 111_222_333_444L;
    private static final long SAM = 555_666_777L;
    private static final String SECRET = "s3cret-for-tests_0123456789abcdefghijklmnop";
    private static final AtomicInteger UPDATE_IDS = new AtomicInteger(70_000);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private FakeBotApi telegram;
    private VirtualTime time;
    private ScriptedReplies replies;
    private Metrics metrics;
    private TelegramDoor door;
    private CapturedLogs logs;

    @BeforeEach
    void setUp() throws Exception {
        telegram = new FakeBotApi();
        time = new VirtualTime();
        replies = new ScriptedReplies();
        metrics = new Metrics();
        logs = CapturedLogs.capture();
    }

    @AfterEach
    void tearDown() {
        if (door != null) {
            door.close();
        }
        telegram.close();
        logs.close();
    }

    private void startWebhookDoor() {
        WebhookSettings hook = new WebhookSettings(URI.create("https://bot.example.org/telegram"), "127.0.0.1", 0,
                "/telegram", SECRET, false);
        TelegramDoor.Options options = time.doorOptions(RateLimits.UNLIMITED);
        door = TelegramDoor.start(telegram.settings(), replies, options,
                TelegramDoor.State.none(), new DoorOps(Optional.of(hook), metrics, () -> { }));
    }

    /** Gives the update an id, as Telegram does, and returns it. */
    private static int numbered(ObjectNode update) {
        int id = UPDATE_IDS.incrementAndGet();
        update.put("update_id", id);
        return id;
    }

    private HttpResponse<String> post(ObjectNode update, Optional<String> secret) throws Exception {
        return post("/telegram", update, secret);
    }

    private HttpResponse<String> post(String path, ObjectNode update, Optional<String> secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + door.webhookPort() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(update.toString()));
        secret.ifPresent(s -> request.header(WebhookServer.SECRET_HEADER, s));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void quiet(int updateId) throws InterruptedException {
        assertThat(door.awaitQuiet(updateId, Duration.ofSeconds(10))).as("door went quiet").isTrue();
    }

    private static List<String> rendered(Reply reply) {
        return MessageSplitter.split(reply.text(), MessageSplitter.DEFAULT_LIMIT).stream().map(Html::escape).toList();
    }

    private static List<String> texts(List<FakeBotApi.Call> calls) {
        return calls.stream().map(FakeBotApi.Call::text).toList();
    }

    // ---- start-up ---------------------------------------------------------------------------

    @Test
    void startCallsSetWebhookWithTheSecretAndTheUpdatesItHandlesAndNeverPolls() {
        startWebhookDoor();
        JsonNode body = telegram.await("setWebhook", 1).get(0).body();
        assertThat(body.path("url").asText()).isEqualTo("https://bot.example.org/telegram");
        assertThat(body.path("secret_token").asText()).isEqualTo(SECRET);
        List<String> allowed = new ArrayList<>();
        body.path("allowed_updates").forEach(u -> allowed.add(u.asText()));
        assertThat(allowed).containsExactly("message", "callback_query");
        assertThat(telegram.calls("getUpdates")).isEmpty();
        assertThat(telegram.calls("deleteWebhook")).isEmpty();
        assertThat(logs.everything()).doesNotContain(SECRET);
    }

    @Test
    void aRefusedSetWebhookStopsTheStartWithAMessageNamingTheSetting() {
        telegram.script("setWebhook", FakeBotApi.Response.error(400, "Bad Request: bad webhook: HTTPS url must be provided"));
        assertThatThrownBy(this::startWebhookDoor)
                .isInstanceOf(TelegramDoorException.class)
                .hasMessageContaining("setWebhook")
                .hasMessageContaining("400")
                .hasMessageContaining(WebhookSettings.URL_ENV)
                .hasMessageNotContaining(SECRET);
    }

    // ---- the secret -------------------------------------------------------------------------

    @Test
    void aValidUpdateWithTheRightSecretIsAnswered() throws Exception {
        startWebhookDoor();
        String question = "how often should I train?";
        ObjectNode update = privateText(PAT, question);
        numbered(update);
        assertThat(post(update, Optional.of(SECRET)).statusCode()).isEqualTo(200);
        List<String> expected = rendered(ScriptedReplies.coreSays(question));
        assertThat(texts(telegram.awaitSent(PAT, expected.size()))).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> badSecrets() {
        return Stream.of(
                Arguments.of("missing", Optional.empty()),
                Arguments.of("empty", Optional.of("")),
                Arguments.of("wrong", Optional.of("not-the-secret-0123456789abcdefghijklmnop")),
                Arguments.of("a prefix of the right one", Optional.of(SECRET.substring(0, SECRET.length() - 1))),
                Arguments.of("the right one plus a character", Optional.of(SECRET + "x")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSecrets")
    void aMissingOrWrongSecretGets401AndNothingIsHandled(String why, Optional<String> secret) throws Exception {
        startWebhookDoor();
        ObjectNode forged = privateText(PAT, "/help");
        numbered(forged);
        assertThat(post(forged, secret).statusCode()).isEqualTo(401);

        // A genuine update after it: once that one is answered, the forged one would have been too.
        ObjectNode genuine = privateText(SAM, "/start");
        int last = numbered(genuine);
        assertThat(post(genuine, Optional.of(SECRET)).statusCode()).isEqualTo(200);
        telegram.awaitSent(SAM, 1);
        quiet(last);
        assertThat(telegram.sentTo(PAT)).isEmpty();
        assertThat(replies.asked).containsExactly("/start");
        assertThat(metrics.scrape()).contains("backcoach_webhook_requests_total{outcome=\"unauthorized\"} 1.0");
    }

    @Test
    void otherPathsMethodsAndBodiesAreRefusedWithoutHandlingAnything() throws Exception {
        startWebhookDoor();
        ObjectNode update = privateText(PAT, "/help");
        numbered(update);
        assertThat(post("/elsewhere", update, Optional.of(SECRET)).statusCode()).isEqualTo(404);
        HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + door.webhookPort() + "/telegram"))
                .header(WebhookServer.SECRET_HEADER, SECRET).GET().build();
        assertThat(http.send(get, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
        HttpRequest junk = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + door.webhookPort() + "/telegram"))
                .header(WebhookServer.SECRET_HEADER, SECRET).POST(HttpRequest.BodyPublishers.ofString("{not json")).build();
        assertThat(http.send(junk, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
        assertThat(replies.asked).isEmpty();
    }

    // ---- repeats ----------------------------------------------------------------------------

    @Test
    void theSameUpdatePostedTwiceIsAnsweredOnce() throws Exception {
        startWebhookDoor();
        ObjectNode update = privateText(PAT, "/help");
        numbered(update);
        assertThat(post(update, Optional.of(SECRET)).statusCode()).isEqualTo(200);
        assertThat(post(update, Optional.of(SECRET)).statusCode()).as("a repeat is acknowledged, so Telegram stops").isEqualTo(200);
        ObjectNode later = privateText(SAM, "/start");
        int last = numbered(later);
        post(later, Optional.of(SECRET));
        telegram.awaitSent(SAM, 1);
        quiet(last);
        assertThat(texts(telegram.sentTo(PAT))).containsExactlyElementsOf(rendered(ScriptedReplies.coreSays("/help")));
        assertThat(replies.asked).containsExactly("/help", "/start");
        assertThat(metrics.scrape()).contains("backcoach_webhook_requests_total{outcome=\"duplicate\"} 1.0");
    }

    // ---- metrics ----------------------------------------------------------------------------

    @Test
    void metricsCountAnAnswerAndAnEscalationByLevelAndTimeBoth() throws Exception {
        String redFlag = "I suddenly can't feel my groin";
        replies.on(redFlag, Reply.escalation(EscalationLevel.EMERGENCY, "Call 112 now."));
        startWebhookDoor();
        ObjectNode question = privateText(PAT, "how often should I train?");
        numbered(question);
        ObjectNode escalation = privateText(SAM, redFlag);
        int last = numbered(escalation);
        post(question, Optional.of(SECRET));
        post(escalation, Optional.of(SECRET));
        telegram.awaitSent(SAM, 1);
        quiet(last);
        // Latency is recorded as Telegram's answer to the last sendMessage completes, just after the sender is idle.
        awaitTrue(() -> metrics.scrape().contains("backcoach_reply_latency_seconds_count 2"));
        String scrape = metrics.scrape();
        assertThat(scrape)
                .contains("backcoach_replies_total{kind=\"answer\"} 1.0")
                .contains("backcoach_replies_total{kind=\"escalation\"} 1.0")
                .contains("backcoach_replies_total{kind=\"fallback\"} 0.0")
                .contains("backcoach_escalations_total{level=\"emergency\"} 1.0")
                .contains("backcoach_escalations_total{level=\"urgent\"} 0.0")
                .contains("backcoach_sender_queue_depth")
                .contains("backcoach_webhook_requests_total{outcome=\"accepted\"} 2.0")
                .doesNotContain(redFlag);
    }

    @Test
    void failedSendsAreCountedByTheirErrorCode() throws Exception {
        telegram.script("sendMessage", FakeBotApi.Response.error(400, "Bad Request: chat not found"));
        startWebhookDoor();
        ObjectNode update = privateText(PAT, "/help");
        int last = numbered(update);
        post(update, Optional.of(SECRET));
        quiet(last);
        awaitTrue(() -> metrics.scrape().contains("backcoach_send_failures_total{status=\"400\"} 1.0"));
    }

    /** A bounded wait for something that happens on another thread right after what the test awaited. */
    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met in time").isLessThan(deadline);
            Thread.sleep(2);
        }
    }
}
