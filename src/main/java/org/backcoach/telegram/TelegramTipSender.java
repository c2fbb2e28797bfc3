package org.backcoach.telegram;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.backcoach.tips.TipNotSent;
import org.backcoach.tips.TipSender;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Daily tips through the one sender, as broadcast messages: behind replies, at the broadcast rate. */
final class TelegramTipSender implements TipSender {
    private final Sender sender;
    private final Replies replies;
    private final ReplyRenderer renderer;

    TelegramTipSender(Sender sender, Replies replies, ReplyRenderer renderer) {
        this.sender = sender;
        this.replies = replies;
        this.renderer = renderer;
    }

    @Override
    public CompletableFuture<Long> send(long chatId, long position) {
        CompletableFuture<Long> done = new CompletableFuture<>();
        try {
            List<SendMessage> parts = renderer.render(ReplyRenderer.Target.chat(chatId), replies.dailyTip(position));
            if (parts.isEmpty()) {
                return CompletableFuture.failedFuture(new TipNotSent(TipNotSent.Why.NOT_NOW, "the tip has no text"));
            }
            // A tip longer than one message goes part after part; the last part's id is the delivery's.
            CompletableFuture<Message> sent = sender.broadcast(chatId, parts.get(0));
            for (SendMessage part : parts.subList(1, parts.size())) {
                sent = sent.thenCompose(previous -> sender.broadcast(chatId, part));
            }
            sent.whenComplete((message, error) -> {
                if (error == null) {
                    done.complete(message == null || message.getMessageId() == null ? 0L : message.getMessageId().longValue());
                } else {
                    done.completeExceptionally(notSent(error));
                }
            });
        } catch (RuntimeException e) {
            done.completeExceptionally(new TipNotSent(TipNotSent.Why.NOT_NOW, e.getClass().getSimpleName()));
        }
        return done;
    }

    private static TipNotSent notSent(Throwable error) {
        Throwable e = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (e instanceof SendFailedException failed && failed.reason() == SendFailedException.Reason.CHAT_INACTIVE) {
            return new TipNotSent(TipNotSent.Why.CHAT_GONE, failed.getMessage());
        }
        return new TipNotSent(TipNotSent.Why.NOT_NOW, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
