package org.backcoach.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backcoach.assistant.Assistant;
import org.backcoach.assistant.Conversation;
import org.backcoach.assistant.Reply;
import org.backcoach.config.WebhookSettings;
import org.backcoach.ops.Metrics;
import org.backcoach.store.Database;
import org.backcoach.store.TestPostgres;
import org.backcoach.telegram.webhook.WebhookServer;

/**
 * Webhook load harness (not a unit test): {@code updates} updates from {@code chats} chats, posted
 * concurrently (at most {@code connections} requests open at once, as Telegram's max_connections) to
 * the door's webhook server on 127.0.0.1, a fraction {@code repeat} of them posted a second time as
 * Telegram's retries would be. The real core answers realistic questions; replies go to the fake Bot
 * API. Checks that every update is answered exactly once, and reports the time to the HTTP 200 and
 * the handling latency (request sent to the reply's sendMessage arriving at the fake Bot API).
 *
 * <p>With {@code -Dinstances=2} (or more) that many doors run side by side, as behind a proxy, each with its own
 * webhook server, database pool and door memory on one PostgreSQL schema (127.0.0.1:5432, database {@code test},
 * as the tests use; dropped afterwards), with one configured secret and one fake Bot API. Update {@code i} goes to
 * instance {@code i mod instances}, and its repeat, if any, to the next instance, so only the shared
 * {@code handled_updates} table can stop the second answer. With one instance the door keeps nothing in a
 * database (its in-memory repeat check only), as before.
 *
 * <p>Run: {@code mvn -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.backcoach.telegram.WebhookBenchmark [-Dupdates=1000] [-Dchats=200]
 * [-Dconnections=100] [-Drepeat=0.1] [-Dlimits=unlimited|telegram] [-Dinstances=1|2]}
 */
public final class WebhookBenchmark {
    private static final String SECRET = "bench-secret_0123456789abcdefghijklmnopqrstuv";
    private static final Pattern MARKER = Pattern.compile(" \\(u(\\d+)\\)$");
    private static final List<String> QUESTIONS = List.of(
            "is twice a week enough or should i be doing more",
            "my back's having a bad week, should i pause the weights?",
            "can i deadlift with a bulging disc",
            "what exercises are easiest on the back",
            "how heavy should i go when i start",
            "should i warm up before lifting",
            "my legs go numb when i squat",
            "thanks!",
            "best pizza in town?",
            "hello there");

