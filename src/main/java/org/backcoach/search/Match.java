package org.backcoach.search;

import org.backcoach.corpus.Section;

/**
 * A section that matched a question.
 *
 * @param score    Lucene's BM25 score, used to rank
 * @param coverage share (0..1) of what the user asked that the section speaks of, weighted by how
 *                 telling each word is; the confidence rule reads it
 * @param matchedWeight summed weight of the user's concepts found in the section
 * @param knownShare share (0..1) of the whole question that some section of the corpus speaks of:
 *                 high when every word is our vocabulary even if no one section covers it all
 * @param mentionsUncoveredTopic the message speaks of a topic the corpus does not cover
 * @param reading  whether the confidence rule decides, or the section classifier already did
 */
public record Match(Section section, float score, double coverage, double matchedWeight, double knownShare,
                    boolean mentionsUncoveredTopic, Reading reading) {
    /** Who decides whether this match is answered with. */
    public enum Reading {
        /** the confidence rule, from how much of the question the section covers */
        LEXICAL,
        /** answered: the classifier knows this wording as a question for this section */
        VOUCHED,
        /** not answered: the classifier knows this wording as a question the corpus does not answer */
        WITHHELD
    }

    Match(Section section, float score, double coverage, double matchedWeight, double knownShare, boolean mentionsUncoveredTopic) {
        this(section, score, coverage, matchedWeight, knownShare, mentionsUncoveredTopic, Reading.LEXICAL);
    }

    Match read(Reading other) {
        return new Match(section, score, coverage, matchedWeight, knownShare, mentionsUncoveredTopic, other);
    }
}
