package org.backcoach.safety;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A word start's key (see {@link Sentence#key}), one object per distinct key, so a sentence looks
 * each word up once and every phrase list then finds on the word which of its phrases can start
 * there. At most {@link #LIMIT} words are kept, bounding the memory for words people make up;
 * beyond it a word is new each time, and its phrases are probed again.
 */
final class Word {

    private static final int LIMIT = 20_000;
    private static final Map<String, Word> KNOWN = new ConcurrentHashMap<>();

    private final String key;
    private final Map<Phrases, Pattern[]> candidates = new ConcurrentHashMap<>();

    private Word(String key) {
        this.key = key;
    }

    static Word of(String key) {
        Word known = KNOWN.get(key);
        if (known != null) {
            return known;
        }
        Word word = new Word(key);
        if (KNOWN.size() < LIMIT) {
            Word raced = KNOWN.putIfAbsent(key, word);
            return raced == null ? word : raced;
        }
        return word;
    }

    /** The word and the character after it (none at the end of a sentence). */
    String key() {
        return key;
    }

    /** The phrases of {@code phrases} that can start here, probed on first use. */
    Pattern[] candidates(Phrases phrases) {
        Pattern[] known = candidates.get(phrases);
        if (known == null) {
            known = phrases.startingWith(key);
            candidates.put(phrases, known);
        }
        return known;
    }
}