    public static void main(String[] args) throws Exception {
        int updates = Integer.getInteger("updates", 1000);
        int chats = Integer.getInteger("chats", 200);
        int connections = Integer.getInteger("connections", 100);
        double repeat = Double.parseDouble(System.getProperty("repeat", "0.1"));
        String limits = System.getProperty("limits", "unlimited");
        int instances = Integer.getInteger("instances", 1);
        Replies core = Replies.of(Assistant.load(Path.of("corpus")));

        // Several instances share PostgreSQL: a schema of their own, dropped at the end.
        TestPostgres postgres = instances > 1 ? TestPostgres.create() : null;
        try {
            run(core, 200, 50, connections, 0, limits, instances, postgres, false, 1_000_000); // warm-up: JIT, connections
            run(core, updates, chats, connections, repeat, limits, instances, postgres, true, 2_000_000);
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
        System.out.printf(Locale.ROOT, "(updates=%d, chats=%d, connections=%d, repeat=%.2f, limits=%s, instances=%d%s, cores=%d)%n",
                updates, chats, connections, repeat, limits, instances, postgres == null ? "" : " on PostgreSQL",
                Runtime.getRuntime().availableProcessors());
        System.exit(0);
    }

    private static void run(Replies core, int updates, int chats, int connections, double repeat, String limits,
                            int instances, TestPostgres postgres, boolean print, int firstId) throws Exception {
        Map<Integer, Long> posted = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
        List<Long> handling = Collections.synchronizedList(new ArrayList<>());
        List<Long> acks = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch answered = new CountDownLatch(updates);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();

        // The marker rides at the end of the reply, so the last part of a split reply counts.
        Replies marked = new Replies() {
            @Override
            public Reply reply(Conversation conversation, String text) {
                Matcher m = MARKER.matcher(text);
                String question = m.find() ? text.substring(0, m.start()) : text;
                Reply reply = core.reply(conversation, question);
                String marker = m.reset().find() ? "\n\n#u" + m.group(1) : "";
                return new Reply(reply.kind(), reply.escalation(), reply.text() + marker, reply.sources(), reply.related());
            }

            @Override
            public Reply aboutTopic(Conversation conversation, String sectionId) {
                return core.aboutTopic(conversation, sectionId);
            }

            @Override
            public Reply dailyTip(long position) {
                return core.dailyTip(position);
            }
        };

        try (FakeBotApi telegram = new FakeBotApi()) {
            telegram.onCall(call -> {
                if (!call.method().equals("sendMessage")) {
                    return;
                }
                String text = call.text();
                int at = text.lastIndexOf("#u");
                if (at < 0) {
                    return;
                }
                int id = Integer.parseInt(text.substring(at + 2).trim());
                Long sent = posted.get(id);
                if (answers.computeIfAbsent(id, i -> new AtomicInteger()).incrementAndGet() == 1 && sent != null) {
                    handling.add(call.atNanos() - sent);
                    answered.countDown();
                }
            });
            WebhookSettings hook = new WebhookSettings(URI.create("https://bot.example.org/telegram"), "127.0.0.1", 0,
                    "/telegram", SECRET, false);
            TelegramDoor.Options options = new TelegramDoor.Options(Clock.systemUTC(), Scheduler.newDaemon("bench-sender"),
                    limits.equals("telegram") ? RateLimits.TELEGRAM : RateLimits.UNLIMITED, RetryPolicy.DEFAULT,
                    Duration.ofSeconds(10), 1, Duration.ofSeconds(10), Duration.ofSeconds(5),
                    Math.max(2, Runtime.getRuntime().availableProcessors()), 50_000, MessageSplitter.DEFAULT_LIMIT);
            List<AutoCloseable> resources = new ArrayList<>();
            List<TelegramDoor> doors = new ArrayList<>();
            List<AtomicInteger> answeredBy = new ArrayList<>();
            try {
                for (int n = 0; n < instances; n++) {
                    TelegramDoor.State state = TelegramDoor.State.none();
                    if (postgres != null) {
                        Database db = postgres.open();
                        resources.add(db);
                        state = new TelegramDoor.State(DoorMemory.of(db, Clock.systemUTC()), Optional.empty());
                    }
                    AtomicInteger count = new AtomicInteger();
                    answeredBy.add(count);
                    Replies counted = counting(marked, count);
                    TelegramDoor door = TelegramDoor.start(telegram.settings(), counted, options,
                            state, new DoorOps(Optional.of(hook), new Metrics(), () -> { }));
                    resources.add(door);
                    doors.add(door);
                }
                telegram.await("setWebhook", instances);
                List<URI> targets = doors.stream()
                        .map(door -> URI.create("http://127.0.0.1:" + door.webhookPort() + "/telegram")).toList();
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                Semaphore open = new Semaphore(connections);
                List<CompletableFuture<?>> requests = new ArrayList<>();
                // Each entry: an update and the instance it goes to; a repeat goes to the next instance.
                List<int[]> order = new ArrayList<>();
                for (int i = 0; i < updates; i++) {
                    order.add(new int[] {i, i % instances});
                    if (i < updates * repeat) {
                        order.add(new int[] {i, (i + 1) % instances}); // Telegram's retry of the same update
                    }
                }
                Collections.shuffle(order, new java.util.Random(42));
                long start = System.nanoTime();
                for (int[] entry : order) {
                    int i = entry[0];
                    URI target = targets.get(entry[1]);
                    int id = firstId + i;
                    long chatId = 1_000_000_000_000L + (i % chats);
                    ObjectNode update = FakeBotApi.privateText(chatId, QUESTIONS.get(i % QUESTIONS.size()) + " (u" + id + ")");
                    update.put("update_id", id);
                    HttpRequest request = HttpRequest.newBuilder(target)
                            .header("Content-Type", "application/json")
                            .header(WebhookServer.SECRET_HEADER, SECRET)
                            .POST(HttpRequest.BodyPublishers.ofString(update.toString())).build();
                    open.acquire();
                    long sentAt = System.nanoTime();
                    posted.putIfAbsent(id, sentAt);
                    requests.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                        open.release();
                        acks.add(System.nanoTime() - sentAt);
                        statuses.merge(error == null ? response.statusCode() : -1, 1, Integer::sum);
                    }));
                }
                CompletableFuture.allOf(requests.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
                long allAcked = System.nanoTime();
                if (!answered.await(300, TimeUnit.SECONDS)) {
                    System.out.printf("timed out: %d of %d updates answered%n", updates - answered.getCount(), updates);
                }
                long allAnswered = System.nanoTime();
                for (TelegramDoor door : doors) {
                    door.awaitQuiet(0, Duration.ofSeconds(30));
                }
                if (!print) {
                    return;
                }
                long once = answers.values().stream().filter(n -> n.get() == 1).count();
                long twice = answers.values().stream().filter(n -> n.get() > 1).count();
                System.out.printf(Locale.ROOT, "%d updates (%d requests with repeats), HTTP statuses %s; answered once: %d,"
                                + " more than once: %d, never: %d%n",
                        updates, order.size(), statuses, once, twice, updates - answers.size());
                if (instances > 1) {
                    System.out.printf(Locale.ROOT, "answered per instance: %s (repeats went to the other instance)%n",
                            answeredBy.stream().map(AtomicInteger::get).toList());
                }
                System.out.printf(Locale.ROOT, "all acknowledged after %.2f s, all answered after %.2f s: %.0f updates/s%n",
                        (allAcked - start) / 1e9, (allAnswered - start) / 1e9, updates / ((allAnswered - start) / 1e9));
                System.out.printf(Locale.ROOT, "HTTP 200: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                        ms(acks, 0.50), ms(acks, 0.95), ms(acks, 0.99), ms(acks, 1.0));
                System.out.printf(Locale.ROOT, "handling (request sent -> reply at Bot API): p50 %.1f ms, p95 %.1f ms,"
                                + " p99 %.1f ms, max %.1f ms%n",
                        ms(handling, 0.50), ms(handling, 0.95), ms(handling, 0.99), ms(handling, 1.0));
            } finally {
                for (int n = resources.size() - 1; n >= 0; n--) {
                    resources.get(n).close();
                }
            }
        }
    }

    /** The same replies, counting the questions this instance's core was asked. */
    private static Replies counting(Replies replies, AtomicInteger count) {
        return new Replies() {
            @Override
            public Reply reply(Conversation conversation, String text) {
                count.incrementAndGet();
                return replies.reply(conversation, text);
            }

            @Override
            public Reply aboutTopic(Conversation conversation, String sectionId) {
                return replies.aboutTopic(conversation, sectionId);
            }

            @Override
            public Reply dailyTip(long position) {
                return replies.dailyTip(position);
            }
        };
    }

    private static double ms(List<Long> values, double q) {
        List<Long> sorted;
        synchronized (values) {
            sorted = new ArrayList<>(values);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int index = (int) Math.min(sorted.size() - 1, Math.max(0, Math.ceil(q * sorted.size()) - 1));
        return sorted.get(index) / 1e6;
    }
}
