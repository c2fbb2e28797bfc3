package org.backcoach.telegram;

/** Escaping for Telegram's HTML parse mode: only {@code &}, {@code <} and {@code >} need it. */
final class Html {
    private Html() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Length of {@link #escape(String)} without building it. */
    static int escapedLength(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&') {
                length += 4;
            } else if (c == '<' || c == '>') {
                length += 3;
            }
        }
        return length;
    }
}
