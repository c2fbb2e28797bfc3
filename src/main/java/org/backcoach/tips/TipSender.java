package org.backcoach.tips;

import java.util.concurrent.CompletableFuture;

/** How the scheduler gets a tip to a chat; the Telegram door provides it, tests fake it. */
@FunctionalInterface
public interface TipSender {

    /**
     * Sends the tip at rotation {@code position} to the chat. Completes with Telegram's message id
     * once Telegram accepted it, or exceptionally ({@link TipNotSent} says why). Never throws.
     */
    CompletableFuture<Long> send(long chatId, long position);
}
