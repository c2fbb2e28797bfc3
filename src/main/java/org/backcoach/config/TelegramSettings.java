package org.backcoach.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the Telegram door needs to reach the Bot API: the bot token and the API base URL.
 *
 * <p>Sources, highest priority first: the environment ({@code TELEGRAM_BOT_TOKEN},
 * {@code TELEGRAM_API_URL}), then the {@code telegram:} section of {@code config/backcoach.yaml}:
 * <pre>
 * telegram:
 *   token: "123456:ABC..."
 *   api-url: https://api.telegram.org
 * </pre>
 * The token never appears in {@link #toString()} or in any error message.
 *
 * @param token  the bot token as given by BotFather
 * @param apiUrl scheme, host and optional port of the Bot API server, without a path
 */
public record TelegramSettings(String token, URI apiUrl) {

    public static final String TOKEN_ENV = "TELEGRAM_BOT_TOKEN";
    public static final String API_URL_ENV = "TELEGRAM_API_URL";
    public static final URI DEFAULT_API_URL = URI.create("https://api.telegram.org");
    /** The settings file, relative to the working directory. */
    public static final Path DEFAULT_FILE = Path.of("config", "backcoach.yaml");

    private static final Pattern TOKEN = Pattern.compile("[0-9]{1,20}:[A-Za-z0-9_-]{20,100}");
    private static final String TOKEN_SHAPE =
            "the form <bot id>:<secret> as given by @BotFather: digits, a colon, then 20 to 100 letters, digits, '_' or '-'";
    private static final Set<String> SECTION_KEYS = Set.of("token", "api-url");

    public TelegramSettings {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(apiUrl, "apiUrl");
        checkToken(token, "the bot token");
        apiUrl = checkApiUrl(apiUrl.toString(), "the API URL");
    }

    /** Reads the settings from the process environment and {@link #DEFAULT_FILE}. */
    public static Optional<TelegramSettings> load() {
        return load(System.getenv(), DEFAULT_FILE);
    }

    /**
     * Reads the settings from {@code env} and, for what the environment leaves unset, from the YAML
     * file (which may be absent).
     *
     * @return empty when no token is configured anywhere (the Telegram door stays closed)
     * @throws InvalidSettingException when a value is present but unusable
     */
    public static Optional<TelegramSettings> load(Map<String, String> env, Path file) {
        ConfigFile section = ConfigFile.section(file, "telegram", SECTION_KEYS);
        String fileToken = section.string("token").orElse(null);
        String fileUrl = section.string("api-url").orElse(null);

        String envToken = blankToNull(env.get(TOKEN_ENV));
        String envUrl = blankToNull(env.get(API_URL_ENV));

        String token = envToken != null ? envToken : fileToken;
        String tokenSource = envToken != null ? TOKEN_ENV : "telegram.token in " + file;
        String url = envUrl != null ? envUrl : fileUrl;
        String urlSource = envUrl != null ? API_URL_ENV : "telegram.api-url in " + file;

        URI apiUrl = url == null ? DEFAULT_API_URL : checkApiUrl(url, urlSource);
        if (token == null) {
            return Optional.empty();
        }
        checkToken(token, tokenSource);
        return Optional.of(new TelegramSettings(token, apiUrl));
    }

    /** The port to connect to: the URL's own or the scheme's default. */
    public int port() {
        if (apiUrl.getPort() != -1) {
            return apiUrl.getPort();
        }
        return apiUrl.getScheme().equals("https") ? 443 : 80;
    }

    @Override
    public String toString() {
        return "TelegramSettings[token=<redacted>, apiUrl=" + apiUrl + "]";
    }

    private static void checkToken(String token, String source) {
        if (!TOKEN.matcher(token).matches()) {
            // Never echo the value: it may be a real token with a typo.
            throw new InvalidSettingException(source + " is not a bot token: expected " + TOKEN_SHAPE
                    + " (got " + token.length() + " characters)");
        }
    }

    private static URI checkApiUrl(String value, String source) {
        String accepted = "accepted: http:// or https:// followed by a host and an optional port, no path,"
                + " query or user info, e.g. https://api.telegram.org or http://127.0.0.1:8081";
        URI uri;
        try {
            uri = new URI(value.trim());
        } catch (URISyntaxException e) {
            throw new InvalidSettingException(source + " is not a URL (" + e.getReason() + "); " + accepted);
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new InvalidSettingException(source + " has scheme " + (scheme == null ? "(none)" : scheme) + "; " + accepted);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new InvalidSettingException(source + " has no host; " + accepted);
        }
        String path = uri.getRawPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            throw new InvalidSettingException(source + " has a path (" + path + "), but TelegramBots reaches the Bot API"
                    + " at <scheme>://<host>:<port>/bot<token>/<method> and cannot add a path prefix; " + accepted);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new InvalidSettingException(source + " has a query, fragment or user info; " + accepted);
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw new InvalidSettingException(source + " has port " + uri.getPort() + "; accepted ports: 1 to 65535");
        }
        String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
        return URI.create(scheme + "://" + uri.getHost() + port);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
