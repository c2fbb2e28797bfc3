package org.backcoach.search;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.backcoach.classify.SavedModel;
import org.backcoach.classify.TextClassifier;

/**
 * Tells neighbouring sections apart by how their questions are worded: a logistic regression
 * trained at start-up on the editors' sample questions, the titles and the guidance's sentences,
 * each labelled with its section, and on the questions people asked ({@link AskedQuestions}),
 * including those the corpus does not answer, which form one more label ("not ours"). It reads a question's concepts (every synonym form) and its
 * plain words and word pairs, stop words kept, because "is it safe", "do studies show" and "who
 * should not" differ mostly in such small words, which the concept ranking ignores. Thread-safe
 * once trained.
 */
final class SectionClassifier {
    /**
     * A feature seen in fewer examples is left out: the cross-check (5 folds) is the same with or
     * without the features seen once, and the saved model is half the size.
     */
    private static final int MIN_FEATURE_COUNT = 2;
    /** The model the build trained (see {@code SectionClassifierBuild}). */
    private static final String SAVED = "/search/section-classifier.model";
    private static final String SAVED_NAME = "section-classifier";
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** One labelled text: its section's position (or the section count, for "not ours") and its features. */
    record Example(int section, Set<String> features) {
    }

    private final TextClassifier classifier;
    private final int sections;

    private SectionClassifier(TextClassifier classifier, int sections) {
        this.classifier = classifier;
        this.sections = sections;
    }

    static SectionClassifier train(List<Example> examples, int sections, double cost) {
        List<Set<String>> features = examples.stream().map(Example::features).toList();
        int[] labels = examples.stream().mapToInt(Example::section).toArray();
        return new SectionClassifier(TextClassifier.train(features, labels, cost, MIN_FEATURE_COUNT, Map.of()), sections);
    }

    /** Writes the trained model under the key of what it was trained on, for {@link #saved} at start-up. */
    void save(Writer out, String key) throws IOException {
        SavedModel.writeHeader(out, SAVED_NAME, key);
        classifier.write(out);
    }

    /** The model the build saved ({@link #SAVED}), if it was trained on exactly what {@code key} names. */
    static Optional<SectionClassifier> saved(String key, int sections) {
        return SavedModel.read(SAVED, SAVED_NAME, key, in -> new SectionClassifier(TextClassifier.read(in), sections));
    }

    /**
     * Each section's probability, by position, for a text with these features, and at position
     * {@code sections} the probability that the corpus does not answer it.
     */
    double[] probabilities(Set<String> features) {
        double[] byLabel = classifier.probabilities(features);
        double[] bySection = new double[sections + 1];
        System.arraycopy(byLabel, 0, bySection, 0, Math.min(byLabel.length, sections + 1));
        return bySection;
    }

    /** A text's features: its concepts' terms, and its own words and word pairs ("who should"). */
    static Set<String> features(String text, List<Concept> concepts) {
        Set<String> features = new TreeSet<>();
        for (Concept concept : concepts) {
            concept.terms().forEach(term -> features.add("c:" + term));
        }
        String previous = "^";
        for (String word : NOT_A_WORD.split(QuestionParser.normalise(text).toLowerCase(Locale.ROOT).strip())) {
            if (!word.isEmpty()) {
                features.add("w:" + word);
                features.add("b:" + previous + " " + word);
                previous = word;
            }
        }
        return features;
    }
}
