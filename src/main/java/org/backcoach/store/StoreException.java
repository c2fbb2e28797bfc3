package org.backcoach.store;

/** The database failed or refused. The message names the operation, never a password or a user's text. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
