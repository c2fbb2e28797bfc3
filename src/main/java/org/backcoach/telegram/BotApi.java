package org.backcoach.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** One Bot API call, asynchronous, always with a time limit. The sender's only way to Telegram. */
interface BotApi {

    <T extends Serializable> CompletableFuture<T> call(BotApiMethod<T> method);

    /**
     * Calls through a TelegramBots client. {@code executeAsync} rather than {@code execute}: the
     * synchronous call waits without limit when a response cannot be parsed, so every future gets
     * {@code timeout} (the OkHttp call timeout then also cancels the HTTP exchange).
     */
    static BotApi of(TelegramClient client, Duration timeout) {
        return new BotApi() {
            @Override
            public <T extends Serializable> CompletableFuture<T> call(BotApiMethod<T> method) {
                try {
                    return client.executeAsync(method).orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TelegramApiException | RuntimeException e) {
                    return CompletableFuture.failedFuture(e);
                }
            }
        };
    }
}
