package org.backcoach.telegram;

/** The Telegram door could not start. The message says why, for a person, and never holds the token. */
public final class TelegramDoorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TelegramDoorException(String message) {
        super(message);
    }
}
