package org.backcoach.safety;

import java.util.Arrays;

/**
 * A normalised sentence (see {@link TextNormalizer}) with its word starts found once: every rule
 * reads the same sentence, so each word costs a rule one map lookup (see {@link Phrases}). A word
 * start's key is the text from there to just past the word: all that decides which phrases can
 * start there.
 */
final class Sentence {

    private final String text;
    private final int[] starts;
    private final String[] keys;

    private Sentence(String text, int[] starts, String[] keys) {
        this.text = text;
        this.starts = starts;
        this.keys = keys;
    }

    static Sentence of(String text) {
        int[] starts = new int[text.length()];
        String[] keys = new String[text.length()];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                int end = i + 1;
                while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                    end++;
                }
                starts[count] = i;
                keys[count] = text.substring(i, Math.min(text.length(), end + 1));
                count++;
            }
        }
        return new Sentence(text, Arrays.copyOf(starts, count), Arrays.copyOf(keys, count));
    }

    String text() {
        return text;
    }

    int wordCount() {
        return starts.length;
    }

    int start(int word) {
        return starts[word];
    }

    /** The word starting at {@link #start} and the character after it (none at the end of the sentence). */
    String key(int word) {
        return keys[word];
    }
}
