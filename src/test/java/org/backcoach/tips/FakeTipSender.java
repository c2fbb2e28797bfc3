package org.backcoach.tips;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/** Telegram as the scheduler sees it: records every tip handed over, answers as scripted per chat. */
final class FakeTipSender implements TipSender {

    enum Answer { ACCEPT, FORBIDDEN, FAIL, HANG }

    record Sent(long chatId, long position, Instant at) {
    }

    private final Clock clock;
    private final AtomicLong messageIds = new AtomicLong(7000);
    private final Map<Long, Answer> answers = new ConcurrentHashMap<>();
    private final List<Sent> sent = new ArrayList<>();
    final CountDownLatch hung = new CountDownLatch(1);

    FakeTipSender(Clock clock) {
        this.clock = clock;
    }

    FakeTipSender answer(long chatId, Answer answer) {
        answers.put(chatId, answer);
        return this;
    }

    @Override
    public CompletableFuture<Long> send(long chatId, long position) {
        Answer answer = answers.getOrDefault(chatId, Answer.ACCEPT);
        if (answer == Answer.FORBIDDEN) {
            return CompletableFuture.failedFuture(new TipNotSent(TipNotSent.Why.CHAT_GONE, "403"));
        }
        if (answer == Answer.FAIL) {
            return CompletableFuture.failedFuture(new TipNotSent(TipNotSent.Why.NOT_NOW, "502 after retries"));
        }
        synchronized (sent) {
            sent.add(new Sent(chatId, position, clock.instant()));
        }
        if (answer == Answer.HANG) {
            // Telegram has the message; the process dies before it hears back and records it.
            hung.countDown();
            return new CompletableFuture<>();
        }
        return CompletableFuture.completedFuture(messageIds.incrementAndGet());
    }

    List<Sent> sent() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    List<Sent> sentTo(long chatId) {
        return sent().stream().filter(s -> s.chatId() == chatId).toList();
    }

    List<Instant> timesTo(long chatId) {
        return sentTo(chatId).stream().map(Sent::at).toList();
    }
}
