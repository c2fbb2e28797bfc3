package org.backcoach.search;

import java.util.Set;

/**
 * One thing the user said, with every indexed form it may take: a word and its synonyms
 * ("glutes" -> glute, buttock, bum ...), grouped by the span of text they came from.
 *
 * @param specificity how telling the typed word is in everyday English (see {@link WordRarity})
 */
record Concept(Set<String> terms, double specificity) {
    Concept {
        terms = Set.copyOf(terms);
    }
}
