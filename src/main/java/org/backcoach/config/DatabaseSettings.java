package org.backcoach.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where subscriptions, deliveries and feedback live.
 *
 * <p>Sources, highest priority first: the environment ({@code BACKCOACH_DB_URL}, {@code BACKCOACH_DB_USER},
 * {@code BACKCOACH_DB_PASSWORD}), then the {@code database:} section of {@code config/backcoach.yaml}
 * ({@code url}, {@code user}, {@code password}). Default: the SQLite file {@code data/backcoach.db}.
 * The password never appears in {@link #toString()} or an error message.
 *
 * @param url      a JDBC URL: {@code jdbc:sqlite:<file>} or {@code jdbc:postgresql://host[:port]/db}
 * @param user     for PostgreSQL; empty for SQLite
 * @param password for PostgreSQL; empty when none
 */
public record DatabaseSettings(String url, Optional<String> user, Optional<String> password) {

    public static final String URL_ENV = "BACKCOACH_DB_URL";
    public static final String USER_ENV = "BACKCOACH_DB_USER";
    public static final String PASSWORD_ENV = "BACKCOACH_DB_PASSWORD";
    public static final String DEFAULT_URL = "jdbc:sqlite:data/backcoach.db";
    private static final String ACCEPTED = "accepted: jdbc:sqlite:<file> (e.g. " + DEFAULT_URL
            + ") or jdbc:postgresql://<host>[:<port>]/<database>";

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        checkUrl(url, "the database URL");
    }

    public static DatabaseSettings sqlite(Path file) {
        return new DatabaseSettings("jdbc:sqlite:" + file, Optional.empty(), Optional.empty());
    }

    public static DatabaseSettings load() {
        return load(System.getenv(), TelegramSettings.DEFAULT_FILE);
    }

    /** Reads {@code env} and, for what it leaves unset, the YAML file (which may be absent). */
    public static DatabaseSettings load(Map<String, String> env, Path file) {
        ConfigFile config = ConfigFile.section(file, "database", Set.of("url", "user", "password"));
        Optional<String> envUrl = ConfigFile.nonBlank(env.get(URL_ENV));
        String url = envUrl.or(() -> config.text("url")).orElse(DEFAULT_URL);
        checkUrl(url, envUrl.isPresent() ? URL_ENV : config.where("url"));
        Optional<String> user = ConfigFile.nonBlank(env.get(USER_ENV)).or(() -> config.text("user"));
        Optional<String> password = ConfigFile.nonBlank(env.get(PASSWORD_ENV)).or(() -> config.text("password"));
        return new DatabaseSettings(url, user, password);
    }

    public boolean isSqlite() {
        return url.startsWith("jdbc:sqlite:");
    }

    /** The SQLite file, when the URL names one (not {@code :memory:}). */
    public Optional<Path> sqliteFile() {
        if (!isSqlite()) {
            return Optional.empty();
        }
        String rest = url.substring("jdbc:sqlite:".length());
        int query = rest.indexOf('?');
        String name = query < 0 ? rest : rest.substring(0, query);
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        }
        return name.isEmpty() || name.startsWith(":memory:") ? Optional.empty() : Optional.of(Path.of(name));
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user.orElse("(none)") + ", password="
                + (password.isPresent() ? "<redacted>" : "(none)") + "]";
    }

    private static void checkUrl(String url, String source) {
        boolean sqlite = url.startsWith("jdbc:sqlite:") && url.length() > "jdbc:sqlite:".length();
        boolean postgres = url.startsWith("jdbc:postgresql://") && url.length() > "jdbc:postgresql://".length();
        if (!sqlite && !postgres) {
            // The URL may carry a password as a parameter: name its scheme only.
            int colon = url.indexOf(':', url.indexOf(':') + 1);
            String scheme = colon > 0 ? url.substring(0, colon) : "(no jdbc:<driver>: prefix)";
            throw new InvalidSettingException(source + " is not a supported database URL (" + scheme + "); " + ACCEPTED);
        }
    }
}
