package org.backcoach.search;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Replaces misspelt tokens by their correction before synonyms and stemming see them. */
final class SpellingCorrectionFilter extends TokenFilter {
    private final SpellingCorrector corrector;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    SpellingCorrectionFilter(TokenStream input, SpellingCorrector corrector) {
        super(input);
        this.corrector = corrector;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        Optional<String> correction = corrector.correct(term.toString());
        correction.ifPresent(word -> term.setEmpty().append(word));
        return true;
    }
}
