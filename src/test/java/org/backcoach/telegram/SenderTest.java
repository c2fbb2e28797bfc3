package org.backcoach.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.backcoach.telegram.SendFailedException.Reason;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The sender's limits and retries on a hand-driven clock: nothing here waits on the wall clock. */
class SenderTest {

    /** Time that moves only when the test says so; scheduled tasks run when their time comes. */
    static final class ManualTime extends Clock implements Scheduler {
        private Instant now = Instant.parse("2025-01-06T08:00:00Z");
        private final List<Map.Entry<Instant, Runnable>> tasks = new ArrayList<>();
        final List<Duration> requested = new ArrayList<>();

        @Override
        public synchronized void schedule(Duration delay, Runnable task) {
            requested.add(delay);
            tasks.add(Map.entry(now.plus(delay), task));
        }

        /** Moves time forward, running every task that falls due on the way. */
        void advance(Duration by) {
            Instant end;
            synchronized (this) {
                end = now.plus(by);
            }
            while (true) {
                Map.Entry<Instant, Runnable> next;
                synchronized (this) {
                    next = tasks.stream().filter(t -> !t.getKey().isAfter(end)).min(Comparator.comparing(Map.Entry::getKey)).orElse(null);
                    if (next == null) {
                        now = end;
                        return;
                    }
                    tasks.remove(next);
                    if (next.getKey().isAfter(now)) {
                        now = next.getKey();
                    }
                }
                next.getValue().run();
            }
        }

        @Override
        public void close() {
        }

        @Override
        public synchronized Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    /** Records calls; answers each at once with success or with the next scripted failure for its chat. */
    static final class FakeApi implements BotApi {
        final List<Long> calls = new ArrayList<>();
        final Map<Long, Deque<Throwable>> failures = new HashMap<>();

        FakeApi failNext(long chatId, Throwable... errors) {
            failures.computeIfAbsent(chatId, id -> new ArrayDeque<>()).addAll(List.of(errors));
            return this;
        }

        @Override
        @SuppressWarnings("unchecked")
        public synchronized <T extends Serializable> CompletableFuture<T> call(BotApiMethod<T> method) {
            long chatId = Long.parseLong(((SendMessage) method).getChatId());
            calls.add(chatId);
            Deque<Throwable> queue = failures.get(chatId);
            if (queue != null && !queue.isEmpty()) {
                return CompletableFuture.failedFuture(queue.poll());
            }
            return CompletableFuture.completedFuture((T) Boolean.TRUE);
        }

        synchronized long count(long chatId) {
            return calls.stream().filter(c -> c == chatId).count();
        }
    }

    private final ManualTime time = new ManualTime();
    private final FakeApi api = new FakeApi();
    private final Sender sender = new Sender(api, time, time, RateLimits.TELEGRAM, RetryPolicy.DEFAULT);

    private static SendMessage message(long chatId) {
        return SendMessage.builder().chatId(chatId).text("x").build();
    }

    private static TelegramApiRequestException apiError(int code, Integer retryAfter) {
        ApiResponse<Boolean> response = ApiResponse.<Boolean>builder().ok(false).errorCode(code).errorDescription("error " + code)
                .parameters(retryAfter == null ? null : new ResponseParameters(null, retryAfter)).build();
        return new TelegramApiRequestException("Error executing", response);
    }

    @Test
    void aboutThirtyMessagesASecondOverall() {
        for (long chat = 1; chat <= 40; chat++) {
            sender.toChat(chat, message(chat));
        }
        assertThat(api.calls).hasSize(30);
        time.advance(Duration.ofMillis(1000));
        assertThat(api.calls).hasSize(40);
    }

    @Test
    void aboutOneMessageASecondPerChatAfterAShortBurst() {
        for (int i = 0; i < 6; i++) {
            sender.toChat(7, message(7));
        }
        assertThat(api.count(7)).isEqualTo(3);
        assertThat(time.requested).contains(Duration.ofSeconds(1));
        time.advance(Duration.ofSeconds(1));
        assertThat(api.count(7)).isEqualTo(4);
        time.advance(Duration.ofSeconds(2));
        assertThat(api.count(7)).isEqualTo(6);
    }

    @Test
    void twentyMessagesAMinuteInAGroup() {
        long group = -100_200_300_400L;
        for (int i = 0; i < 30; i++) {
            sender.toChat(group, message(group));
        }
        time.advance(Duration.ofMinutes(1));
        assertThat(api.count(group)).isBetween(20L, 23L); // 20 a minute plus the initial burst
    }

    @Test
    void a429WaitsRetryAfterForThatChatOnlyAndOthersGoOn() {
        api.failNext(1, apiError(429, 12));
        sender.toChat(1, message(1));
        assertThat(time.requested).contains(Duration.ofSeconds(12));
        CompletableFuture<?> other = sender.toChat(2, message(2));
        assertThat(other).isCompleted(); // no wait for chat 2 although chat 1 is held up
        time.advance(Duration.ofSeconds(11));
        assertThat(api.count(1)).isEqualTo(1);
        time.advance(Duration.ofSeconds(1));
        assertThat(api.count(1)).isEqualTo(2);
    }

    @Test
    void a5xxOrNetworkErrorIsRetriedWithCappedBackoffThenGivenUp() {
        api.failNext(1, apiError(502, null), new IOException("reset"), apiError(500, null), apiError(503, null), apiError(500, null));
        CompletableFuture<?> result = sender.toChat(1, message(1));
        time.advance(Duration.ofMinutes(1));
        assertThat(api.count(1)).isEqualTo(5); // the first try and four retries
        assertThat(time.requested).containsSubsequence(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(result).isCompletedExceptionally();
        assertThat(reason(result)).isEqualTo(Reason.GAVE_UP);
    }

    @Test
    void a400IsNotRetriedAndTheChatGoesOn() {
        api.failNext(1, apiError(400, null));
        CompletableFuture<?> rejected = sender.toChat(1, message(1));
        CompletableFuture<?> next = sender.toChat(1, message(1));
        assertThat(reason(rejected)).isEqualTo(Reason.REJECTED);
        assertThat(next).isCompleted();
        assertThat(api.count(1)).isEqualTo(2);
    }

    @Test
    void a403MakesTheChatInactiveForWhatIsQueuedAndWhatComesLater() {
        api.failNext(1, apiError(403, null));
        for (int i = 0; i < 5; i++) {
            sender.toChat(1, message(1)); // three leave at once, two wait for the rate
        }
        time.advance(Duration.ofSeconds(5));
        long triedBefore403 = api.count(1);
        CompletableFuture<?> later = sender.toChat(1, message(1));
        time.advance(Duration.ofSeconds(5));
        assertThat(triedBefore403).isEqualTo(1); // the lane sends one call at a time, so the 403 stopped the rest
        assertThat(api.count(1)).isEqualTo(1);
        assertThat(reason(later)).isEqualTo(Reason.CHAT_INACTIVE);
        assertThat(sender.isInactive(1)).isTrue();
    }

    @Test
    void aChatsMessagesLeaveInOrderOneAtATime() {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            sender.toChat(3, message(3)).thenRun(() -> order.add("m" + n));
        }
        time.advance(Duration.ofSeconds(5));
        assertThat(order).containsExactly("m0", "m1", "m2", "m3", "m4");
    }

    private static Reason reason(CompletableFuture<?> future) {
        try {
            future.getNow(null);
        } catch (java.util.concurrent.CompletionException e) {
            return ((SendFailedException) e.getCause()).reason();
        }
        throw new AssertionError("not failed");
    }
}
