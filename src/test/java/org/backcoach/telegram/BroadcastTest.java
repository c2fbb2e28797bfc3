package org.backcoach.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.backcoach.telegram.SendFailedException.Reason;
import org.backcoach.telegram.SenderTest.FakeApi;
import org.backcoach.telegram.SenderTest.ManualTime;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The daily broadcast in the sender, on a hand-driven clock: its rate, its place behind replies, 429 and 403. */
class BroadcastTest {
    private final ManualTime time = new ManualTime();
    private final FakeApi api = new FakeApi();
    private final List<Long> madeInactive = new ArrayList<>();
    private final Sender sender = new Sender(api, time, time, RateLimits.TELEGRAM, RetryPolicy.DEFAULT,
            BroadcastLimits.perSecond(25), Set.of(99L), madeInactive::add);

    private static SendMessage message(long chatId) {
        return SendMessage.builder().chatId(chatId).text("x").build();
    }

    private static TelegramApiRequestException apiError(int code, Integer retryAfter) {
        ApiResponse<Boolean> response = ApiResponse.<Boolean>builder().ok(false).errorCode(code).errorDescription("error " + code)
                .parameters(retryAfter == null ? null : new ResponseParameters(null, retryAfter)).build();
        return new TelegramApiRequestException("Error executing", response);
    }

    private List<CompletableFuture<?>> broadcastTo(long firstChat, int count) {
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (long chat = firstChat; chat < firstChat + count; chat++) {
            sent.add(sender.broadcast(chat, message(chat)));
        }
        return sent;
    }

    @Test
    void theBroadcastKeepsItsRateEvenlySpaced() {
        broadcastTo(1000, 1000);
        assertThat(api.calls).hasSize(1);
        time.advance(Duration.ofSeconds(10));
        assertThat(api.calls).hasSize(251); // the first at once, then 25 a second
        time.advance(Duration.ofSeconds(30));
        assertThat(api.calls).hasSize(1000);
        assertThat(time.requested).allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofMillis(40)));
    }

    @Test
    void repliesGoAheadOfABroadcastInProgress() {
        broadcastTo(1000, 10_000);
        time.advance(Duration.ofSeconds(4)); // 100 tips out, 9,900 waiting
        int before = api.calls.size();
        List<CompletableFuture<?>> replies = new ArrayList<>();
        for (long chat = 1; chat <= 5; chat++) {
            replies.add(sender.toChat(chat, message(chat)));
        }
        assertThat(replies).allSatisfy(reply -> assertThat(reply).isCompleted()); // at once, not after 9,900 tips
        assertThat(api.calls.subList(before, before + 5)).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void aTipWaitsForRepliesToTheSameChat() {
        for (int i = 0; i < 4; i++) {
            sender.toChat(7, message(7)); // three leave at once, the fourth waits a second
        }
        CompletableFuture<?> tip = sender.broadcast(7, message(7));
        assertThat(tip).isNotDone();
        time.advance(Duration.ofSeconds(3));
        assertThat(tip).isCompleted();
        assertThat(api.count(7)).isEqualTo(5);
    }

    @Test
    void a429PausesTheWholeBroadcastForRetryAfterAndThenItGoesOnWithNothingLost() {
        api.failNext(1003, apiError(429, 7));
        List<CompletableFuture<?>> tips = broadcastTo(1000, 50);
        time.advance(Duration.ofMillis(200)); // 1000..1004 tried; 1003 answers 429
        int atPause = api.calls.size();
        time.advance(Duration.ofMillis(6_700));
        assertThat(api.calls).hasSize(atPause); // nobody gets a tip during the pause
        time.advance(Duration.ofSeconds(3));
        assertThat(tips).allSatisfy(tip -> assertThat(tip).isCompleted());
        assertThat(api.count(1003)).isEqualTo(2);
        assertThat(api.calls).hasSize(51);
    }

    @Test
    void a429OnAReplyAlsoPausesTheBroadcast() {
        api.failNext(1, apiError(429, 5));
        sender.toChat(1, message(1));
        CompletableFuture<?> tip = sender.broadcast(1000, message(1000));
        time.advance(Duration.ofMillis(4_900));
        assertThat(tip).isNotDone();
        time.advance(Duration.ofMillis(200));
        assertThat(tip).isCompleted();
    }

    @Test
    void a403MakesTheChatInactiveTellsTheListenerAndLaterTipsFailAtOnce() {
        api.failNext(1000, apiError(403, null));
        CompletableFuture<?> tip = sender.broadcast(1000, message(1000));
        assertThat(reason(tip)).isEqualTo(Reason.CHAT_INACTIVE);
        assertThat(madeInactive).containsExactly(1000L);
        assertThat(reason(sender.broadcast(1000, message(1000)))).isEqualTo(Reason.CHAT_INACTIVE);
        assertThat(reason(sender.broadcast(99, message(99)))).as("inactive before the restart").isEqualTo(Reason.CHAT_INACTIVE);
        assertThat(api.count(1000)).isEqualTo(1);
        assertThat(sender.reactivate(99)).isTrue();
        CompletableFuture<?> afterReactivation = sender.broadcast(99, message(99));
        time.advance(Duration.ofMillis(40)); // the broadcast's next slot
        assertThat(afterReactivation).isCompleted();
    }

    @Test
    void a5xxIsRetriedWithBackoffWithoutHoldingUpTheRest() {
        api.failNext(1000, apiError(502, null));
        List<CompletableFuture<?>> tips = broadcastTo(1000, 5);
        time.advance(Duration.ofMillis(200));
        assertThat(tips.subList(1, 5)).allSatisfy(tip -> assertThat(tip).isCompleted());
        assertThat(tips.get(0)).isNotDone();
        time.advance(Duration.ofMillis(500));
        assertThat(tips.get(0)).isCompleted();
    }

    @Test
    void droppedBroadcastsFailAsNotSentAndRepliesAreUntouched() throws Exception {
        List<CompletableFuture<?>> tips = broadcastTo(1000, 100);
        CompletableFuture<?> reply = sender.toChat(1, message(1));
        sender.dropBroadcasts();
        assertThat(tips.subList(1, 100)).allSatisfy(tip -> assertThat(reason(tip)).isEqualTo(Reason.CLOSED));
        assertThat(reply).isCompleted();
        assertThat(sender.awaitIdle(Duration.ofSeconds(1))).isTrue();
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
