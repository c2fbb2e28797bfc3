package org.backcoach.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.Similarity;

/**
 * Lucene's BM25 score of every section for a question's terms, each term's per-field scores read
 * once from the index: the index never changes, so a question costs a few additions instead of a
 * Lucene search, which sets up a postings reader for every term and field (most of a reply's time
 * and garbage). A document's score is the sum of its matching clauses in double, rounded to float,
 * and ties go to the lower document, as in Lucene's own search (see {@link #luceneSearch}, which
 * tests compare with). Holds at most the corpus's vocabulary; thread-safe.
 */
final class SectionScores {

    private final IndexSearcher searcher;
    private final Map<String, Float> fieldBoosts;
    private final int documents;
    /** By term: for each field that has it, the score of each document (0 where it does not occur). */
    private final Map<String, List<float[]>> byTerm = new ConcurrentHashMap<>();

    SectionScores(IndexSearcher searcher, Map<String, Float> fieldBoosts) {
        this.searcher = searcher;
        this.fieldBoosts = fieldBoosts;
        this.documents = searcher.getIndexReader().maxDoc();
    }

    /** The best {@code limit} documents for the terms (each once), best first; documents matching none are left out. */
    ScoreDoc[] top(List<String> terms, int limit) {
        double[] sums = new double[documents];
        boolean[] matched = new boolean[documents];
        for (String term : terms) {
            for (float[] scores : byTerm.computeIfAbsent(term, this::read)) {
                for (int doc = 0; doc < documents; doc++) {
                    if (scores[doc] > 0) {
                        sums[doc] += scores[doc];
                        matched[doc] = true;
                    }
                }
            }
        }
        List<ScoreDoc> hits = new ArrayList<>();
        for (int doc = 0; doc < documents; doc++) {
            if (matched[doc]) {
                hits.add(new ScoreDoc(doc, (float) sums[doc]));
            }
        }
        hits.sort(Comparator.comparingDouble((ScoreDoc hit) -> hit.score).reversed().thenComparingInt(hit -> hit.doc));
        return hits.subList(0, Math.min(limit, hits.size())).toArray(ScoreDoc[]::new);
    }

    /** The same ranking from a Lucene search: one SHOULD clause per term and field (the reference for tests). */
    ScoreDoc[] luceneSearch(List<String> terms, int limit) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            fieldBoosts.forEach((field, boost) -> query.add(
                    new BoostQuery(new TermQuery(new Term(field, term)), boost), BooleanClause.Occur.SHOULD));
        }
        return searcher.search(query.build(), limit).scoreDocs;
    }

    /** As Lucene's TermQuery scores it: its statistics, the document's term frequency and length norm. */
    private List<float[]> read(String term) {
        List<float[]> fields = new ArrayList<>();
        fieldBoosts.forEach((field, boost) -> {
            try {
                Term inField = new Term(field, term);
                TermStates states = TermStates.build(searcher, inField, true);
                if (states.docFreq() > 0) {
                    Similarity.SimScorer scorer = searcher.getSimilarity().scorer(boost,
                            searcher.collectionStatistics(field),
                            searcher.termStatistics(inField, states.docFreq(), states.totalTermFreq()));
                    fields.add(scores(inField, states, scorer));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading the in-memory index failed", e);
            }
        });
        return List.copyOf(fields);
    }

    private float[] scores(Term term, TermStates states, Similarity.SimScorer scorer) throws IOException {
        float[] scores = new float[documents];
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            TermState state = states.get(leaf);
            if (state == null) {
                continue;
            }
            TermsEnum termsEnum = leaf.reader().terms(term.field()).iterator();
            termsEnum.seekExact(term.bytes(), state);
            PostingsEnum postings = termsEnum.postings(null, PostingsEnum.FREQS);
            NumericDocValues norms = leaf.reader().getNormValues(term.field());
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
                scores[leaf.docBase + doc] = scorer.score(postings.freq(), norm);
            }
        }
        return scores;
    }
}
