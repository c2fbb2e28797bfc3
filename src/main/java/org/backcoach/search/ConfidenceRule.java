package org.backcoach.search;

/**
 * Decides whether the best match is good enough to answer with, or whether the honest reply is
 * the fallback. Calibrated on the evaluation sets in {@code src/test/resources/eval}: see
 * {@code RetrievalQualityTest} for the figures.
 *
 * @param minCoverage       the least share of the question the section must speak of
 * @param minMatchedWeight  the least summed weight of matched words (one rare word or several common ones)
 * @param unknownWordWeight how much a word the corpus never uses counts in the question's total
 * @param maxUnknownWeight  unknown words together count at most this much: chatty context ("my physio, 52,
 *                          warehouse job") must not drown a question that clearly matches
 * @param notCoveredWeight  how much each mention of a topic the corpus does not cover counts against coverage
 * @param strongMatch       a match this heavy is accepted whatever the coverage, unless it mentions such a topic
 * @param runnerUpShare     a second section is shown too when it matched at least this share of the first's weight
 * @param inDomainShare     a question this much made of our vocabulary is ours even when its words are spread
 *                          over several sections ("warm up even for light band work"): the best match is
 *                          accepted if it is at least a one-word match ({@code inDomainMatch}) and no
 *                          uncovered topic is mentioned
 * @param inDomainMatch     see {@code inDomainShare}
 */
public record ConfidenceRule(double minCoverage, double minMatchedWeight, double unknownWordWeight,
                             double maxUnknownWeight, double notCoveredWeight, double strongMatch, double runnerUpShare,
                             double inDomainShare, double inDomainMatch) {
    public static final ConfidenceRule DEFAULT = new ConfidenceRule(0.4, 0.6, 3.0, 5, 3.0, 2.0, 0.7, 0.8, 1.0);

    public boolean accepts(Match match) {
        return switch (match.reading()) {
            case VOUCHED -> true;
            case WITHHELD -> false;
            case LEXICAL -> coversEnough(match);
        };
    }

    private boolean coversEnough(Match match) {
        return (match.matchedWeight() >= strongMatch && !match.mentionsUncoveredTopic())
                || (match.coverage() >= minCoverage && match.matchedWeight() >= minMatchedWeight)
                || (match.knownShare() >= inDomainShare && match.matchedWeight() >= inDomainMatch
                        && !match.mentionsUncoveredTopic());
    }
}
