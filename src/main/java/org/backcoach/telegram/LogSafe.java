package org.backcoach.telegram;

/** Helpers that keep user text and the token out of the log. */
final class LogSafe {
    private LogSafe() {
    }

    /** A copy of {@code e} with the same stack traces and classes, but no messages (they may quote user text). */
    static Throwable withoutMessages(Throwable e) {
        RuntimeException copy = new RuntimeException(e.getClass().getName() + " (message withheld)");
        copy.setStackTrace(e.getStackTrace());
        if (e.getCause() != null && e.getCause() != e) {
            copy.initCause(withoutMessages(e.getCause()));
        }
        return copy;
    }
}
