package org.backcoach.search;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.backcoach.classify.TrainingKey;
import org.backcoach.corpus.CorpusException;

/**
 * The analysis data kept beside the documents in {@code corpus/}: the domain synonym list
 * ({@code synonyms.txt}, Solr format), the stop words of chat questions ({@code stopwords.txt}) and
 * the topics the corpus does not cover ({@code not-covered.txt}). The fingerprint is a digest of the
 * three files, part of the key a saved section classifier must match.
 */
public record AnalysisResources(SynonymMap synonyms, CharArraySet stopwords, CharArraySet stemmedStopwords,
                                Set<String> words, Set<String> domainWords, List<String> notCovered, String fingerprint) {

    public static final String SYNONYMS_FILE = "synonyms.txt";
    public static final String STOPWORDS_FILE = "stopwords.txt";
    public static final String NOT_COVERED_FILE = "not-covered.txt";

    /** Loads both files; a missing file is an error because answers would silently get worse. */
    public static AnalysisResources load(Path corpusFolder) {
        Path synonymsFile = corpusFolder.resolve(SYNONYMS_FILE);
        Path stopwordsFile = corpusFolder.resolve(STOPWORDS_FILE);
        try {
            List<String> stopLines = Files.readAllLines(stopwordsFile, StandardCharsets.UTF_8);
            CharArraySet stop = new CharArraySet(stopLines.size(), true);
            for (String line : stopLines) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    stop.add(word);
                    stop.add(word.replace("'", ""));
                }
            }
            List<String> notCoveredLines = Files.readAllLines(corpusFolder.resolve(NOT_COVERED_FILE), StandardCharsets.UTF_8);
            List<String> notCovered = notCoveredLines.stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            String synonymText = Files.readString(synonymsFile, StandardCharsets.UTF_8);
            TrainingKey fingerprint = new TrainingKey().add(STOPWORDS_FILE + " " + stopLines.size());
            stopLines.forEach(fingerprint::add);
            fingerprint.add(NOT_COVERED_FILE + " " + notCoveredLines.size());
            notCoveredLines.forEach(fingerprint::add);
            fingerprint.add(SYNONYMS_FILE).add(synonymText);
            SolrSynonymParser parser = new SolrSynonymParser(true, true, plainAnalyzer());
            parser.parse(new StringReader(synonymText));
            return new AnalysisResources(parser.build(), CharArraySet.unmodifiableSet(stop), stemmed(stop), wordsOf(synonymText),
                    singleWordEntries(synonymText), notCovered, fingerprint.hex());
        } catch (ParseException e) {
            throw new CorpusException(SYNONYMS_FILE + ": line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new CorpusException("cannot read analysis file in " + corpusFolder + ": " + e, e);
        }
    }

    /** The stop words as the Porter stemmer leaves them ("guess" for "guessing"). */
    private static CharArraySet stemmed(CharArraySet stop) {
        CharArraySet stems = new CharArraySet(stop.size(), true);
        try (Analyzer stemming = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, new PorterStemFilter(source));
            }
        }) {
            for (Object word : stop) {
                stems.addAll(terms(stemming, new String((char[]) word)));
            }
        }
        return CharArraySet.unmodifiableSet(stems);
    }

    /** Tokenizes and lower-cases only: how synonym entries and dictionary words are read. */
    static Analyzer plainAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = BackCoachAnalyzers.withoutApostrophes(new ASCIIFoldingFilter(new LowerCaseFilter(source)));
                return new TokenStreamComponents(source, result);
            }
        };
    }

    /** Every word of {@code text} as the plain analyzer sees it (comments in synonym files skipped). */
    static Set<String> wordsOf(String text) {
        Set<String> words = new HashSet<>();
        try (Analyzer analyzer = plainAnalyzer()) {
            for (String line : text.split("\n")) {
                if (!line.strip().startsWith("#")) {
                    words.addAll(terms(analyzer, line));
                }
            }
        }
        return words;
    }

    /** The terms {@code analyzer} makes of {@code text}, in order. */
    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new IllegalStateException("analysing an in-memory string cannot fail", e);
        }
        return terms;
    }

    /**
     * The one-word entries of the synonym list: vocabulary an editor marked as meaningful for
     * back training, however common the word is in everyday English ("ice", "week", "doctor").
     */
    static Set<String> singleWordEntries(String synonymText) {
        Set<String> words = new HashSet<>();
        for (String line : synonymText.split("\n")) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            for (String entry : line.split(",|=>")) {
                String word = entry.strip().toLowerCase(java.util.Locale.ROOT);
                if (!word.isEmpty() && word.chars().allMatch(Character::isLetter)) {
                    words.add(word);
                }
            }
        }
        return words;
    }
}
