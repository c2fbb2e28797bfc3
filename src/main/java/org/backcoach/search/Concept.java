package org.backcoach.search;

import java.util.List;
import java.util.Set;

/**
 * One thing the user said, with every indexed form it may take: a word and its synonyms
 * ("glutes" -> glute, buttock, bum ...), grouped by the span of text they came from. A form of
 * several words ("dead lift") matches a section only where all of its words occur.
 *
 * @param forms       each form as the list of its analysed terms
 * @param specificity how telling the typed word is in everyday English (see {@link WordRarity})
 */
record Concept(List<List<String>> forms, double specificity) {
    Concept {
        forms = forms.stream().map(List::copyOf).toList();
    }

    /** Every term of every form, for the Lucene query. */
    Set<String> terms() {
        return forms.stream().flatMap(List::stream).collect(java.util.stream.Collectors.toSet());
    }

    boolean matches(Set<String> sectionTerms) {
        return forms.stream().anyMatch(sectionTerms::containsAll);
    }
}
