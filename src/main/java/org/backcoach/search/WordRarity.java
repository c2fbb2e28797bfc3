package org.backcoach.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * How telling a word is in everyday English, from its frequency rank in spoken English: "time",
 * "night" or "book" say little about what a question is after, "hamstring" or "ibuprofen" say a
 * lot. Without this, a corpus of a few sections would treat any word it happens to use once as rare.
 */
final class WordRarity {
    private static final String RESOURCE = "/search/english-word-ranks.txt";
    /** Ranks up to here count as filler-like; specificity grows with the log of the rank above it. */
    private static final double COMMON_LOG_RANK = 2.0;
    private static final double SPAN_LOG_RANK = 2.5;
    private static final double FLOOR = 0.15;
    private static final double NOT_ENGLISH = 0.5;
    private static final int SHORT = 4;
    /** Numbers ("52", "3x", "90") rarely decide what a question is about. */
    private static final double NUMBER = 0.3;

    private final Map<String, Integer> ranks;

    private WordRarity(Map<String, Integer> ranks) {
        this.ranks = ranks;
    }

    static WordRarity load() {
        Map<String, Integer> ranks = new HashMap<>();
        try (InputStream in = WordRarity.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    ranks.putIfAbsent(line, ranks.size() + 1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WordRarity(ranks);
    }

    boolean isEnglish(String word) {
        return ranks.containsKey(word);
    }

    /** 0.15 for the commonest words up to 1.0 for rare ones; see above for words the list does not know. */
    double specificity(String word) {
        if (word.chars().anyMatch(Character::isDigit)) {
            return NUMBER;
        }
        Integer rank = ranks.get(word);
        if (rank == null) {
            // Not everyday English: far more often a typo or chat shorthand ("hav", "ppl", "wrse")
            // than a rare topic word, so it must not drown the words we do know.
            return word.length() <= SHORT ? FLOOR : NOT_ENGLISH;
        }
        double s = (Math.log10(rank + 1) - COMMON_LOG_RANK) / SPAN_LOG_RANK;
        return Math.max(FLOOR, Math.min(1.0, s));
    }
}
