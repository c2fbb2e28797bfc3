package org.backcoach.search;

import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;

/**
 * The two analysis chains. Sections are indexed with plain English analysis; questions also get
 * typo correction and the domain synonyms, so "glutes" finds "buttocks" and "deadlfits" finds
 * "dead lifts" without the index having to know every way people say things.
 */
final class BackCoachAnalyzers {
    private static final Pattern APOSTROPHE = Pattern.compile("'");

    private BackCoachAnalyzers() {
    }

    static Analyzer forIndex(AnalysisResources resources) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = lowerCased(source);
                ts = new StopFilter(ts, resources.stopwords());
                return new TokenStreamComponents(source, stemmed(ts, resources));
            }
        };
    }

    static Analyzer forQuestions(AnalysisResources resources, SpellingCorrector corrector) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new SpellingCorrectionFilter(lowerCased(source), corrector);
                ts = new SynonymGraphFilter(ts, resources.synonyms(), true);
                ts = new StopFilter(ts, resources.stopwords());
                return new TokenStreamComponents(source, stemmed(ts, resources));
            }
        };
    }

    /** Porter stems, then drops what stems like a stop word: "guessing" is as empty as "guess". */
    private static TokenStream stemmed(TokenStream ts, AnalysisResources resources) {
        return new StopFilter(new PorterStemFilter(ts), resources.stemmedStopwords());
    }

    private static TokenStream lowerCased(Tokenizer source) {
        return withoutApostrophes(new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source))));
    }

    /** People type "doesnt" as often as "doesn't": both become {@code doesnt}, in questions, index and word lists alike. */
    static TokenStream withoutApostrophes(TokenStream ts) {
        return new PatternReplaceFilter(ts, APOSTROPHE, "", true);
    }
}
