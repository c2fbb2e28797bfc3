package org.backcoach.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a plain-text reply into messages Telegram accepts (4,096 characters at most). Cuts at
 * paragraph boundaries where it can, then at line ends, sentence ends, spaces, and only as a last
 * resort inside a word (never inside a surrogate pair). Lengths are measured after HTML escaping,
 * which is stricter than Telegram's count, so an escaped part always fits too.
 */
final class MessageSplitter {
    /** Below Telegram's 4,096 with room to spare. */
    static final int DEFAULT_LIMIT = 4000;

    private static final String[] SEPARATORS = {"\n\n", "\n", ". ", " "};

    private MessageSplitter() {
    }

    static List<String> split(String text, int limit) {
        if (limit < 2) {
            throw new IllegalArgumentException("limit must be at least 2");
        }
        List<String> parts = new ArrayList<>();
        split(text.strip(), limit, 0, parts);
        parts.removeIf(String::isBlank);
        return parts;
    }

    private static void split(String text, int limit, int level, List<String> out) {
        if (Html.escapedLength(text) <= limit) {
            out.add(text);
            return;
        }
        if (level == SEPARATORS.length) {
            hardCut(text, limit, out);
            return;
        }
        String separator = SEPARATORS[level];
        List<String> units = units(text, separator);
        StringBuilder current = new StringBuilder();
        for (String unit : units) {
            if (Html.escapedLength(unit) > limit) {
                flush(current, out);
                split(unit.strip(), limit, level + 1, out);
            } else if (Html.escapedLength(current) + Html.escapedLength(unit) <= limit) {
                current.append(unit);
            } else {
                flush(current, out);
                current.append(unit);
            }
        }
        flush(current, out);
    }

    /** Pieces that each end with the separator (except maybe the last), so joining them gives the text back. */
    private static List<String> units(String text, String separator) {
        List<String> units = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int at = text.indexOf(separator, start);
            int end = at < 0 ? text.length() : at + separator.length();
            units.add(text.substring(start, end));
            start = end;
        }
        return units;
    }

    private static void flush(StringBuilder current, List<String> out) {
        String part = current.toString().strip();
        if (!part.isEmpty()) {
            out.add(part);
        }
        current.setLength(0);
    }

    private static void hardCut(String text, int limit, List<String> out) {
        int start = 0;
        while (start < text.length()) {
            int end = start;
            int cost = 0;
            while (end < text.length()) {
                int cp = text.codePointAt(end);
                int width = Character.charCount(cp);
                int add = Html.escapedLength(text.substring(end, end + width));
                if (cost + add > limit) {
                    break;
                }
                cost += add;
                end += width;
            }
            out.add(text.substring(start, end));
            start = end;
        }
    }
}
