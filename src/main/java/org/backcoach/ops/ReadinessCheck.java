package org.backcoach.ops;

import java.util.Optional;
import org.backcoach.store.Database;

/** One condition {@code /readyz} waits for. */
@FunctionalInterface
public interface ReadinessCheck {

    /** Empty when ready, else a short reason for {@code /readyz}. Quick, and never throws. */
    Optional<String> notReadyBecause();

    /** The database answers a validity check within two seconds. */
    static ReadinessCheck database(Database db) {
        return () -> {
            try {
                boolean valid = db.read("readiness check", c -> c.isValid(2));
                return valid ? Optional.empty() : Optional.of("database not answering");
            } catch (RuntimeException e) { // StoreException included
                return Optional.of("database not answering");
            }
        };
    }
}
