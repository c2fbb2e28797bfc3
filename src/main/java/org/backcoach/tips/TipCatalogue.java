package org.backcoach.tips;

import java.util.List;
import org.backcoach.corpus.Corpus;
import org.backcoach.corpus.CorpusException;
import org.backcoach.corpus.Section;

/** The sections editors tagged {@code tip}, in corpus order: what /tip and the daily tip rotate through. */
public final class TipCatalogue {
    public static final String TAG = "tip";

    private final List<Section> tips;

    public TipCatalogue(Corpus corpus) {
        this.tips = corpus.tagged(TAG);
        if (tips.isEmpty()) {
            throw new CorpusException("no section is tagged '" + TAG + "': /tip and daily tips need at least one");
        }
    }

    public int size() {
        return tips.size();
    }

    /** The tip at a rotation position; positions wrap, so every tip comes once before any repeats. */
    public Section at(long position) {
        return tips.get((int) Math.floorMod(position, (long) tips.size()));
    }

    public List<Section> all() {
        return tips;
    }
}
