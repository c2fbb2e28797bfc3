package org.backcoach.telegram;

/** A call the sender gave up on. The message is log-safe: no message text, no token. */
final class SendFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    enum Reason { GAVE_UP, REJECTED, CHAT_INACTIVE, QUEUE_FULL, CLOSED }

    private final Reason reason;
    private final int errorCode;

    SendFailedException(Reason reason, int errorCode, String message) {
        super(message);
        this.reason = reason;
        this.errorCode = errorCode;
    }

    Reason reason() {
        return reason;
    }

    /** The Bot API error code of the last attempt, 0 when there was none. */
    int errorCode() {
        return errorCode;
    }
}
