package org.backcoach.assistant;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A chat message reduced to its words: lower case, straight apostrophes, no punctuation or emoji,
 * single spaces. What the small-talk and about-BackCoach patterns are matched against.
 */
final class ChatWords {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}' ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ChatWords() {
    }

    static String of(String message) {
        String text = message.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return SPACES.matcher(NOT_WORD.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
    }
}
