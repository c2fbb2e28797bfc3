package org.backcoach.config;

/**
 * A setting has a value BackCoach cannot use. The message names the setting, where it came from
 * and the accepted values; it never repeats a secret.
 */
public final class InvalidSettingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidSettingException(String message) {
        super(message);
    }

    public InvalidSettingException(String message, Throwable cause) {
        super(message, cause);
    }
}
