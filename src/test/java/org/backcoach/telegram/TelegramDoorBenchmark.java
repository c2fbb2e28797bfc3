package org.backcoach.telegram;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.backcoach.assistant.Assistant;
import org.backcoach.assistant.Conversation;
import org.backcoach.assistant.Reply;

/**
 * End-to-end benchmark of the Telegram door (not a unit test): the real TelegramBots long polling
 * and client, the real core, and the fake Bot API on 127.0.0.1. {@code chats} chats each send
 * {@code perChat} messages, all at once. Measures updates handled per second (first update handed
 * out by getUpdates to last sendMessage received) and the latency from an update's arrival (handed
 * out by getUpdates) to the sendMessage that carries its reply.
 *
 * <p>Run: {@code mvn -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.backcoach.telegram.TelegramDoorBenchmark [-Dlimits=telegram|unlimited]
 * [-Dchats=100] [-DperChat=20]}
 */
public final class TelegramDoorBenchmark {

    public static void main(String[] args) throws Exception {
        int chats = Integer.getInteger("chats", 100);
        int perChat = Integer.getInteger("perChat", 20);
        String limits = System.getProperty("limits", "unlimited");
        RateLimits rateLimits = limits.equals("telegram") ? RateLimits.TELEGRAM : RateLimits.UNLIMITED;
        Replies core = Replies.of(Assistant.load(Path.of("corpus")));

        run(core, 20, 10, rateLimits, false); // warm-up: JIT, connections
        run(core, chats, perChat, rateLimits, true);
        System.out.printf(Locale.ROOT, "(limits=%s, chats=%d, perChat=%d, cores=%d)%n", limits, chats, perChat,
                Runtime.getRuntime().availableProcessors());
    }

    private static void run(Replies core, int chats, int perChat, RateLimits limits, boolean print) throws Exception {
        int total = chats * perChat;
        Map<String, Long> arrivals = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(total);
        long[] lastSend = new long[1];

        // The marker rides at the end of the reply, so the last part of a split reply counts.
        Replies marked = new Replies() {
            @Override
            public Reply reply(Conversation conversation, String text) {
                Reply reply = core.reply(conversation, text);
                return new Reply(reply.kind(), reply.escalation(), reply.text() + "\n\n#" + text, reply.sources(), reply.related());
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
            telegram.onArrival(update -> arrivals.put(update.path("message").path("text").asText(), System.nanoTime()));
            telegram.onCall(call -> {
                if (!call.method().equals("sendMessage")) {
                    return;
                }
                String text = call.text();
                int at = text.lastIndexOf("#q-");
                if (at < 0) {
                    return;
                }
                Long arrived = arrivals.get(text.substring(at + 1));
                if (arrived != null) {
                    latencies.add(call.atNanos() - arrived);
                    synchronized (lastSend) {
                        lastSend[0] = Math.max(lastSend[0], call.atNanos());
                    }
                    done.countDown();
                }
            });
            TelegramDoor.Options options = new TelegramDoor.Options(Clock.systemUTC(), Scheduler.newDaemon("bench-sender"),
                    limits, RetryPolicy.DEFAULT, Duration.ofSeconds(10), 1, Duration.ofSeconds(10), Duration.ofSeconds(5),
                    Math.max(2, Runtime.getRuntime().availableProcessors()), 50_000, MessageSplitter.DEFAULT_LIMIT);
            try (TelegramDoor door = TelegramDoor.start(telegram.settings(), marked, options)) {
                telegram.await("setMyCommands", 1);
                for (int n = 0; n < perChat; n++) {
                    for (int chat = 1; chat <= chats; chat++) {
                        long chatId = 1_000_000_000_000L + chat;
                        telegram.push(FakeBotApi.privateText(chatId, "q-" + chatId + "-" + n));
                    }
                }
                if (!done.await(300, TimeUnit.SECONDS)) {
                    System.out.printf("timed out: %d of %d replies%n", total - done.getCount(), total);
                }
            }
        }
        if (!print) {
            return;
        }
        long firstArrival = arrivals.values().stream().mapToLong(Long::longValue).min().orElse(0);
        double seconds = (lastSend[0] - firstArrival) / 1e9;
        List<Long> sorted;
        synchronized (latencies) {
            sorted = new ArrayList<>(latencies);
        }
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%d updates from %d chats in %.2f s: %.0f updates/s; arrival->sendMessage "
                        + "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                sorted.size(), chats, seconds, sorted.size() / seconds,
                ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1.0));
    }

    private static double ms(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.max(0, Math.ceil(q * sorted.size()) - 1));
        return sorted.get(index) / 1e6;
    }
}
