package org.backcoach.telegram;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * What a failed Bot API call means for the sender.
 *
 * @param kind       what to do about it
 * @param errorCode  the Bot API error code, 0 when there was no Bot API answer
 * @param retryAfter Telegram's {@code retry_after} for a 429
 * @param summary    a log-safe description: exception class and code, never message text or token
 */
record Failure(Kind kind, int errorCode, Optional<Duration> retryAfter, String summary) {

    enum Kind {
        /** 429: wait as told, then retry. */
        RATE_LIMITED,
        /** 5xx, network error, timeout, an answer that is not a Bot API response: retry with backoff. */
        TRANSIENT,
        /** 403: the user blocked the bot or left; stop writing to the chat. */
        FORBIDDEN,
        /** 400 and everything else: retrying cannot help. */
        PERMANENT
    }

    static Failure classify(Throwable error) {
        Throwable e = unwrap(error);
        if (e instanceof TelegramApiRequestException request) {
            int code = request.getErrorCode() == null ? 0 : request.getErrorCode();
            String summary = "Bot API error " + code;
            if (code == 429) {
                Optional<Duration> retryAfter = Optional.ofNullable(request.getParameters())
                        .map(p -> p.getRetryAfter())
                        .filter(s -> s >= 0)
                        .map(Duration::ofSeconds);
                return new Failure(Kind.RATE_LIMITED, code, retryAfter, summary);
            }
            if (code == 403) {
                return new Failure(Kind.FORBIDDEN, code, Optional.empty(), summary);
            }
            if (code >= 500) {
                return new Failure(Kind.TRANSIENT, code, Optional.empty(), summary);
            }
            if (code == 0) {
                // No error_code: the answer could not be read as a Bot API response at all.
                return new Failure(Kind.TRANSIENT, 0, Optional.empty(), "unreadable Bot API answer");
            }
            return new Failure(Kind.PERMANENT, code, Optional.empty(), summary);
        }
        if (e instanceof IOException || e instanceof TimeoutException) {
            return new Failure(Kind.TRANSIENT, 0, Optional.empty(), e.getClass().getSimpleName());
        }
        return new Failure(Kind.PERMANENT, 0, Optional.empty(), e.getClass().getSimpleName());
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
