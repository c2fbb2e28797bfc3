package org.backcoach.tips;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the zone a user types: an IANA id in any letter case ({@code europe/berlin}), a city when
 * exactly one zone is named after it ({@code Berlin}), {@code UTC}/{@code GMT}, or an offset
 * ({@code UTC+2}, {@code GMT-5:30}, {@code +02:00}) between UTC-12 and UTC+14.
 */
final class Zones {
    private static final Pattern OFFSET = Pattern.compile("(?:utc|gmt)?\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?");
    private static final Map<String, String> BY_LOWER_ID = new HashMap<>();
    private static final Map<String, String> BY_CITY = new HashMap<>();

    static {
        for (String id : ZoneId.getAvailableZoneIds()) {
            BY_LOWER_ID.put(id.toLowerCase(Locale.ROOT), id);
            int slash = id.lastIndexOf('/');
            if (slash > 0 && Character.isUpperCase(id.charAt(0)) && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
                // A city named by two zones is ambiguous: remember that with an empty value.
                BY_CITY.merge(id.substring(slash + 1).toLowerCase(Locale.ROOT), id, (a, b) -> "");
            }
        }
    }

    private Zones() {
    }

    static Optional<ZoneId> parse(String text) {
        String input = text.strip();
        String lower = input.toLowerCase(Locale.ROOT);
        if (lower.equals("utc") || lower.equals("gmt") || lower.equals("z")) {
            return Optional.of(ZoneId.of("UTC"));
        }
        Matcher offset = OFFSET.matcher(lower);
        if (offset.matches()) {
            return offset(offset.group(1), offset.group(2), offset.group(3));
        }
        String id = BY_LOWER_ID.get(lower);
        if (id == null) {
            String city = BY_CITY.get(lower.replace(' ', '_'));
            id = city == null || city.isEmpty() ? null : city;
        }
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<ZoneId> offset(String sign, String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int m = minutes == null ? 0 : Integer.parseInt(minutes);
        if (m > 59) {
            return Optional.empty();
        }
        int total = (h * 60 + m) * (sign.equals("-") ? -1 : 1);
        if (total < -12 * 60 || total > 14 * 60) {
            return Optional.empty(); // no place on Earth is further from UTC
        }
        if (total == 0) {
            return Optional.of(ZoneId.of("UTC"));
        }
        return Optional.of(ZoneId.ofOffset("UTC", ZoneOffset.ofTotalSeconds(total * 60)));
    }
}
