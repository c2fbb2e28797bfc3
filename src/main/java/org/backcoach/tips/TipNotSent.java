package org.backcoach.tips;

/** A tip that did not reach Telegram. The message is log-safe. */
public final class TipNotSent extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Why {
        /** 403: the bot was blocked or removed; the subscription stops. */
        CHAT_GONE,
        /** Anything else (retries used up, shutting down): the tip stays due and goes at a later run. */
        NOT_NOW
    }

    private final Why why;

    public TipNotSent(Why why, String message) {
        super(message);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
