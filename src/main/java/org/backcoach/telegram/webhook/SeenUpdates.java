package org.backcoach.telegram.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Update ids the webhook has already taken. Telegram repeats a delivery it did not see answered in
 * time, so the same update can arrive twice. This in-memory set catches the repeats that reach this
 * instance; the door's {@code DoorMemory} (the database, shared by all instances) catches the rest
 * after it. Any other store implements this interface.
 */
@FunctionalInterface
public interface SeenUpdates {

    /** Records the id; false when it was recorded before (then the update is not handled again). */
    boolean firstTime(int updateId);

    /** The last {@code capacity} ids, in memory. */
    static SeenUpdates recent(int capacity) {
        Map<Integer, Boolean> seen = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Boolean> eldest) {
                return size() > capacity;
            }
        };
        return updateId -> {
            synchronized (seen) {
                return seen.putIfAbsent(updateId, Boolean.TRUE) == null;
            }
        };
    }
}
