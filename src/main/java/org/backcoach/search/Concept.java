package org.backcoach.search;

import java.util.Set;

/**
 * One thing the user said, with every indexed form it may take: a word and its synonyms
 * ("glutes" -> glute, buttock, bum ...), grouped by the span of text they came from.
 */
record Concept(Set<String> terms) {
    Concept {
        terms = Set.copyOf(terms);
    }
}
