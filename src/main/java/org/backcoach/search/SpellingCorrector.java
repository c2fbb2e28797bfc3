package org.backcoach.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * Maps a misspelt word ("excersise", "hamstrngs") to the closest word BackCoach knows, using
 * Lucene's Levenshtein automata. Words of three letters or fewer are left alone: one edit turns
 * too many of them into others.
 */
final class SpellingCorrector {
    private static final int MIN_LENGTH = 4;
    private static final int TWO_EDITS_FROM = 8;
    private static final int CACHE_LIMIT = 10_000;

    private final Set<String> dictionary;
    private final WordRarity english;
    private final List<String> ordered;
    private final ConcurrentMap<String, Optional<String>> cache = new ConcurrentHashMap<>();

    SpellingCorrector(Set<String> dictionary, WordRarity english) {
        this.dictionary = Set.copyOf(dictionary);
        this.english = english;
        this.ordered = new ArrayList<>(this.dictionary);
        this.ordered.sort(null);
    }

    boolean knows(String word) {
        return dictionary.contains(word);
    }

    /**
     * The known word closest to {@code word}, if one is near enough. Real English words are never
     * corrected ("bread" is not a typo of "break"), nor are short words or words with digits.
     */
    Optional<String> correct(String word) {
        if (word.length() < MIN_LENGTH || knows(word) || english.isEnglish(word)
                || !word.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        Optional<String> cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        Optional<String> found = closest(word, 1);
        if (found.isEmpty() && word.length() >= TWO_EDITS_FROM) {
            found = closest(word, 2);
        }
        if (cache.size() < CACHE_LIMIT) {
            cache.put(word, found);
        }
        return found;
    }

    private Optional<String> closest(String word, int edits) {
        CharacterRunAutomaton within = new CharacterRunAutomaton(
                new LevenshteinAutomata(word, true).toAutomaton(edits));
        String best = null;
        for (String candidate : ordered) {
            if (Math.abs(candidate.length() - word.length()) <= edits && within.run(candidate)) {
                // Prefer a candidate sharing the first letter: people rarely mistype that one.
                if (best == null || (best.charAt(0) != word.charAt(0) && candidate.charAt(0) == word.charAt(0))) {
                    best = candidate;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
