package org.backcoach.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The small HTTP port for {@code /healthz}, {@code /readyz} and {@code /metrics}, in both Telegram modes
 * (the console chat and {@code ask} open no port). Environment first ({@code BACKCOACH_HEALTH_PORT}),
 * then {@code health.port} in {@code config/backcoach.yaml}.
 *
 * @param port 1 to 65535; 0 switches the endpoints off
 */
public record HealthSettings(int port) {

    public static final String PORT_ENV = "BACKCOACH_HEALTH_PORT";
    public static final int DEFAULT_PORT = 8081;

    public HealthSettings {
        if (port < 0 || port > 65535) {
            throw new InvalidSettingException("the health port is " + port + "; accepted: 0 (off) or 1 to 65535");
        }
    }

    public static HealthSettings load() {
        return load(System.getenv(), TelegramSettings.DEFAULT_FILE);
    }

    public static HealthSettings load(Map<String, String> env, Path file) {
        ConfigFile config = ConfigFile.section(file, "health", Set.of("port"));
        Optional<String> fromEnv = ConfigFile.nonBlank(env.get(PORT_ENV));
        String source = fromEnv.isPresent() ? PORT_ENV : config.where("port");
        return new HealthSettings(fromEnv.or(() -> config.text("port")).map(v -> port(v, source)).orElse(DEFAULT_PORT));
    }

    public boolean enabled() {
        return port != 0;
    }

    private static int port(String value, String source) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidSettingException(source + " is '" + value + "'; accepted: a port number from 1 to 65535,"
                + " or 0 to switch /healthz, /readyz and /metrics off (default " + DEFAULT_PORT + ")");
    }
}
