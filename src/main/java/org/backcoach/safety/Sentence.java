package org.backcoach.safety;

import java.util.Arrays;

/**
 * A normalised sentence (see {@link TextNormalizer}) with its word starts found once: every rule
 * reads the same sentence, and each word is looked up once for all of them (see {@link Word}). A
 * word start's key is the text from there to just past the word: all that decides which phrases
 * can start there.
 */
public final class Sentence {

    private final String text;
    private final int[] starts;
    private final Word[] words;

    private Sentence(String text, int[] starts, Word[] words) {
        this.text = text;
        this.starts = starts;
        this.words = words;
    }

    public static Sentence of(String text) {
        int[] starts = new int[text.length()];
        Word[] words = new Word[text.length()];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                int end = i + 1;
                while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                    end++;
                }
                starts[count] = i;
                words[count] = Word.of(text.substring(i, Math.min(text.length(), end + 1)));
                count++;
            }
        }
        return new Sentence(text, Arrays.copyOf(starts, count), Arrays.copyOf(words, count));
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

    /** The word starting at {@link #start}, with the character after it (see {@link Word#key}). */
    Word word(int word) {
        return words[word];
    }
}
