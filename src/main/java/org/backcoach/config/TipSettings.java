package org.backcoach.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How daily tips go out.
 *
 * <p>Environment first ({@code BACKCOACH_TIP_RATE}, {@code BACKCOACH_TIP_GRACE}), then the {@code tips:}
 * section of {@code config/backcoach.yaml} ({@code broadcast-rate}, {@code grace}).
 *
 * @param broadcastRate messages a second for the daily broadcast, 1 to 30 (Telegram allows about 30
 *                      for everything; what is left over keeps replies to questions quick)
 * @param grace         how late a tip missed while the bot was down may still go out
 */
public record TipSettings(int broadcastRate, Duration grace) {

    public static final String RATE_ENV = "BACKCOACH_TIP_RATE";
    public static final String GRACE_ENV = "BACKCOACH_TIP_GRACE";
    // At least a minute: runs are seconds apart, so less would skip tips that are merely a run late.
    // At most 23 hours: a longer grace would reach back to the previous day's tip.
    static final Duration MIN_GRACE = Duration.ofMinutes(1);
    static final Duration MAX_GRACE = Duration.ofHours(23);
    public static final TipSettings DEFAULTS = new TipSettings(25, Duration.ofHours(6));
    private static final Pattern DURATION = Pattern.compile("(\\d{1,5})\\s*(h|m|min|s)");
    private static final String GRACE_ACCEPTED = "accepted: a number with h, m or s, from 1 m to 23 h, e.g. 6h, 90m";

    public TipSettings {
        if (broadcastRate < 1 || broadcastRate > 30) {
            throw new IllegalArgumentException("broadcastRate must be 1 to 30");
        }
        if (grace.compareTo(MIN_GRACE) < 0 || grace.compareTo(MAX_GRACE) > 0) {
            throw new IllegalArgumentException("grace must be 1 minute to 23 hours");
        }
    }

    public static TipSettings load() {
        return load(System.getenv(), TelegramSettings.DEFAULT_FILE);
    }

    public static TipSettings load(Map<String, String> env, Path file) {
        ConfigFile config = ConfigFile.section(file, "tips", Set.of("broadcast-rate", "grace"));
        Optional<String> envRate = ConfigFile.nonBlank(env.get(RATE_ENV));
        Optional<String> envGrace = ConfigFile.nonBlank(env.get(GRACE_ENV));
        int rate = envRate.or(() -> config.text("broadcast-rate"))
                .map(v -> rate(v, envRate.isPresent() ? RATE_ENV : config.where("broadcast-rate")))
                .orElse(DEFAULTS.broadcastRate());
        Duration grace = envGrace.or(() -> config.text("grace"))
                .map(v -> grace(v, envGrace.isPresent() ? GRACE_ENV : config.where("grace")))
                .orElse(DEFAULTS.grace());
        return new TipSettings(rate, grace);
    }

    private static int rate(String value, String source) {
        try {
            int rate = Integer.parseInt(value);
            if (rate >= 1 && rate <= 30) {
                return rate;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidSettingException(source + " is '" + value + "'; accepted: messages a second, a whole number"
                + " from 1 to 30 (Telegram's limit is about 30), e.g. 25");
    }

    private static Duration grace(String value, String source) {
        Matcher m = DURATION.matcher(value.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration grace = switch (m.group(2)) {
                case "h" -> Duration.ofHours(n);
                case "s" -> Duration.ofSeconds(n);
                default -> Duration.ofMinutes(n);
            };
            if (grace.compareTo(MIN_GRACE) >= 0 && grace.compareTo(MAX_GRACE) <= 0) {
                return grace;
            }
        }
        throw new InvalidSettingException(source + " is '" + value + "'; " + GRACE_ACCEPTED);
    }
}
