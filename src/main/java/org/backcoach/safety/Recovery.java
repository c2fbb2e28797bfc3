package org.backcoach.safety;

/** Which "it is over" statements dismiss a red flag. */
enum Recovery {
    /** Never dismissed: a history of cancer or HIV matters however long ago it was. */
    NEVER_DISMISSED,
    /** Dismissed only when long ago ("fusion ten years ago"): a recent operation still needs a check. */
    LONG_AGO,
    /** Dismissed when long ago or settled ("the sharp pain went away"). */
    LONG_AGO_OR_SETTLED;

    boolean dismisses(String around) {
        return switch (this) {
            case NEVER_DISMISSED -> false;
            case LONG_AGO -> ReadingCues.LONG_AGO.matcher(around).find();
            case LONG_AGO_OR_SETTLED -> ReadingCues.LONG_AGO.matcher(around).find()
                    || ReadingCues.SETTLED.matcher(around).find();
        };
    }
}
