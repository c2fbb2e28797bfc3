package org.backcoach.search;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which sections use which analysed terms, and how much a term tells: the numbers behind the
 * confidence rule. Sets of sections are bit sets, so weighing a question costs a few ANDs.
 */
final class SectionVocabulary {
    /** Words an editor put in the synonym list count as at least this telling. */
    static final double DOMAIN_SPECIFICITY = 0.6;

    private final int sectionCount;
    private final Map<String, BitSet> sectionsWithTerm;
    private final Map<String, Double> termSpecificity;
    private final Map<String, BitSet> sectionsWithPair;

    /**
     * @param termsBySection the analysed terms of every section, in section order
     * @param pairsBySection every two terms that stand next to each other in one of a section's texts
     * @param termSpecificity how telling each term is (see {@link WordRarity}); 1.0 when absent
     */
    SectionVocabulary(List<Set<String>> termsBySection, List<Set<String>> pairsBySection,
                      Map<String, Double> termSpecificity) {
        this.sectionCount = termsBySection.size();
        this.sectionsWithTerm = bySection(termsBySection);
        this.sectionsWithPair = bySection(pairsBySection);
        this.termSpecificity = Map.copyOf(termSpecificity);
    }

    boolean uses(String term) {
        return sectionsWithTerm.containsKey(term);
    }

    /**
     * The sections that use the form: a single term anywhere, a phrase ("stop right away") only
     * where its terms stand together, not scattered over different sample questions.
     */
    BitSet sectionsWith(List<String> form) {
        BitSet first = form.isEmpty() ? null : sectionsWithTerm.get(form.get(0));
        if (first == null) {
            return new BitSet();
        }
        BitSet result = (BitSet) first.clone();
        for (int i = 1; i < form.size(); i++) {
            // a pair stands in a section only where both its terms do
            BitSet pair = sectionsWithPair.get(form.get(i - 1) + " " + form.get(i));
            if (pair == null) {
                return new BitSet();
            }
            result.and(pair);
        }
        return result;
    }

    /** For each key (a term, or two neighbouring terms), the sections that use it. */
    private Map<String, BitSet> bySection(List<Set<String>> keysBySection) {
        Map<String, BitSet> where = new HashMap<>();
        for (int i = 0; i < keysBySection.size(); i++) {
            for (String key : keysBySection.get(i)) {
                where.computeIfAbsent(key, k -> new BitSet(sectionCount)).set(i);
            }
        }
        return Map.copyOf(where);
    }

    /** Each two neighbouring terms of an analysed text, as "first second". */
    static Set<String> adjacentPairs(List<String> terms) {
        Set<String> pairs = new HashSet<>();
        for (int i = 1; i < terms.size(); i++) {
            pairs.add(terms.get(i - 1) + " " + terms.get(i));
        }
        return pairs;
    }

    /** The sections in which any form of the concept occurs. */
    BitSet sectionsWith(Concept concept) {
        BitSet result = new BitSet(sectionCount);
        concept.forms().forEach(form -> result.or(sectionsWith(form)));
        return result;
    }

    /** Rare in the corpus and telling in English: "hamstr" weighs a lot, "work" or "time" little; 0 if unused. */
    double weight(List<String> form) {
        int sections = sectionsWith(form).cardinality();
        return sections == 0 ? 0 : idf(sections) * specificity(form);
    }

    /** The weight of the concept's most telling form, 0 when the corpus uses none of them. */
    double weight(Concept concept) {
        return concept.forms().stream().mapToDouble(this::weight).max().orElse(0);
    }

    /** A single word's own specificity; a form of several words is an editor's phrase, so at least domain-specific. */
    private double specificity(List<String> form) {
        double most = form.stream().mapToDouble(t -> termSpecificity.getOrDefault(t, 1.0)).max().orElse(0);
        return form.size() > 1 ? Math.max(most, DOMAIN_SPECIFICITY) : most;
    }

    private double idf(int sections) {
        return Math.log(1 + (sectionCount - sections + 0.5) / (sections + 0.5));
    }

    /**
     * Specificity per analysed term, from the commonest English word that analyses to it, raised to
     * {@link #DOMAIN_SPECIFICITY} for words the synonym list names.
     */
    static Map<String, Double> termSpecificity(Map<String, List<String>> termsOfWord, Set<String> domainWords,
                                               WordRarity english) {
        Map<String, Double> byTerm = new HashMap<>();
        Set<String> domainTerms = new HashSet<>();
        termsOfWord.forEach((word, terms) -> {
            for (String term : terms) {
                byTerm.merge(term, english.specificity(word), Math::min);
                if (domainWords.contains(word)) {
                    domainTerms.add(term);
                }
            }
        });
        domainTerms.forEach(t -> byTerm.merge(t, DOMAIN_SPECIFICITY, Math::max));
        return byTerm;
    }
}
