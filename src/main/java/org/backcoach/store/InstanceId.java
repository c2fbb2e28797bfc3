package org.backcoach.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * This process among the instances sharing one database: it owns the claims its scheduler takes and
 * names its polling-lock session, so an operator can tell in {@code pg_stat_activity} who polls.
 */
public record InstanceId(String value) {
    public InstanceId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 100) {
            throw new IllegalArgumentException("an instance id is 1 to 100 characters");
        }
    }

    /** Host, process id and a random suffix: unique even when a restarted process gets the same pid. */
    public static InstanceId generate() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "host";
        }
        String suffix = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
        String id = host + "-" + ProcessHandle.current().pid() + "-" + suffix;
        return new InstanceId(id.length() > 100 ? id.substring(id.length() - 100) : id);
    }

    @Override
    public String toString() {
        return value;
    }
}
