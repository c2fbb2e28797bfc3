package org.backcoach.search;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Tells neighbouring sections apart by how their questions are worded: a logistic regression
 * (liblinear) trained at start-up on the editors' sample questions, the titles and the guidance's
 * sentences, each labelled with its section. It reads a question's concepts (every synonym form)
 * and its plain words and word pairs, stop words kept, because "is it safe", "do studies show" and
 * "who should not" differ mostly in such small words, which the concept ranking ignores.
 * Thread-safe once trained.
 */
final class SectionClassifier {
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final double TOLERANCE = 0.01;

    /** One labelled text: its section's position and its features. */
    record Example(int section, Set<String> features) {
    }

    private final Map<String, Integer> featureIndex;
    private final Model model;
    private final int sections;

    private SectionClassifier(Map<String, Integer> featureIndex, Model model, int sections) {
        this.featureIndex = featureIndex;
        this.model = model;
        this.sections = sections;
    }

    static SectionClassifier train(List<Example> examples, int sections, double cost) {
        Map<String, Integer> index = new HashMap<>();
        for (Example example : examples) {
            example.features().forEach(f -> index.computeIfAbsent(f, k -> index.size() + 1)); // liblinear counts from 1
        }
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = index.size() + 1;
        problem.bias = 1;
        problem.x = new Feature[examples.size()][];
        problem.y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            problem.x[i] = vector(index, examples.get(i).features());
            problem.y[i] = examples.get(i).section();
        }
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, cost, TOLERANCE));
        return new SectionClassifier(Map.copyOf(index), model, sections);
    }

    /** Each section's probability, by position, for a text with these features. */
    double[] probabilities(Set<String> features) {
        double[] byLabel = new double[model.getNrClass()];
        Linear.predictProbability(model, vector(featureIndex, features), byLabel);
        double[] bySection = new double[sections];
        int[] labels = model.getLabels();
        for (int i = 0; i < labels.length; i++) {
            bySection[labels[i]] = byLabel[i];
        }
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

    private static Feature[] vector(Map<String, Integer> index, Set<String> features) {
        TreeSet<Integer> present = new TreeSet<>();
        for (String feature : features) {
            Integer i = index.get(feature);
            if (i != null) {
                present.add(i);
            }
        }
        List<Feature> x = new ArrayList<>(present.size());
        present.forEach(i -> x.add(new FeatureNode(i, 1.0)));
        return x.toArray(new Feature[0]);
    }
}
