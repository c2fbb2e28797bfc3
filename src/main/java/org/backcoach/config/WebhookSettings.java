package org.backcoach.config;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Webhook mode: Telegram posts updates to {@code url}; a reverse proxy passes them to our small HTTP
 * server on {@code port} and {@code path}.
 *
 * <p>Environment first ({@code BACKCOACH_WEBHOOK_URL}, {@code _LISTEN}, {@code _PORT}, {@code _PATH},
 * {@code _SECRET}), then the {@code webhook:} section of {@code config/backcoach.yaml} ({@code url},
 * {@code listen}, {@code port}, {@code path}, {@code secret}). Without a URL the bot polls. The secret never appears in
 * {@link #toString()}, a log line or an error message.
 *
 * @param url             the public HTTPS URL Telegram posts to
 * @param listen          the address our server listens on: {@code 0.0.0.0} (all), or {@code 127.0.0.1}
 *                        when the proxy runs on the same machine
 * @param port            where our server listens (behind the proxy); 0 picks a free port (tests)
 * @param path            the path our server answers on, e.g. {@code /telegram}
 * @param secret          what Telegram sends in {@code X-Telegram-Bot-Api-Secret-Token}
 * @param secretGenerated true when no secret was configured and a random one was made at start
 */
public record WebhookSettings(URI url, String listen, int port, String path, String secret, boolean secretGenerated) {

    public static final String URL_ENV = "BACKCOACH_WEBHOOK_URL";
    public static final String LISTEN_ENV = "BACKCOACH_WEBHOOK_LISTEN";
    public static final String PORT_ENV = "BACKCOACH_WEBHOOK_PORT";
    public static final String PATH_ENV = "BACKCOACH_WEBHOOK_PATH";
    public static final String SECRET_ENV = "BACKCOACH_WEBHOOK_SECRET";
    public static final String DEFAULT_LISTEN = "0.0.0.0";
    public static final int DEFAULT_PORT = 8443;
    public static final String DEFAULT_PATH = "/telegram";
    /** Telegram delivers webhooks to these ports only. */
    static final Set<Integer> TELEGRAM_PORTS = Set.of(443, 80, 88, 8443);
    // Telegram's rule for secret_token is 1 to 256 of these characters; we ask for 32 or more.
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{32,256}");
    // An address, never a name: a name would need DNS at start.
    private static final Pattern ADDRESS = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~/-]*");
    private static final SecureRandom RANDOM = new SecureRandom();

    public WebhookSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(listen, "listen");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(secret, "secret");
        url = checkUrl(url.toString(), "the webhook URL");
        checkPath(path, "the webhook path");
        checkListen(listen, "the webhook listen address");
        checkSecret(secret, "the webhook secret");
        if (port < 0 || port > 65535) {
            throw new InvalidSettingException("the webhook port is " + port + "; accepted: 1 to 65535");
        }
    }

    public static Optional<WebhookSettings> load() {
        return load(System.getenv(), TelegramSettings.DEFAULT_FILE);
    }

    /** Reads {@code env} and, for what it leaves unset, the YAML file; empty when no URL is set (polling). */
    public static Optional<WebhookSettings> load(Map<String, String> env, Path file) {
        ConfigFile config = ConfigFile.section(file, "webhook", Set.of("url", "listen", "port", "path", "secret"));
        Setting url = Setting.of(env, URL_ENV, config, "url");
        Setting listen = Setting.of(env, LISTEN_ENV, config, "listen");
        Setting port = Setting.of(env, PORT_ENV, config, "port");
        Setting path = Setting.of(env, PATH_ENV, config, "path");
        Setting secret = Setting.of(env, SECRET_ENV, config, "secret");
        // Everything is checked even without a URL: a typo should not wait until webhook mode is switched on.
        int listenPort = port.value().map(v -> port(v, port.source())).orElse(DEFAULT_PORT);
        String listenAddress = listen.value().orElse(DEFAULT_LISTEN);
        checkListen(listenAddress, listen.source());
        String listenPath = path.value().orElse(DEFAULT_PATH);
        checkPath(listenPath, path.source());
        secret.value().ifPresent(v -> checkSecret(v, secret.source()));
        if (url.value().isEmpty()) {
            return Optional.empty();
        }
        URI publicUrl = checkUrl(url.value().get(), url.source());
        return Optional.of(new WebhookSettings(publicUrl, listenAddress, listenPort, listenPath,
                secret.value().orElseGet(WebhookSettings::randomSecret), secret.value().isEmpty()));
    }

    /**
     * Webhook mode with a database several instances can share (PostgreSQL) needs a configured secret:
     * a random one per instance would leave every instance but the last to call setWebhook answering
     * 401 to each update Telegram posts to it. SQLite means one instance, so a random secret is fine there.
     *
     * @throws InvalidSettingException naming {@link #SECRET_ENV} when the secret was generated on PostgreSQL
     */
    public static void checkSharedSecret(Optional<WebhookSettings> webhook, DatabaseSettings database) {
        if (webhook.isEmpty() || !webhook.get().secretGenerated() || database.isSqlite()) {
            return;
        }
        throw new InvalidSettingException(SECRET_ENV + " (or webhook.secret in the settings file) is not set, but webhook"
                + " mode on PostgreSQL (the database URL, " + DatabaseSettings.URL_ENV + " or database.url, is jdbc:postgresql:...)"
                + " needs it: several instances"
                + " may share this database, and each would make its own random secret, so Telegram's posts would get"
                + " 401 from every instance but one. Set the same " + SECRET_ENV + " on every instance; accepted: 32 to"
                + " 256 letters, digits, '_' or '-', e.g. from: openssl rand -hex 24");
    }

    /** 48 characters from 36 random bytes: Telegram's alphabet for secret tokens is base64url's. */
    static String randomSecret() {
        byte[] bytes = new byte[36];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Where our server listens. */
    public InetSocketAddress address() {
        try {
            return new InetSocketAddress(InetAddress.getByName(listen), port);
        } catch (UnknownHostException e) {
            throw new InvalidSettingException("the webhook listen address " + listen + " is not an IP address");
        }
    }

    @Override
    public String toString() {
        return "WebhookSettings[url=" + url + ", listen=" + listen + ", port=" + port + ", path=" + path + ", secret=<redacted"
                + (secretGenerated ? ", random" : "") + ">]";
    }

    private record Setting(Optional<String> value, String source) {
        static Setting of(Map<String, String> env, String envName, ConfigFile config, String key) {
            Optional<String> fromEnv = ConfigFile.nonBlank(env.get(envName));
            return fromEnv.isPresent() ? new Setting(fromEnv, envName) : new Setting(config.text(key), config.where(key));
        }
    }

    private static int port(String value, String source) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidSettingException(source + " is '" + value + "'; accepted: a port number from 1 to 65535,"
                + " e.g. " + DEFAULT_PORT);
    }

    private static void checkListen(String address, String source) {
        if (!ADDRESS.matcher(address).matches()) {
            throw new InvalidSettingException(source + " is '" + address + "'; accepted: an IP address to listen on,"
                    + " 0.0.0.0 (all, the default) or 127.0.0.1 (the proxy runs on this machine)");
        }
    }

    private static void checkPath(String path, String source) {
        if (!PATH.matcher(path).matches()) {
            throw new InvalidSettingException(source + " is '" + path + "'; accepted: a path starting with /,"
                    + " letters, digits and . _ ~ - /, e.g. " + DEFAULT_PATH);
        }
    }

    private static void checkSecret(String secret, String source) {
        if (!SECRET.matcher(secret).matches()) {
            // Never echo it.
            throw new InvalidSettingException(source + " is not usable (" + secret.length() + " characters); accepted:"
                    + " 32 to 256 letters, digits, '_' or '-' (Telegram's alphabet), e.g. from: openssl rand -hex 24");
        }
    }

    private static URI checkUrl(String value, String source) {
        String accepted = "accepted: a public https:// URL with a host and optionally a path; Telegram posts to"
                + " ports 443, 80, 88 or 8443 only, e.g. https://bot.example.org/telegram";
        URI uri;
        try {
            uri = new URI(value.trim());
        } catch (URISyntaxException e) {
            throw new InvalidSettingException(source + " is not a URL (" + e.getReason() + "); " + accepted);
        }
        String scheme = uri.getScheme() == null ? "(none)" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https")) {
            throw new InvalidSettingException(source + " has scheme " + scheme + ", but Telegram delivers webhooks"
                    + " over HTTPS only (terminate TLS at a reverse proxy); " + accepted);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new InvalidSettingException(source + " has no host; " + accepted);
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null || uri.getRawQuery() != null) {
            throw new InvalidSettingException(source + " has user info, a query or a fragment; " + accepted);
        }
        if (uri.getPort() != -1 && !TELEGRAM_PORTS.contains(uri.getPort())) {
            throw new InvalidSettingException(source + " has port " + uri.getPort() + "; " + accepted);
        }
        return uri;
    }
}
