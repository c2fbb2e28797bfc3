package org.backcoach.classify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of everything a model's training reads, settings included: equal keys, equal models.
 * A model the build saved is used at start-up only when its key equals the key of what start-up
 * would train on, so an edited corpus never meets a stale model.
 */
public final class TrainingKey {
    private final MessageDigest digest;

    public TrainingKey() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Adds one piece of input, as a line (pieces "ab","c" and "a","bc" give different keys). */
    public TrainingKey add(String piece) {
        digest.update((piece.replace("\\", "\\\\").replace("\n", "\\n") + "\n").getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public String hex() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digests can be cloned", e);
        }
    }
}
