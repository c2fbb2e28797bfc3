package org.backcoach.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.telegram.FakeBotApi.privateText;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.backcoach.assistant.Reply;
import org.backcoach.assistant.ReplyKind;
import org.backcoach.config.WebhookSettings;
import org.backcoach.ops.Metrics;
import org.backcoach.store.Database;
import org.backcoach.store.TestPostgres;
import org.backcoach.telegram.webhook.WebhookServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two webhook instances behind one proxy, as in production: each its own HTTP server, database pool and
 * door memory, both on one PostgreSQL schema with the same configured secret, one Telegram (one fake Bot
 * API). Telegram may post an update, or its retry, to either instance: each update is answered once.
 * Skipped, saying why, without PostgreSQL at 127.0.0.1:5432.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WebhookInstancesTest {
    private static final String SECRET = "shared-secret-for-tests_0123456789abcdefghij";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<AutoCloseable> open = new ArrayList<>();
    private TestPostgres postgres;
    private FakeBotApi telegram;

    /** One instance: its pool, its door (with its webhook server), what its core was asked, its metrics. */
    private record Instance(String name, Database db, TelegramDoor door, ScriptedReplies replies, Metrics metrics) {
    }

    @BeforeEach
    void setUp() throws Exception {
        postgres = TestPostgres.create();
        telegram = new FakeBotApi();
        open.add(telegram);
    }

    @AfterEach
    void tearDown() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private Instance start(String name) {
        Database db = postgres.open();
        open.add(db);
        VirtualTime time = new VirtualTime();
        time.set(Instant.parse("2025-03-10T12:00:00Z"));
        ScriptedReplies replies = new ScriptedReplies();
        for (int i = 0; i < 200; i++) {
            replies.on("question " + i, Reply.of(ReplyKind.ANSWER, "Answer " + i + "."));
        }
        Metrics metrics = new Metrics();
        WebhookSettings hook = new WebhookSettings(URI.create("https://bot.example.org/telegram"), "127.0.0.1", 0,
                "/telegram", SECRET, false);
        TelegramDoor.Options options = time.doorOptions(RateLimits.UNLIMITED);
        TelegramDoor door = TelegramDoor.start(telegram.settings(), replies, options,
                new TelegramDoor.State(DoorMemory.of(db, time), Optional.empty()), new DoorOps(Optional.of(hook), metrics, () -> { }));
        open.add(door);
        return new Instance(name, db, door, replies, metrics);
    }

    private static ObjectNode update(int updateId, long chat, String text) {
        ObjectNode update = privateText(chat, text);
        update.put("update_id", updateId);
        return update;
    }

    private CompletableFuture<HttpResponse<Void>> post(Instance instance, ObjectNode update) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.door().webhookPort() + "/telegram"))
                .header("Content-Type", "application/json")
                .header(WebhookServer.SECRET_HEADER, SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(update.toString()))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    }

    /** Waits until every request got its answer (all 200) and both instances have handled and sent everything. */
    private static void allTakenAndQuiet(List<CompletableFuture<HttpResponse<Void>>> requests, int lastId, Instance... instances)
            throws Exception {
        for (CompletableFuture<HttpResponse<Void>> request : requests) {
            assertThat(request.get(10, TimeUnit.SECONDS).statusCode()).as("Telegram is told the update was taken").isEqualTo(200);
        }
        // A 200 means the update was handed over (or was a repeat); now let the lanes and the sender finish.
        for (Instance instance : instances) {
            assertThat(instance.door().awaitQuiet(lastId, Duration.ofSeconds(20))).as("%s went quiet", instance.name()).isTrue();
        }
    }

    private static long chat(int i) {
        return 900_000_000L + i;
    }

    @Test
    void theSameUpdatePostedToBothInstancesIsAnsweredOnce() throws Exception {
        Instance a = start("A");
        Instance b = start("B");
        assertThat(telegram.await("setWebhook", 2)).allSatisfy(call ->
                assertThat(call.body().path("secret_token").asText()).as("one secret for all").isEqualTo(SECRET));

        // Both at once, as when Telegram retries at the other instance while the first is still on it.
        int updates = 100;
        List<CompletableFuture<HttpResponse<Void>>> requests = new ArrayList<>();
        for (int i = 0; i < updates; i++) {
            ObjectNode update = update(10_000 + i, chat(i), "question " + i);
            requests.add(post(a, update));
            requests.add(post(b, update));
        }
        allTakenAndQuiet(requests, 10_000 + updates - 1, a, b);

        // And one after the other: a retry reaching B after A has answered.
        ObjectNode late = update(20_000, chat(150), "question 150");
        post(a, late).get(10, TimeUnit.SECONDS);
        telegram.awaitSent(chat(150), 1);
        assertThat(post(b, late).get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(b.door().awaitQuiet(20_000, Duration.ofSeconds(10))).isTrue();

        for (int i = 0; i < updates; i++) {
            String expected = "Answer " + i + ".";
            assertThat(telegram.sentTo(chat(i))).as("replies to chat %d", i).hasSize(1)
                    .first().satisfies(call -> assertThat(call.text()).isEqualTo(expected));
        }
        assertThat(telegram.sentTo(chat(150))).hasSize(1);
        assertThat(telegram.calls("sendMessage")).hasSize(updates + 1);
        int byA = a.replies().asked.size();
        int byB = b.replies().asked.size();
        System.out.printf("%d updates, each posted to both webhook instances: answered %d by A, %d by B%n",
                updates + 1, byA, byB);
        assertThat(byA + byB).as("the core was asked once per update").isEqualTo(updates + 1);
    }

    @Test
    void distinctUpdatesSpreadOverBothInstancesAreAllAnsweredOnce() throws Exception {
        Instance a = start("A");
        Instance b = start("B");
        telegram.await("setWebhook", 2);

        int updates = 100;
        List<CompletableFuture<HttpResponse<Void>>> requests = new ArrayList<>();
        for (int i = 0; i < updates; i++) {
            requests.add(post(i % 2 == 0 ? a : b, update(30_000 + i, chat(i), "question " + i)));
        }
        allTakenAndQuiet(requests, 30_000 + updates - 2, a); // A's last
        allTakenAndQuiet(List.of(), 30_000 + updates - 1, b); // B's last

        for (int i = 0; i < updates; i++) {
            String expected = "Answer " + i + ".";
            assertThat(telegram.sentTo(chat(i))).as("replies to chat %d", i).hasSize(1)
                    .first().satisfies(call -> assertThat(call.text()).isEqualTo(expected));
        }
        assertThat(telegram.calls("sendMessage")).hasSize(updates);
        assertThat(a.replies().asked).as("A answered what it was given").hasSize(updates / 2).allMatch(q ->
                Integer.parseInt(q.substring("question ".length())) % 2 == 0);
        assertThat(b.replies().asked).as("B answered what it was given").hasSize(updates / 2).allMatch(q ->
                Integer.parseInt(q.substring("question ".length())) % 2 == 1);
        assertThat(a.metrics().scrape()).contains("backcoach_webhook_requests_total{outcome=\"accepted\"} 50.0");
        assertThat(b.metrics().scrape()).contains("backcoach_webhook_requests_total{outcome=\"accepted\"} 50.0");
    }
}
