package org.backcoach.telegram;

import java.io.Serializable;
import java.util.concurrent.CompletableFuture;
import org.backcoach.ops.Metrics;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;

/** Counts every failed Bot API attempt by its error code, around the sender's only way to Telegram. */
final class MeteredBotApi implements BotApi {
    private final BotApi api;
    private final Metrics metrics;

    MeteredBotApi(BotApi api, Metrics metrics) {
        this.api = api;
        this.metrics = metrics;
    }

    @Override
    public <T extends Serializable> CompletableFuture<T> call(BotApiMethod<T> method) {
        CompletableFuture<T> call = api.call(method);
        call.whenComplete((result, error) -> {
            if (error != null) {
                metrics.sendFailed(Failure.classify(error).errorCode());
            }
        });
        return call;
    }
}
