package org.backcoach.search;

/**
 * Decides whether the best match is good enough to answer with, or whether the honest reply is
 * the fallback. Calibrated on the evaluation sets in {@code src/test/resources/eval}: see
 * {@code RetrievalQualityTest} for the figures.
 *
 * @param minCoverage      the least share of the question the section must speak of
 * @param minMatchedWeight the least summed weight of matched words (one rare word or several common ones)
 */
public record ConfidenceRule(double minCoverage, double minMatchedWeight) {
    public static final ConfidenceRule DEFAULT = new ConfidenceRule(0.5, 1.0);

    public boolean accepts(Match match) {
        return match.coverage() >= minCoverage && match.matchedWeight() >= minMatchedWeight;
    }
}
