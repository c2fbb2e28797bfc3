package org.backcoach.telegram;

/**
 * Whose turn it is to poll Telegram. Telegram answers a second poller on the same token with 409
 * Conflict, so with several instances only the holder of the turn polls; the others stand by and ask
 * again every few seconds, and one takes over when the poller dies.
 */
public interface PollingTurn extends AutoCloseable {

    /** One instance alone: always its turn. */
    PollingTurn ALONE = new PollingTurn() {
        @Override
        public boolean tryTake(long botId) {
            return true;
        }

        @Override
        public void close() {
        }
    };

    /** A turn backed by a lock elsewhere (a database advisory lock). */
    static PollingTurn of(java.util.function.LongPredicate tryTake, Runnable release) {
        return new PollingTurn() {
            @Override
            public boolean tryTake(long botId) {
                return tryTake.test(botId);
            }

            @Override
            public void close() {
                release.run();
            }
        };
    }

    /** True when this instance holds the turn (now or already); never blocks for long, never throws. */
    boolean tryTake(long botId);

    /** Gives the turn up, so that another instance can take it. */
    @Override
    void close();
}
