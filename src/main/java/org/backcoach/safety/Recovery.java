package org.backcoach.safety;

/** Which "it is over" statements dismiss a red flag. */
enum Recovery {
    /** Never dismissed: a history of HIV matters however long ago it was. */
    NEVER_DISMISSED,
    /**
     * A history (cancer) matters however long ago it was while the back hurts; told long ago by
     * someone whose back is fine ("breast cancer 9 years ago, my back is fine, want to lift") it is
     * not a back-pain red flag.
     */
    LONG_AGO_IF_BACK_WELL,
    /** Dismissed only when long ago ("fusion ten years ago"): a recent operation still needs a check. */
    LONG_AGO,
    /** Dismissed when long ago or settled ("the sharp pain went away"). */
    LONG_AGO_OR_SETTLED,
    /**
     * A lasting condition (osteoporosis): a date says when it was found, never that it is over ("osteoporosis
     * diagnosed 5 years ago"); the event it needs (a fall) is over when long ago.
     */
    LASTING;

    /** How the event a rule also needs is dismissed: the fall that goes with a lasting condition is over when long ago. */
    Recovery ofCompanion() {
        return this == LASTING ? LONG_AGO : this;
    }

    /** Whether an episode told as long ago is over, for this red flag and this message. */
    boolean dismissesLongAgo(MessageFacts facts) {
        return this != NEVER_DISMISSED && this != LASTING && (this != LONG_AGO_IF_BACK_WELL || facts.backIsWell());
    }
}
