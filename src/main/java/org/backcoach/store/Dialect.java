package org.backcoach.store;

import org.backcoach.config.DatabaseSettings;

/**
 * Where SQLite and PostgreSQL must differ; every other statement is one text for both.
 */
enum Dialect {
    /** One instance is the norm: IMMEDIATE transactions already serialise every writer. */
    SQLITE {
        @Override
        String skipLocked() {
            return "";
        }

        @Override
        PollerLock pollerLock(DatabaseSettings settings, String name, InstanceId instance) {
            return PollerLock.always();
        }
    },
    /** Several instances: row locks that others skip, and a session advisory lock for the one poller. */
    POSTGRESQL {
        @Override
        String skipLocked() {
            return " FOR UPDATE SKIP LOCKED";
        }

        @Override
        PollerLock pollerLock(DatabaseSettings settings, String name, InstanceId instance) {
            return new AdvisoryLock(settings, name, instance);
        }
    };

    static Dialect of(DatabaseSettings settings) {
        return settings.isSqlite() ? SQLITE : POSTGRESQL;
    }

    /** Ends a SELECT whose rows a transaction will change: locks them, skipping rows another transaction holds. */
    abstract String skipLocked();

    abstract PollerLock pollerLock(DatabaseSettings settings, String name, InstanceId instance);
}
