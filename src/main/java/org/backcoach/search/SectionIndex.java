package org.backcoach.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.backcoach.corpus.Corpus;
import org.backcoach.corpus.Section;

/**
 * An in-memory Lucene index with one document per corpus section, searched with the user's
 * analysed words (never the classic query syntax). Thread-safe once built.
 */
public final class SectionIndex implements AutoCloseable {
    private static final String ID = "id";
    private static final Map<String, Float> FIELD_BOOSTS = Map.of("title", 1.5f, "text", 1.0f, "questions", 1.2f);
    private static final int CANDIDATES = 10;
    /** How much Lucene's BM25 score counts beside the matched weight: it breaks ties between sections. */
    private static final double BM25_SHARE = 0.1;

    private final List<Section> sections;
    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QuestionParser parser;
    private final List<Set<String>> termsBySection;
    private final Map<String, Integer> sectionFrequency;
    private final Map<String, Double> termSpecificity;
    private final Analyzer plainEnglish;
    private final Set<List<String>> notCovered;
    private final ConfidenceRule rule;

    private SectionIndex(Corpus corpus, AnalysisResources resources, ConfidenceRule rule) throws IOException {
        this.sections = corpus.sections();
        this.rule = rule;
        Analyzer indexAnalyzer = BackCoachAnalyzers.forIndex(resources);
        this.directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer))) {
            for (Section section : sections) {
                writer.addDocument(toDocument(section));
            }
        }
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.termsBySection = new ArrayList<>();
        this.sectionFrequency = new HashMap<>();
        for (Section section : sections) {
            Set<String> terms = analysed(indexAnalyzer, String.join("\n", searchableTexts(section)));
            termsBySection.add(terms);
            terms.forEach(t -> sectionFrequency.merge(t, 1, Integer::sum));
        }
        Set<String> dictionary = new HashSet<>(resources.words());
        sections.forEach(s -> dictionary.addAll(AnalysisResources.wordsOf(String.join("\n", searchableTexts(s)))));
        resources.stopwords().forEach(w -> dictionary.add(new String((char[]) w)));
        WordRarity english = WordRarity.load();
        this.termSpecificity = termSpecificity(indexAnalyzer, dictionary, resources.domainWords(), english);
        this.plainEnglish = indexAnalyzer;
        this.notCovered = new HashSet<>();
        for (String topic : resources.notCovered()) {
            List<String> form = analysedList(indexAnalyzer, topic);
            if (!form.isEmpty()) {
                notCovered.add(form);
            }
        }
        this.parser = new QuestionParser(
                BackCoachAnalyzers.forQuestions(resources, new SpellingCorrector(dictionary, english)), english);
    }

    private SectionIndex(SectionIndex base, ConfidenceRule rule) {
        this.sections = base.sections;
        this.directory = base.directory;
        this.reader = base.reader;
        this.searcher = base.searcher;
        this.parser = base.parser;
        this.termsBySection = base.termsBySection;
        this.sectionFrequency = base.sectionFrequency;
        this.termSpecificity = base.termSpecificity;
        this.plainEnglish = base.plainEnglish;
        this.notCovered = base.notCovered;
        this.rule = rule;
    }

    public static SectionIndex build(Corpus corpus, AnalysisResources resources, ConfidenceRule rule) {
        try {
            return new SectionIndex(corpus, resources, rule);
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory index failed", e);
        }
    }

    /** Ranked matches for a message, best first; empty when nothing in it is searchable. */
    public List<Match> search(String message) {
        List<Concept> concepts = parser.parse(message);
        if (concepts.isEmpty()) {
            return List.of();
        }
        int offTopics = notCoveredMentions(message);
        try {
            ScoreDoc[] hits = searcher.search(queryFor(concepts), CANDIDATES).scoreDocs;
            List<Match> matches = new ArrayList<>(hits.length);
            for (ScoreDoc hit : hits) {
                matches.add(match(hit.doc, hit.score, concepts, offTopics));
            }
            matches.sort(Comparator.comparingDouble(SectionIndex::rank).reversed());
            return matches;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index failed", e);
        }
    }

    /** The concepts and their weights, for tuning and tests. */
    String debugConcepts(String message) {
        StringBuilder out = new StringBuilder();
        for (Concept c : parser.parse(message)) {
            out.append(String.format("%s=%.2f ", c.forms(), weight(c)));
        }
        return out.toString();
    }

    /** The same index judged by another confidence rule (for calibration). */
    public SectionIndex withRule(ConfidenceRule other) {
        return new SectionIndex(this, other);
    }

    /**
     * The runner-up when it covers nearly as much of the question as the best match: the question
     * is ambiguous between two pieces of guidance, and showing both is more honest than guessing.
     */
    public Optional<Match> closeRunnerUp(List<Match> matches) {
        if (matches.size() < 2 || accepted(matches).isEmpty()) {
            return Optional.empty();
        }
        Match second = matches.get(1);
        return second.matchedWeight() >= rule.runnerUpShare() * matches.get(0).matchedWeight()
                ? Optional.of(second) : Optional.empty();
    }

    /** The best of {@code matches} if the confidence rule accepts it. */
    public Optional<Match> accepted(List<Match> matches) {
        return matches.isEmpty() || !rule.accepts(matches.get(0)) ? Optional.empty() : Optional.of(matches.get(0));
    }

    /** Sections that speak of more (and rarer) of what was asked come first; BM25 breaks ties. */
    private static double rank(Match match) {
        return match.matchedWeight() + BM25_SHARE * match.score();
    }

    /** How many topics the corpus does not cover the message speaks of ("ibuprofen", "sleeping", "cardio"). */
    private int notCoveredMentions(String message) {
        List<String> terms = analysedList(plainEnglish, QuestionParser.normalise(message));
        int mentions = 0;
        for (int i = 0; i < terms.size(); i++) {
            for (int length = 1; length <= 3 && i + length <= terms.size(); length++) {
                if (notCovered.contains(terms.subList(i, i + length))) {
                    mentions++;
                }
            }
        }
        return mentions;
    }

    private Match match(int doc, float score, List<Concept> concepts, int offTopics) throws IOException {
        String id = searcher.storedFields().document(doc).get(ID);
        int index = indexOf(id);
        Set<String> terms = termsBySection.get(index);
        double known = 0;
        double unknown = 0;
        double matched = 0;
        for (Concept concept : concepts) {
            double weight = weight(concept);
            if (isKnown(concept)) {
                known += weight;
            } else {
                unknown += weight;
            }
            if (concept.matches(terms)) {
                matched += weight;
            }
        }
        double total = known + Math.min(unknown, rule.maxUnknownWeight()) + offTopics * rule.notCoveredWeight();
        return new Match(sections.get(index), score, total == 0 ? 0 : Math.min(1, matched / total), matched,
                offTopics > 0);
    }

    /**
     * How telling a concept is: the weight of its most telling form found in the corpus, or, for
     * words the corpus never uses, what the rule says unknown words weigh.
     */
    private double weight(Concept concept) {
        return concept.forms().stream().filter(this::occurs).mapToDouble(this::formWeight).max()
                .orElse(concept.specificity() * rule.unknownWordWeight());
    }

    /** Rare in the corpus and telling in English: "hamstr" weighs a lot, "work" or "time" little. */
    private double formWeight(List<String> form) {
        int sectionsWithIt = 0;
        for (Set<String> terms : termsBySection) {
            if (terms.containsAll(form)) {
                sectionsWithIt++;
            }
        }
        return idf(sectionsWithIt) * formSpecificity(form);
    }

    private boolean occurs(List<String> form) {
        return termsBySection.stream().anyMatch(t -> t.containsAll(form));
    }

    /** A single word's own specificity; a form of several words is an editor's phrase, so at least domain-specific. */
    private double formSpecificity(List<String> form) {
        double most = form.stream().mapToDouble(t -> termSpecificity.getOrDefault(t, 1.0)).max().orElse(0);
        return form.size() > 1 ? Math.max(most, DOMAIN_SPECIFICITY) : most;
    }

    private boolean isKnown(Concept concept) {
        return termsBySection.stream().anyMatch(concept::matches);
    }

    private double idf(int df) {
        int n = sections.size();
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /** Words an editor put in the synonym list count as at least this telling. */
    private static final double DOMAIN_SPECIFICITY = 0.6;

    /** Specificity per indexed (stemmed) term, from the commonest English word that stems to it. */
    private static Map<String, Double> termSpecificity(Analyzer analyzer, Set<String> words, Set<String> domainWords,
                                                       WordRarity english) {
        Map<String, Double> bySurface = new HashMap<>();
        Set<String> domainTerms = new HashSet<>();
        for (String word : words) {
            for (String term : analysed(analyzer, word)) {
                bySurface.merge(term, english.specificity(word), Math::min);
                if (domainWords.contains(word)) {
                    domainTerms.add(term);
                }
            }
        }
        domainTerms.forEach(t -> bySurface.merge(t, DOMAIN_SPECIFICITY, Math::max));
        return Map.copyOf(bySurface);
    }

    private Query queryFor(List<Concept> concepts) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Set<String> added = new HashSet<>();
        for (Concept concept : concepts) {
            for (String term : concept.terms()) {
                if (!added.add(term)) {
                    continue;
                }
                FIELD_BOOSTS.forEach((field, boost) -> query.add(
                        new BoostQuery(new TermQuery(new Term(field, term)), boost), BooleanClause.Occur.SHOULD));
            }
        }
        return query.build();
    }

    private int indexOf(String id) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("index holds unknown section " + id);
    }

    private static Document toDocument(Section section) {
        Document doc = new Document();
        doc.add(new StringField(ID, section.id(), Field.Store.YES));
        doc.add(new TextField("title", section.title(), Field.Store.NO));
        doc.add(new TextField("text", section.text(), Field.Store.NO));
        for (String question : section.questions()) {
            doc.add(new TextField("questions", question, Field.Store.NO));
        }
        doc.add(new StoredField("tags", String.join(" ", section.tags())));
        return doc;
    }

    private static List<String> searchableTexts(Section section) {
        List<String> texts = new ArrayList<>(section.questions());
        texts.add(section.title());
        texts.add(section.text());
        return texts;
    }

    private static List<String> analysedList(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Set<String> analysed(Analyzer analyzer, String text) {
        Set<String> terms = new HashSet<>();
        try (TokenStream ts = analyzer.tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
